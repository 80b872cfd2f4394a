import { describe, expect, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith } from "../../support/fixtures.js";

const rule = expectRule("identity/beneficiary-quality-invalid");
const path = ["patient", "qualite"];

describe("identity/beneficiary-quality-invalid", () => {
  it("passes every code from 00 to 09", () => {
    for (let code = 0; code <= 9; code++) rule.notToFlag(invoiceWith({ patient: { qualite: `0${code}` } }));
  });
  it("does not evaluate a qualité that was not sent: absent is not an invalid code", () => {
    expect(rule.notToEvaluate(invoiceWith({ patient: { qualite: undefined } }))).toBe("beneficiary qualité not sent");
  });
  it("flags 10, a one-digit code and inherited property names", () => {
    for (const qualite of ["10", "6", "toString", "constructor"]) rule.toFlag(invoiceWith({ patient: { qualite } }), [{ path }]);
  });
});
