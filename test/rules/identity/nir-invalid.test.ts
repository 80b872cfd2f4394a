import { describe, expect, it } from "vitest";
import { maskNir } from "../../../src/index.js";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith } from "../../support/fixtures.js";

const rule = expectRule("identity/nir-invalid");

describe("identity/nir-invalid", () => {
  it("passes valid NIRs, Corsica included", () => {
    rule.notToFlag(invoiceWith({}));
    rule.notToFlag(invoiceWith({ patient: { insuredNir: "1 80 12 2A 004 123 25" } }));
  });
  it("flags a wrong key on the insured's NIR", () => {
    rule.toFlag(invoiceWith({ patient: { insuredNir: "285057800608442" } }), [{ path: ["patient", "insuredNir"], severity: "error" }]);
  });
  it("flags a malformed beneficiary NIR", () => {
    rule.toFlag(invoiceWith({ patient: { beneficiaryNir: "28505" } }), [{ path: ["patient", "beneficiaryNir"] }]);
  });
  it("never shows the full NIR", () => {
    const [diagnostic] = rule.diagnostics(invoiceWith({ patient: { insuredNir: "285057800608442" } }));
    expect(diagnostic?.value).toBe(maskNir("285057800608442"));
    expect(JSON.stringify(diagnostic)).not.toContain("0060844");
  });
  it("speaks French by default and English on demand", () => {
    const invoice = invoiceWith({ patient: { insuredNir: "285057800608442" } });
    expect(rule.diagnostics(invoice, { locale: "fr" })[0]?.message).toContain("de l'assuré");
    expect(rule.diagnostics(invoice, { locale: "en" })[0]?.message).toContain("insured's");
  });
});
