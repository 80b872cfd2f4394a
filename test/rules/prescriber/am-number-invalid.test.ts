import { describe, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith } from "../../support/fixtures.js";

const rule = expectRule("prescriber/am-number-invalid");
const path = ["prescription", "prescriber", "amNumber"];
const withAm = (amNumber: string) => invoiceWith({ prescription: { prescriber: { kind: "doctor", amNumber } } });

describe("prescriber/am-number-invalid", () => {
  it("passes valid numbers, the generic pharmacist prescriber included", () => {
    for (const number of ["991086265", "291990869", "91199999/3"]) rule.notToFlag(withAm(number));
  });
  it("flags a wrong key", () => rule.toFlag(withAm("991086264"), [{ path }]));
  it("flags a wrong length", () => rule.toFlag(withAm("99108626"), [{ path }]));
  it("is silent without an n° AM", () => rule.notToFlag(invoiceWith({ prescription: { prescriber: { kind: "doctor", amNumber: undefined, rpps: "10000000306" } } })));
});
