import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith } from "../../support/fixtures.js";
import { dateArbitrary } from "../../support/arbitraries.js";

const rule = expectRule("rights/amo-not-open");
const path = ["amo", "rightsPeriods"];
const onDate = (dispensingDate: string) => invoiceWith({ dispensingDate, amo: { rightsPeriods: [{ from: "2025-01-01", to: "2025-03-10" }] } });

describe("rights/amo-not-open", () => {
  it("is inclusive at both ends of a period", () => {
    rule.toFlag(onDate("2024-12-31"), [{ path }]);
    rule.notToFlag(onDate("2025-01-01"));
    rule.notToFlag(onDate("2025-03-10"));
    rule.toFlag(onDate("2025-03-11"), [{ path, amountAtRisk: "1.36" }]);
  });
  it("accepts any of several periods and open-ended ones", () => {
    rule.notToFlag(invoiceWith({ amo: { rightsPeriods: [{ from: "2020-01-01", to: "2020-12-31" }, { from: "2025-03-01" }] } }));
  });
  it("flags an invoice with no period at all", () => rule.toFlag(invoiceWith({ amo: { rightsPeriods: [] } }), [{ path }]));
  it("flags exactly the dates outside a generated period", () => {
    fc.assert(
      fc.property(dateArbitrary, dateArbitrary, dateArbitrary, (a, b, date) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const flagged = rule.diagnostics(invoiceWith({ dispensingDate: date, amo: { rightsPeriods: [{ from, to }] } })).length > 0;
        expect(flagged).toBe(date < from || date > to);
      }),
      { numRuns: 50 },
    );
  });
});
