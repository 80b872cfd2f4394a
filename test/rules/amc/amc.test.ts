import { describe, expect, it } from "vitest";
import { checkInvoice } from "../../../src/index.js";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith } from "../../support/fixtures.js";

// The clean invoice asks for mutuelle tiers payant with a complete card; each rule breaks one piece.
const amcShare = "0.73";

describe("amc/document-missing", () => {
  const rule = expectRule("amc/document-missing");
  it("flags tiers payant claimed without any mutuelle data: there the absence is the fault", () => {
    rule.toFlag(invoiceWith({ amc: undefined }), [{ path: ["amc"], severity: "error", amountAtRisk: amcShare }]);
  });
  it("does not evaluate mutuelle data whose support was not sent", () => {
    expect(rule.notToEvaluate(invoiceWith({ amc: { support: undefined } }))).toBe("support of the mutuelle data not sent");
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
    expect(report.notEvaluated).toContainEqual({ ruleId: "amc/not-valid-on-date", reason: "mutuelle validity period not sent" });
  });
});

describe("amc/beneficiary-not-listed", () => {
  const rule = expectRule("amc/beneficiary-not-listed");
  const listed = (...beneficiaries: { lastName: string; firstName: string; birthDate?: string }[]) => invoiceWith({ amc: { beneficiaries } });
  it("matches names whatever the case, accents, hyphens and particles", () => {
    rule.notToFlag(listed({ lastName: "martin", firstName: "Clâire" }));
    rule.notToFlag(invoiceWith({ patient: { lastName: "DE LA FONTAINE", firstName: "JEAN-PIERRE" }, amc: { beneficiaries: [{ lastName: "La Fontaine", firstName: "Jean Pierre" }] } }));
  });
  it("accepts the birth name when the card bears the usage name", () => {
    const married = { patient: { lastName: "DURAND", birthName: "MARTIN", firstName: "CLAIRE" } };
    rule.notToFlag(invoiceWith({ ...married, amc: { beneficiaries: [{ lastName: "MARTIN", firstName: "CLAIRE", birthDate: "1985-05-14" }] } }));
  });
  it("warns on a near match: a letter apart, another birth date, or another last name when no birth name is known", () => {
    rule.toFlag(listed({ lastName: "MARTINS", firstName: "CLAIRE" }), [{ path: ["amc", "beneficiaries", 0], severity: "warning" }]);
    rule.toFlag(listed({ lastName: "MARTIN", firstName: "CLAIRE", birthDate: "1985-05-15" }), [{ path: ["amc", "beneficiaries", 0], severity: "warning" }]);
    rule.toFlag(listed({ lastName: "DURAND", firstName: "CLAIRE" }), [{ path: ["amc", "beneficiaries", 0], severity: "warning" }]);
  });
  it("flags, as an error, only a clearly different person", () => {
    rule.toFlag(listed({ lastName: "MARTIN", firstName: "PAUL" }), [{ path: ["amc", "beneficiaries"], severity: "error", amountAtRisk: amcShare }]);
    rule.toFlag(invoiceWith({ patient: { birthName: "MARTIN" }, amc: { beneficiaries: [{ lastName: "DURAND", firstName: "CLAIRE" }] } }), [
      { path: ["amc", "beneficiaries"], severity: "error" },
    ]);
  });
  it("does not evaluate a mutuelle whose beneficiaries were not sent", () => {
    expect(rule.notToEvaluate(invoiceWith({ amc: { beneficiaries: undefined } }))).toBe("mutuelle beneficiaries list not sent");
  });
});

describe("amc/organism-unidentified", () => {
  const rule = expectRule("amc/organism-unidentified");
  it("needs a numéro AMC or a teletransmission code: both sent blank is a warning, both not sent is unknown", () => {
    rule.toFlag(invoiceWith({ amc: { organismNumber: " ", teletransmissionCode: "" } }), [{ path: ["amc"], severity: "warning" }]);
    expect(rule.notToEvaluate(invoiceWith({ amc: { organismNumber: undefined, teletransmissionCode: undefined } }))).toBe("neither numéro AMC nor teletransmission code sent");
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
  it("flags a blank contract, as a warning", () => {
    rule.toFlag(invoiceWith({ amc: { contract: "  " } }), [{ path: ["amc", "contract"], severity: "warning", amountAtRisk: amcShare }]);
    rule.notToFlag(invoiceWith({}));
  });
  it("does not evaluate a contract that was not sent", () => {
    expect(rule.notToEvaluate(invoiceWith({ amc: { contract: undefined } }))).toBe("mutuelle contract not sent");
  });
});

describe("amc/pharmacy-not-covered", () => {
  const rule = expectRule("amc/pharmacy-not-covered");
  it("flags domains without pharmacy, and stays silent when the domains are unknown", () => {
    rule.toFlag(invoiceWith({ amc: { domains: ["optics"] } }), [{ path: ["amc", "domains"], severity: "warning" }]);
    rule.toFlag(invoiceWith({ amc: { domains: [] } }), [{ path: ["amc", "domains"] }]);
    rule.notToFlag(invoiceWith({ amc: { domains: ["pharmacy"] } }));
    rule.notToFlag(invoiceWith({ amc: { domains: undefined } }));
  });
  it("does not apply without AMC tiers payant", () => rule.notToFlag(invoiceWith({ tiersPayant: { amo: true, amc: false }, amc: { domains: ["optics"] } })));
});
