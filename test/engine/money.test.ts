import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineTotal, money, Money, sumMoney, toCents } from "../../src/engine/money.js";

describe("money", () => {
  it("takes a line's total as invoiced, or quantity × unit price to the cent when there is none", () => {
    expect(lineTotal({ quantity: 3, unitPrice: "0.10", total: "0.31" })).toBe("0.31");
    expect(lineTotal({ quantity: 3, unitPrice: "0.10" })).toBe("0.30");
    expect(lineTotal({ quantity: 2, unitPrice: "1.005" })).toBe("2.01");
  });

  it("sums strings and Money alike, exactly", () => {
    expect(toCents(sumMoney(["0.10", new Money("0.20"), "0.00"]))).toBe("0.30");
    expect(toCents(sumMoney([]))).toBe("0.00");
  });

  it("parses an amount to the same value however often it is asked, memo or not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
        expect(money(text).equals(new Money(text))).toBe(true);
        expect(toCents(money(text))).toBe(text);
      }),
    );
    expect(money(12).equals(new Money("12"))).toBe(true);
  });
});
