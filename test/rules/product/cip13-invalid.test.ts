import { describe, expect, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice } from "../../support/fixtures.js";
import { checkInvoice, type InvoiceInput } from "../../../src/index.js";
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
    expect(rule.diagnostics(withCode("3400935955838X"))[0]?.message).toBe("Line 1: « 3400935955838X » is not a CIP13 (13 digits starting with 3400).");
    expect(rule.diagnostics(withCode("34009"))[0]?.message).toBe("Line 1: « 34009 » is not a CIP13 (13 digits starting with 3400).");
  });
  it("masks a 13-digit code with a wrong check digit: it may as well be a NIR without its key", () => {
    // 3400935955839 is also the shape of a provisional NIR (3, born in 1940): a typo'd NIR is personal data.
    expect(rule.diagnostics(withCode("3400935955839"))[0]?.message).toBe("Line 1: the key of CIP13 « 3 40 09 35 *** *** ** » is wrong.");
    expect(rule.diagnostics(withCode("3401935955838"))[0]?.message).toBe("Line 1: « 3 40 19 35 *** *** ** » is not a CIP13 (13 digits starting with 3400).");
  });
  it("applies from the first date of care the engine knows (2000-01-01; a code's construction has no start)", () => {
    rule.toFlag(dispensedOn(withCode("3400935955839"), "2000-01-01"), [{ path: ["lines", 0, "productCode"] }]);
    // Before it, no rule is evaluated and the date itself is reported (input/invalid).
    const report = checkInvoice(dispensedOn(withCode("3400935955839"), "1999-12-31"), { only: ["product/cip13-invalid"], locale: "en" });
    expect(report.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.path])).toEqual([["input/invalid", ["dispensingDate"]]]);
    expect(report.notEvaluated).toEqual([{ ruleId: "product/cip13-invalid", reason: "date of care before 2000-01-01: the catalogue knows no rule of that time" }]);
  });
});
