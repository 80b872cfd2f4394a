import { describe, expect, it } from "vitest";
import { checkInvoice } from "../../../src/index.js";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith } from "../../support/fixtures.js";

// The clean invoice asks for mutuelle tiers payant with a complete card; each rule breaks one piece.
const amcShare = "0.73";

describe("amc/document-missing", () => {
  const rule = expectRule("amc/document-missing");
  it("flags tiers payant without support, with the AMC share at risk", () => {
    rule.toFlag(invoiceWith({ amc: { support: undefined } }), [{ path: ["amc", "support"], amountAtRisk: amcShare }]);
    rule.toFlag(invoiceWith({ amc: undefined }), [{ path: ["amc"] }]);
  });
  it("passes a card, an attestation, an online check, or no AMC tiers payant", () => {
    for (const support of ["card", "attestation", "online"] as const) rule.notToFlag(invoiceWith({ amc: { support } }));
    rule.notToFlag(invoiceWith({ amc: undefined, tiersPayant: { amo: true, amc: false } }));
  });
});

describe("amc/not-valid-on-date", () => {
  const rule = expectRule("amc/not-valid-on-date");
  const valid = (from: string, to: string) => invoiceWith({ amc: { validity: { from, to } } });
  it("is inclusive at both ends (dispensing 2025-03-10)", () => {
    rule.toFlag(valid("2025-03-11", "2025-12-31"), [{ path: ["amc", "validity"], amountAtRisk: amcShare }]);
    rule.notToFlag(valid("2025-03-10", "2025-12-31"));
    rule.notToFlag(valid("2024-03-11", "2025-03-10"));
    rule.toFlag(valid("2024-03-10", "2025-03-09"), [{ path: ["amc", "validity"] }]);
  });
  it("says it cannot decide without a validity period", () => {
    const report = checkInvoice(invoiceWith({ amc: { validity: undefined } }), { locale: "en" });
    expect(report.notEvaluated).toContainEqual({ ruleId: "amc/not-valid-on-date", reason: "mutuelle validity period missing" });
  });
});

describe("amc/beneficiary-not-listed", () => {
  const rule = expectRule("amc/beneficiary-not-listed");
  it("matches names whatever the case and accents, and the birth date when given", () => {
    rule.notToFlag(invoiceWith({ amc: { beneficiaries: [{ lastName: "martin", firstName: "Clâire" }] } }));
    rule.toFlag(invoiceWith({ amc: { beneficiaries: [{ lastName: "MARTIN", firstName: "CLAIRE", birthDate: "1985-05-15" }] } }), [{ path: ["amc", "beneficiaries"] }]);
    rule.toFlag(invoiceWith({ amc: { beneficiaries: [{ lastName: "MARTIN", firstName: "PAUL" }] } }), [{ path: ["amc", "beneficiaries"], amountAtRisk: amcShare }]);
  });
});

describe("amc/organism-unidentified", () => {
  const rule = expectRule("amc/organism-unidentified");
  it("needs a numéro AMC or a teletransmission code", () => {
    rule.toFlag(invoiceWith({ amc: { organismNumber: undefined, teletransmissionCode: undefined } }), [{ path: ["amc"] }]);
    rule.notToFlag(invoiceWith({ amc: { organismNumber: undefined } }));
    rule.notToFlag(invoiceWith({ amc: { teletransmissionCode: undefined } }));
  });
  it("accepts 8 to 10 digits only", () => {
    for (const organismNumber of ["12345678", "1234567890"]) rule.notToFlag(invoiceWith({ amc: { organismNumber } }));
    for (const organismNumber of ["1234567", "12345678901", "7500440A"]) rule.toFlag(invoiceWith({ amc: { organismNumber } }), [{ path: ["amc", "organismNumber"] }]);
  });
});

describe("amc/contract-missing", () => {
  const rule = expectRule("amc/contract-missing");
  it("flags a missing or blank contract", () => {
    rule.toFlag(invoiceWith({ amc: { contract: undefined } }), [{ path: ["amc", "contract"], amountAtRisk: amcShare }]);
    rule.toFlag(invoiceWith({ amc: { contract: "  " } }), [{ path: ["amc", "contract"] }]);
    rule.notToFlag(invoiceWith({}));
  });
});

describe("amc/pharmacy-not-covered", () => {
  const rule = expectRule("amc/pharmacy-not-covered");
  it("flags domains without pharmacy, and stays silent when the domains are unknown", () => {
    rule.toFlag(invoiceWith({ amc: { domains: ["optics"] } }), [{ path: ["amc", "domains"] }]);
    rule.toFlag(invoiceWith({ amc: { domains: [] } }), [{ path: ["amc", "domains"] }]);
    rule.notToFlag(invoiceWith({ amc: { domains: ["pharmacy"] } }));
    rule.notToFlag(invoiceWith({ amc: { domains: undefined } }));
  });
  it("does not apply without AMC tiers payant", () => rule.notToFlag(invoiceWith({ tiersPayant: { amo: true, amc: false }, amc: { domains: ["optics"] } })));
});
