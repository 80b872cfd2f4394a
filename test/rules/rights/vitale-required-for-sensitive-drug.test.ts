import { describe, expect, it } from "vitest";
import type { InvoiceInput } from "../../../src/index.js";
import { drugs } from "../../support/drugs.js";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith, type Overrides } from "../../support/fixtures.js";

const rule = expectRule("rights/vitale-required-for-sensitive-drug");
const line = (drug: (typeof drugs)[keyof typeof drugs], extra: object = {}) => ({
  productCode: drug.cip13, productKind: "drug" as const, prestationCode: "PH7" as const, quantity: 1, unitPrice: drug.price, total: drug.price,
  amounts: { amo: "1.00", amc: "2.00", patient: "0.00" }, list: drug.list, ...("atc" in drug && { atc: drug.atc }), ...extra,
});
const sensitive = (overrides: Overrides<InvoiceInput>, drug: (typeof drugs)[keyof typeof drugs] = drugs.ozempic) =>
  invoiceWith({ dispensingDate: "2025-09-15", amoReadMode: "attestation", lines: [line(drug)], ...overrides });
const path = ["lines", 0];

describe("rights/vitale-required-for-sensitive-drug", () => {
  it("starts on 2025-06-17", () => {
    rule.notToFlag(sensitive({ dispensingDate: "2025-06-16" }));
    rule.toFlag(sensitive({ dispensingDate: "2025-06-17" }), [{ path, amountAtRisk: "3.00" }]);
    rule.toFlag(sensitive({ dispensingDate: "2025-06-18" }), [{ path }]);
  });
  it("flags every class of the list, as a warning (a medium-high source, no published reject)", () => {
    for (const drug of [drugs.ozempic, drugs.lantus, drugs.skenan, drugs.adempas]) rule.toFlag(sensitive({}, drug), [{ path, severity: "warning" }]);
  });
  it("knows the fixed combinations of an insulin and a GLP-1 analogue (A10AE54, A10AE56)", () => {
    // Suliqua (insuline glargine + lixisénatide), Xultophy (insuline dégludec + liraglutide).
    for (const atc of ["A10AE54", "A10AE56"]) rule.toFlag(sensitive({}, { ...drugs.lantus, atc } as never), [{ path, severity: "warning" }]);
    rule.notToFlag(sensitive({}, { ...drugs.lantus, atc: "A10AE05" } as never));
  });
  it("does not evaluate an invoice that does not say how the rights were read", () => {
    expect(rule.notToEvaluate(sensitive({ amoReadMode: undefined }))).toBe("AMO read mode not sent");
  });
  it("uses a strict 300 € threshold", () => {
    rule.notToFlag(invoiceWith({ dispensingDate: "2025-09-15", amoReadMode: "adri", lines: [line(drugs.doliprane, { unitPrice: "300.00", total: "300.00" })] }));
    rule.toFlag(invoiceWith({ dispensingDate: "2025-09-15", amoReadMode: "adri", lines: [line(drugs.doliprane, { unitPrice: "300.01", total: "300.01" })] }), [{ path }]);
  });
  it("passes other drugs, the card, apCV and non-tiers-payant invoices", () => {
    rule.notToFlag(sensitive({}, drugs.doliprane));
    rule.notToFlag(sensitive({ amoReadMode: "vitale" }));
    rule.notToFlag(sensitive({ amoReadMode: "apcv" }));
    rule.notToFlag(sensitive({ tiersPayant: { amo: false, amc: false } }));
  });
  it("honours the exceptions: AME, infants under 3 months, EHPAD residents", () => {
    rule.notToFlag(sensitive({ amo: { ame: true } }));
    rule.notToFlag(sensitive({ patient: { careHomeResident: true } }));
    rule.notToFlag(sensitive({ patient: { birthDate: "2025-06-16" } }));
    rule.toFlag(sensitive({ patient: { birthDate: "2025-06-15" } }), [{ path }]);
  });
});
