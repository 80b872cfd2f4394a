import { describe, it } from "vitest";
import type { InvoiceInput } from "../../../src/index.js";
import { fixtureReferential } from "../../support/bdpm.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice } from "../../support/fixtures.js";

const rule = expectRule("prescription/restricted-prescriber");
const referential = fixtureReferential();
type Line = InvoiceInput["lines"][number];
type Prescription = NonNullable<InvoiceInput["prescription"]>;
// CAPECITABINE VIATRIS 500 mg: prescription hospitalière. SOGROYA: prescription initiale hospitalière annuelle.
const CAPECITABINE = "3400927449864";
const SOGROYA = "3400930247297";
const line = (productCode: string, price: string): Line => ({
  productCode,
  productKind: "drug",
  prestationCode: "PH1",
  list: "I",
  quantity: 1,
  unitPrice: price,
  total: price,
  amounts: { amo: price, amc: "0.00", patient: "0.00" },
});
const invoice = (productLine: Line, prescription: Partial<Prescription>, hospital: boolean | undefined): InvoiceInput => {
  const base = cleanInvoice();
  const { hospital: _unused, ...prescriber } = { ...base.prescription!.prescriber, hospital: false };
  return {
    ...base,
    dispensingDate: "2026-02-10",
    transmissionDate: "2026-02-10",
    prescription: { ...base.prescription!, date: "2026-02-09", ...prescription, prescriber: hospital === undefined ? prescriber : { ...prescriber, hospital, finess: "750712184", rpps: "10000000007" } },
    lines: [productLine],
  };
};

describe("prescription/restricted-prescriber", () => {
  it("flags a drug of hospital prescription prescribed outside a hospital", () => {
    rule.toFlag(invoice(line(CAPECITABINE, "145.37"), {}, false), [{ path: ["lines", 0], amountAtRisk: "145.37" }], { referential });
    rule.notToFlag(invoice(line(CAPECITABINE, "145.37"), {}, true), { referential });
  });
  it("wants, for a drug of initial hospital prescription renewed in town, an initial hospital prescription within its year", () => {
    const sogroya = line(SOGROYA, "402.97");
    rule.notToFlag(invoice(sogroya, { initialPrescription: { date: "2025-02-09", hospital: true } }, false), { referential });
    rule.toFlag(invoice(sogroya, { initialPrescription: { date: "2025-02-08", hospital: true } }, false), [{ path: ["prescription", "initialPrescription", "date"] }], { referential });
    rule.toFlag(invoice(sogroya, { initialPrescription: { date: "2025-12-01", hospital: false } }, false), [{ path: ["prescription", "initialPrescription", "hospital"] }], { referential });
    rule.notToFlag(invoice(sogroya, {}, true), { referential });
  });
  it("is not evaluated without a referential, without the prescriber's hospital status or without the initial prescription", () => {
    rule.notToEvaluate(invoice(line(CAPECITABINE, "145.37"), {}, false));
    rule.notToEvaluate(invoice(line(CAPECITABINE, "145.37"), {}, undefined), { referential });
    rule.notToEvaluate(invoice(line(SOGROYA, "402.97"), {}, false), { referential });
  });
  it("leaves drugs without a restriction alone", () => {
    rule.notToFlag(invoice(line("3400935955838", "1.07"), {}, false), { referential });
  });
});
