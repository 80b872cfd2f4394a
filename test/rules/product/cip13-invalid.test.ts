import { describe, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice } from "../../support/fixtures.js";
import type { InvoiceInput } from "../../../src/index.js";

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
});
