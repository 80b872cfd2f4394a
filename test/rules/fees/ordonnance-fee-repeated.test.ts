import { describe, it } from "vitest";
import type { InvoiceInput } from "../../../src/index.js";
import { dispensedOn } from "../../support/dates.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice } from "../../support/fixtures.js";

const rule = expectRule("fees/ordonnance-fee-repeated");
type Line = InvoiceInput["lines"][number];
const doliprane = (quantity: number): Line => ({ ...cleanInvoice().lines[0]!, quantity, total: (1.07 * quantity).toFixed(2) });
const fee = (prestationCode: Line["prestationCode"], quantity: number, forLine?: number): Line => ({
  productKind: "service",
  prestationCode,
  quantity,
  unitPrice: "1.02",
  total: (1.02 * quantity).toFixed(2),
  amounts: { amo: "0.00", amc: "0.00", patient: (1.02 * quantity).toFixed(2) },
  ...(forLine !== undefined && { forLine }),
});
const invoice = (...lines: Line[]): InvoiceInput => ({ ...cleanInvoice(), lines });

describe("fees/ordonnance-fee-repeated", () => {
  it("flags an ordonnance fee billed twice, in two lines or in a quantity of 2", () => {
    rule.toFlag(invoice(doliprane(1), fee("HD7", 1, 0), fee("HDR", 1), fee("HDR", 1)), [{ path: ["lines", 2, "prestationCode"] }]);
    rule.toFlag(invoice(doliprane(1), fee("HD7", 1, 0), fee("HDA", 2)), [{ path: ["lines", 2, "prestationCode"] }]);
    rule.notToFlag(invoice(doliprane(1), fee("HD7", 1, 0), fee("HDR", 1), fee("HDA", 1), fee("HDE", 1)));
  });
  it("flags a per-box fee for more boxes than its drug line delivers, and not fewer", () => {
    rule.toFlag(invoice(doliprane(2), fee("HD7", 3, 0)), [{ path: ["lines", 1, "quantity"] }]);
    rule.notToFlag(invoice(doliprane(2), fee("HD7", 2, 0)));
    rule.notToFlag(invoice(doliprane(2), fee("HD7", 1, 0)));
    // Without forLine, the invoice's only drug is the fee's.
    rule.toFlag(invoice(doliprane(1), fee("HD7", 2)), [{ path: ["lines", 1, "quantity"] }]);
  });
  it("does not judge a fee whose drug line cannot be told", () => {
    rule.notToFlag(invoice(doliprane(1), doliprane(1), fee("HD7", 2)));
  });
  it("applies from 2019-01-01 (the ordonnance fees of avenant 11)", () => {
    rule.toFlag(dispensedOn(invoice(doliprane(1), fee("HD7", 1, 0), fee("HDR", 2)), "2019-01-01"), [{ path: ["lines", 2, "prestationCode"] }]);
    rule.notToFlag(dispensedOn(invoice(doliprane(1), fee("HD7", 1, 0), fee("HDR", 2)), "2018-12-31"));
  });
});
