import type { InvoiceInput } from "../../../src/index.js";
import { drugs } from "../../support/drugs.js";
import { ids, invoiceWith, withOverrides, type Overrides } from "../../support/fixtures.js";

export const vaccineLine = (exonerationCode: "0" | "7" = "7") => ({
  productCode: drugs.vaxigrip.cip13, productKind: "drug" as const, label: drugs.vaxigrip.name, prestationCode: "PH7" as const, exonerationCode,
  quantity: 1, unitPrice: "11.75", total: "11.75",
  amounts: exonerationCode === "7" ? { amo: "11.75", amc: "0.00", patient: "0.00" } : { amo: "7.64", amc: "4.11", patient: "0.00" },
  vaccine: "flu" as const,
});

export const actLine = (exonerationCode: "0" | "4" | "5" | "7" = "0", natureAssurance?: "30") => ({
  productKind: "service" as const, prestationCode: "VGP" as const, exonerationCode, quantity: 1, unitPrice: "7.50", total: "7.50",
  amounts: exonerationCode === "0" && natureAssurance === undefined ? { amo: "5.25", amc: "2.25", patient: "0.00" } : { amo: "7.50", amc: "0.00", patient: "0.00" },
  ...(natureAssurance && { natureAssurance }),
});

export const pharmacistPrescriber = { kind: "pharmacist" as const, amNumber: undefined, rpps: undefined, finess: ids.pharmacyFiness };

/** A 70-year-old with a target-group bon, vaccine in prévention, dispensed on 2025-10-20. */
export function flu(overrides: Overrides<InvoiceInput> = {}): InvoiceInput {
  const base = invoiceWith({
    dispensingDate: "2025-10-20",
    transmissionDate: "2025-10-20",
    patient: { birthDate: "1955-02-11" },
    amc: { beneficiaries: [{ lastName: "MARTIN", firstName: "CLAIRE", birthDate: "1955-02-11" }] },
    prescription: { date: "2025-10-20", prescriber: pharmacistPrescriber },
    vaccination: { voucher: "target-group" },
    lines: [vaccineLine()],
  });
  return withOverrides(base, overrides);
}
