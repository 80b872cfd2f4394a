import { describe, expect, it } from "vitest";
import { checkInvoice } from "../../../src/index.js";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith } from "../../support/fixtures.js";
import { dispensedOn } from "../../support/dates.js";

const rule = expectRule("rights/attestation-stale");
const attestation = (issuedOn: string) => ({ kind: "amo-attestation" as const, person: { lastName: "MARTIN", firstName: "CLAIRE" }, issuedOn });
const withAttestation = (issuedOn: string) => invoiceWith({ amoReadMode: "attestation", documents: [attestation(issuedOn)] });

describe("rights/attestation-stale", () => {
  it("allows exactly 3 months (dispensing 2025-03-10)", () => {
    rule.toFlag(withAttestation("2024-12-09"), [{ path: ["documents", 0, "issuedOn"], severity: "warning" }]);
    rule.notToFlag(withAttestation("2024-12-10"));
    rule.notToFlag(withAttestation("2024-12-11"));
  });
  it("judges the most recent attestation", () => {
    rule.notToFlag(invoiceWith({ amoReadMode: "attestation", documents: [attestation("2023-01-01"), attestation("2025-02-01")] }));
  });
  it("only applies to invoices made from an attestation", () => rule.notToFlag(invoiceWith({ documents: [attestation("2020-01-01")] })));
  it("says it could not decide without a dated attestation", () => {
    const report = checkInvoice(invoiceWith({ amoReadMode: "attestation", documents: [] }), { locale: "en" });
    expect(report.notEvaluated).toContainEqual({ ruleId: "rights/attestation-stale", reason: "no dated attestation de droits among the documents" });
  });
  it("does not exist before the seed advice of 2020", () => rule.notToFlag(dispensedOn(withAttestation("2019-01-01"), "2020-07-07")));
});
