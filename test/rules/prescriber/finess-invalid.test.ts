import { describe, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith } from "../../support/fixtures.js";

const rule = expectRule("prescriber/finess-invalid");
const path = ["prescription", "prescriber", "finess"];
const withFiness = (finess: string) => invoiceWith({ prescription: { prescriber: { kind: "doctor", hospital: true, rpps: "10000000306", finess } } });

describe("prescriber/finess-invalid", () => {
  it("passes AP-HP and CHU Bordeaux", () => {
    rule.notToFlag(withFiness("750712184"));
    rule.notToFlag(withFiness("330781196"));
  });
  it("flags a wrong key as an error", () => rule.toFlag(withFiness("750712185"), [{ path, severity: "error" }]));
  it("flags a wrong length", () => rule.toFlag(withFiness("75071218"), [{ path, severity: "error" }]));
  it("only warns on Corsica, whose key is undocumented", () => rule.toFlag(withFiness("2A0000012"), [{ path, severity: "warning" }]));
});
