import { describe, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith } from "../../support/fixtures.js";

const rule = expectRule("rights/amo-support-missing");

describe("rights/amo-support-missing", () => {
  it("passes every support, dégradé included", () => {
    for (const amoReadMode of ["vitale", "apcv", "adri", "attestation", "degraded"] as const) rule.notToFlag(invoiceWith({ amoReadMode }));
  });
  it("flags an invoice that names no support", () => rule.toFlag(invoiceWith({ amoReadMode: undefined }), [{ path: ["amoReadMode"], severity: "error" }]));
});
