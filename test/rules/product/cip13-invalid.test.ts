import { describe, expect, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice } from "../../support/fixtures.js";
import type { InvoiceInput } from "../../../src/index.js";
import { dispensedOn } from "../../support/dates.js";

const rule = expectRule("product/cip13-invalid");

function withCode(productCode: string | undefined): InvoiceInput {
  const invoice = cleanInvoice();
  const [drug, ...rest] = invoice.lines;
  const { productCode: _ignored, ...withoutCode } = drug!;
  return { ...invoice, lines: [productCode === undefined ? withoutCode : { ...withoutCode, productCode }, ...rest] };
}

describe("product/cip13-invalid", () => {
  it("passes a real CIP13 and ignores service lines", () => rule.notToFlag(cleanInvoice()));
  it("flags a wrong EAN-13 key", () => rule.toFlag(withCode("3400935955839"), [{ path: ["lines", 0, "productCode"] }]));
  it("flags a code outside 3400", () => rule.toFlag(withCode("3401935955838"), [{ path: ["lines", 0, "productCode"] }]));
  it("flags a drug line without code", () => rule.toFlag(withCode(undefined), [{ path: ["lines", 0, "productCode"] }]));
  it("takes a préparation (PMR, PM4, PMH, PPI) without a code for what it is: made at the pharmacy, no CIP13", () => {
    for (const prestationCode of ["PMR", "PM4", "PMH", "PPI"] as const) {
      const invoice = withCode(undefined);
      rule.notToFlag({ ...invoice, lines: [{ ...invoice.lines[0]!, prestationCode }, ...invoice.lines.slice(1)] });
    }
  });
  it("takes a code of blanks for a missing code, and says which line", () => {
    const invoice = withCode("   ");
    const twoDrugs = { ...invoice, lines: [cleanInvoice().lines[0]!, ...invoice.lines] };
    expect(rule.diagnostics(twoDrugs).map((diagnostic) => diagnostic.message)).toEqual(["Line 2: drug without a CIP13 code."]);
  });
  it("tells a wrong key from a wrong shape, and shows the code read", () => {
    expect(rule.diagnostics(withCode("3400935955839"))[0]?.message).toBe("Line 1: the key of CIP13 « 3400935955839 » is wrong.");
    expect(rule.diagnostics(withCode("3401935955838"))[0]?.message).toBe("Line 1: « 3401935955838 » is not a CIP13 (13 digits starting with 3400).");
  });
  it("applies from its first day (1990-01-01, a code's construction has no start) and not before", () => {
    rule.toFlag(dispensedOn(withCode("3400935955839"), "1990-01-01"), [{ path: ["lines", 0, "productCode"] }]);
    rule.notToFlag(dispensedOn(withCode("3400935955839"), "1989-12-31"));
  });
});
