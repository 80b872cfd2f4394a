import { describe, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith } from "../../support/fixtures.js";

const rule = expectRule("identity/beneficiary-quality-invalid");
const path = ["patient", "qualite"];

describe("identity/beneficiary-quality-invalid", () => {
  it("passes every code from 00 to 09", () => {
    for (let code = 0; code <= 9; code++) rule.notToFlag(invoiceWith({ patient: { qualite: `0${code}` } }));
  });
  it("flags a missing qualité", () => rule.toFlag(invoiceWith({ patient: { qualite: undefined } }), [{ path }]));
  it("flags 10, a one-digit code and inherited property names", () => {
    for (const qualite of ["10", "6", "toString", "constructor"]) rule.toFlag(invoiceWith({ patient: { qualite } }), [{ path }]);
  });
});
