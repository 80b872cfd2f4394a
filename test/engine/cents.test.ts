import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centsOf, eurosOf, percentOf } from "../../src/engine/cents.js";

// The amount rules compute in integer cents; decimal.js is the reference they must equal.
const amount = fc.oneof(
  fc.bigInt({ min: 0n, max: 99_999_999_999n }).map(eurosOf),
  // The model's other spellings: no decimals, or one.
  fc.integer({ min: 0, max: 999_999_999 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 9 })).map(([euros, tenths]) => `${euros}.${tenths}`),
  // The rounding edges: half-cents once multiplied.
  fc.constantFrom("0.01", "0.05", "0.10", "1.07", "0.99", "999999999.99", "0", "0.5"),
);
const RATES = [0, 15, 30, 35, 60, 65, 70, 80, 90, 100];
// Enough digits for a 9-digit price times the largest safe quantity.
const Exact = Decimal.clone({ precision: 40 });
const decimal = (text: string) => new Exact(text);

describe("integer cents", () => {
  it("read every model amount exactly and write it back as decimal.js does", () => {
    fc.assert(
      fc.property(amount, (text) => {
        expect(centsOf(text)).toBe(BigInt(decimal(text).times(100).toFixed(0)));
        expect(eurosOf(centsOf(text))).toBe(decimal(text).toFixed(2));
      }),
    );
  });
  it("give quantity × price as decimal.js does, whatever the quantity", () => {
    fc.assert(
      fc.property(amount, fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })), (price, quantity) => {
        expect(eurosOf(centsOf(price) * BigInt(quantity))).toBe(decimal(price).times(quantity).toFixed(2));
      }),
    );
  });
  it("give a whole percent of an amount rounded half-up to the cent, as decimal.js does, edges included", () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 100 }), fc.constantFrom(...RATES), (price, quantity, rate) => {
        const base = centsOf(price) * BigInt(quantity);
        const expected = decimal(price).times(quantity).times(rate).dividedBy(100).toDecimalPlaces(2, Exact.ROUND_HALF_UP).toFixed(2);
        expect(eurosOf(percentOf(base, rate))).toBe(expected);
      }),
      { numRuns: 500 },
    );
    // 1.07 € at 65 % is 0.6955 €: 0.70 €; 0.01 € at 50 % is half a cent: 0.01 €.
    expect(eurosOf(percentOf(centsOf("1.07"), 65))).toBe("0.70");
    expect(eurosOf(percentOf(centsOf("0.01"), 50))).toBe("0.01");
    expect(eurosOf(percentOf(centsOf("0.03"), 15))).toBe("0.00");
  });
  it("add shares as decimal.js does", () => {
    fc.assert(
      fc.property(amount, amount, amount, (a, b, c) => {
        expect(eurosOf(centsOf(a) + centsOf(b) + centsOf(c))).toBe(decimal(a).plus(b).plus(c).toFixed(2));
      }),
    );
  });
  it("refuse a rate that is not a whole percent: a programmer's error", () => {
    expect(() => percentOf(100n, 65.5)).toThrow(TypeError);
    expect(() => percentOf(100n, -1)).toThrow(TypeError);
  });
});
