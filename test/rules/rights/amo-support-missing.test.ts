import { describe, expect, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith } from "../../support/fixtures.js";

const rule = expectRule("rights/amo-support-missing");

describe("rights/amo-support-missing", () => {
  it("passes every support, dégradé included", () => {
    for (const amoReadMode of ["vitale", "apcv", "adri", "attestation", "degraded"] as const) rule.notToFlag(invoiceWith({ amoReadMode }));
  });
  it("flags an invoice whose read mode says no support was read", () => rule.toFlag(invoiceWith({ amoReadMode: "none" }), [{ path: ["amoReadMode"], severity: "error" }]));
  it("does not evaluate an invoice that does not say how the rights were read", () => {
    expect(rule.notToEvaluate(invoiceWith({ amoReadMode: undefined }))).toBe("AMO read mode not sent");
  });
});
