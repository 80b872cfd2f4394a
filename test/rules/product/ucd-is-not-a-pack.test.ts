import { describe, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice } from "../../support/fixtures.js";

const rule = expectRule("product/ucd-is-not-a-pack");
// 34008 + 7 digits + EAN-13 key: the shape of a UCD13.
const ucd = "3400890000012".slice(0, 12);
const ucdCode = ucd + ((10 - ([...ucd].reduce((sum, digit, index) => sum + Number(digit) * (index % 2 ? 3 : 1), 0) % 10)) % 10);

describe("product/ucd-is-not-a-pack", () => {
  it("passes a pack code", () => rule.notToFlag(cleanInvoice()));
  it("flags a UCD13 on a drug line", () => {
    const invoice = cleanInvoice();
    invoice.lines[0] = { ...invoice.lines[0]!, productCode: ucdCode };
    rule.toFlag(invoice, [{ path: ["lines", 0, "productCode"], severity: "error" }]);
  });
});
