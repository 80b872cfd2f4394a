import { describe, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith } from "../../support/fixtures.js";

const rule = expectRule("prescriber/rpps-invalid");
const path = ["prescription", "prescriber", "rpps"];
const withRpps = (rpps: string) => invoiceWith({ prescription: { prescriber: { kind: "doctor", rpps } } });

describe("prescriber/rpps-invalid", () => {
  it("passes a valid RPPS", () => rule.notToFlag(withRpps("10000000306")));
  it("flags a wrong key", () => rule.toFlag(withRpps("10000000307"), [{ path, severity: "error" }]));
  it("flags 10 digits", () => rule.toFlag(withRpps("1000000030"), [{ path }]));
});
