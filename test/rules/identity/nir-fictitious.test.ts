import { describe, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith } from "../../support/fixtures.js";

const rule = expectRule("identity/nir-fictitious");
// 2 55 55 55 911 042, key 74 (facts §14): the CNAM pattern for anonymous minors' contraception.
const minorNir = "255555591104274";
// 1 55 55 55 911 023: the COVID pattern; key 97 − (1555555911023 mod 97).
const covidNir = `1555555911023${String(97 - Number(1555555911023n % 97n)).padStart(2, "0")}`;

describe("identity/nir-fictitious", () => {
  it("passes a real NIR", () => rule.notToFlag(invoiceWith({})));
  it("passes a fictitious NIR used for its own dispositif", () => {
    rule.notToFlag(invoiceWith({ patient: { insuredNir: minorNir, anonymousCare: "minor-contraception" } }));
    rule.notToFlag(invoiceWith({ patient: { insuredNir: covidNir, anonymousCare: "covid-without-nir" } }));
  });
  it("warns on a fictitious NIR without an anonymous dispositif", () => {
    rule.toFlag(invoiceWith({ patient: { insuredNir: minorNir } }), [{ path: ["patient", "insuredNir"], severity: "warning" }]);
  });
  it("warns on a fictitious NIR of another dispositif", () => {
    rule.toFlag(invoiceWith({ patient: { insuredNir: covidNir, anonymousCare: "minor-contraception" } }), [{ path: ["patient", "insuredNir"] }]);
  });
});
