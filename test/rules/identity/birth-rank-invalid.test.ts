import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith } from "../../support/fixtures.js";

const rule = expectRule("identity/birth-rank-invalid");
const path = ["patient", "birthRank"];

describe("identity/birth-rank-invalid", () => {
  it("passes ranks 1 to 9", () => {
    for (let rank = 1; rank <= 9; rank++) rule.notToFlag(invoiceWith({ patient: { birthRank: rank } }));
  });
  it("does not evaluate a rank that was not sent: absent is not an invalid rank", () => {
    expect(rule.notToEvaluate(invoiceWith({ patient: { birthRank: undefined } }))).toBe("birth rank not sent");
  });
  it("flags 0 and 10 (the edges)", () => {
    rule.toFlag(invoiceWith({ patient: { birthRank: 0 } }), [{ path }]);
    rule.toFlag(invoiceWith({ patient: { birthRank: 10 } }), [{ path }]);
  });
  it("flags every integer outside 1–9", () => {
    fc.assert(
      fc.property(fc.integer().filter((rank) => rank < 1 || rank > 9), (rank) => {
        expect(rule.diagnostics(invoiceWith({ patient: { birthRank: rank } }))).toHaveLength(1);
      }),
      { numRuns: 25 },
    );
  });
});
