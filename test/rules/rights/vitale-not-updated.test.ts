import { describe, expect, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice, invoiceWith } from "../../support/fixtures.js";

const rule = expectRule("rights/vitale-not-updated");
const withExo = (exonerationCode: "0" | "3" | "4" | "5" | "7" | "9", amo: object = {}) =>
  invoiceWith({ amo, lines: [{ ...cleanInvoice().lines[0]!, exonerationCode }] });

describe("rights/vitale-not-updated", () => {
  it("flags an exonération the card does not show", () => {
    for (const code of ["4", "5", "9"] as const) rule.toFlag(withExo(code), [{ path: ["lines", 0, "exonerationCode"], severity: "warning" }]);
  });
  it("accepts an exonération or an ALD recorded on the date (edges inclusive)", () => {
    rule.notToFlag(withExo("5", { exonerations: [{ code: "5", from: "2025-03-10" }] }));
    rule.toFlag(withExo("5", { exonerations: [{ code: "5", from: "2025-03-11" }] }), [{ path: ["lines", 0, "exonerationCode"] }]);
    rule.notToFlag(withExo("4", { ald: [{ from: "2020-01-01", to: "2025-03-10" }] }));
    rule.toFlag(withExo("4", { ald: [{ from: "2020-01-01", to: "2025-03-09" }] }), [{ path: ["lines", 0, "exonerationCode"] }]);
  });
  it("ignores exonérations that come from the care (3, 7) and exo 0", () => {
    for (const code of ["0", "3", "7"] as const) rule.notToFlag(withExo(code));
  });
  it("does not evaluate an exonération when the card's exonérations and ALD were not read", () => {
    const unread = { exonerations: undefined, ald: undefined };
    for (const code of ["4", "5", "9"] as const) expect(rule.notToEvaluate(withExo(code, unread))).toBe("the card's exonérations and ALD were not sent");
    // An ALD read from the caisse is enough to judge exo 4, even without the exonération list.
    rule.notToFlag(withExo("4", { exonerations: undefined, ald: [{ from: "2020-01-01" }] }));
    rule.toFlag(withExo("4", { exonerations: undefined, ald: [] }), [{ path: ["lines", 0, "exonerationCode"] }]);
  });
  it("flags card data older than the attestation", () => {
    const documents = [{ kind: "amo-attestation" as const, issuedOn: "2025-02-01" }];
    rule.toFlag(invoiceWith({ amo: { cardDataDate: "2025-01-31" }, documents }), [{ path: ["amo", "cardDataDate"] }]);
    rule.notToFlag(invoiceWith({ amo: { cardDataDate: "2025-02-01" }, documents }));
  });
});
