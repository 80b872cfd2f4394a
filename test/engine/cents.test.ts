import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centsOf, decimalEuros, eurosOf, fractionOf, percentOf, sumCents, unitsToCents } from "../../src/engine/cents.js";
import { lineTotalCents } from "../../src/rules/amounts/amt.js";

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
  it("sum any number of amounts as decimal.js does", () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), (amounts) => {
        expect(eurosOf(sumCents(amounts))).toBe(amounts.reduce((total, text) => total.plus(text), decimal("0")).toFixed(2));
      }),
    );
  });
  it("give a line's total as invoiced, or quantity × price, as decimal.js does", () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.option(amount, { nil: undefined }), (unitPrice, quantity, total) => {
        const expected = total !== undefined ? decimal(total) : decimal(unitPrice).times(quantity);
        expect(eurosOf(lineTotalCents({ unitPrice, quantity, total }))).toBe(expected.toFixed(2));
      }),
    );
  });
  it("give a fraction of an amount rounded half-up to the cent, as decimal.js does, halves included", () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (price, denominator, numerator) => {
        const expected = decimal(price).times(numerator).dividedBy(denominator).toDecimalPlaces(2, Exact.ROUND_HALF_UP).toFixed(2);
        expect(eurosOf(fractionOf(centsOf(price), numerator, denominator))).toBe(expected);
      }),
      { numRuns: 500 },
    );
    // 0.05 € × 1/2 is 2.5 cents: 0.03 €; 1.00 € × 1/3 is 33.33… cents: 0.33 €; × 2/3: 0.67 €.
    expect(eurosOf(fractionOf(centsOf("0.05"), 1, 2))).toBe("0.03");
    expect(eurosOf(fractionOf(centsOf("1.00"), 1, 3))).toBe("0.33");
    expect(eurosOf(fractionOf(centsOf("1.00"), 2, 3))).toBe("0.67");
    expect(() => fractionOf(100n, 1, 0)).toThrow(TypeError);
    expect(() => fractionOf(100n, 1.5, 2)).toThrow(TypeError);
  });
  it("read euros with any number of decimals exactly, and round them half-up to the cent as decimal.js does", () => {
    const euros = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.option(fc.stringMatching(/^[0-9]{1,8}$/), { nil: undefined }))
      .map(([whole, decimals]) => (decimals === undefined ? String(whole) : `${whole}.${decimals}`));
    fc.assert(
      fc.property(euros, (text) => {
        const read = decimalEuros(text)!;
        expect(read).toBeDefined();
        expect(eurosOf(unitsToCents(read.units, read.scale))).toBe(decimal(text).toDecimalPlaces(2, Exact.ROUND_HALF_UP).toFixed(2));
      }),
    );
    expect(eurosOf(unitsToCents(decimalEuros("0.005")!.units, 3))).toBe("0.01");
    expect(eurosOf(unitsToCents(decimalEuros("0.0049999")!.units, 7))).toBe("0.00");
    for (const text of ["", "-1.00", "1e3", "1.", ".5", "1,00", " 1.00", "NaN"]) expect(decimalEuros(text)).toBeUndefined();
  });
  it("refuse a rate that is not a whole percent: a programmer's error", () => {
    expect(() => percentOf(100n, 65.5)).toThrow(TypeError);
    expect(() => percentOf(100n, -1)).toThrow(TypeError);
  });
});
