import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprintNumber, NumberWindow } from "../../src/cli/number-window.js";
import { FingerprintWindow, hash53, hash53Value } from "../../src/engine/fingerprints.js";

describe("fingerprintNumber", () => {
  it("reads back the number a hash53 fingerprint spells, so that equal numbers mean equal fingerprints", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(fingerprintNumber(hash53(text))).toBe(hash53Value(text));
      }),
    );
  });

  it("hashes any other string", () => {
    expect(fingerprintNumber("number|123456789|1")).toBe(hash53Value("number|123456789|1"));
    // A leading zero or a capital does not spell a number the same way back.
    expect(fingerprintNumber("0a")).toBe(hash53Value("0a"));
    expect(fingerprintNumber("A")).toBe(hash53Value("A"));
    expect(fingerprintNumber("")).toBe(hash53Value(""));
  });
});

describe("NumberWindow, against the window of strings", () => {
  it("sees, places and forgets exactly what FingerprintWindow does, for any capacity and any stream", () => {
    // Few distinct fingerprints and small windows, so that re-sending, eviction and wrapping all happen.
    const invoice = fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 4 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.array(invoice, { maxLength: 120 }), (capacity, stream) => {
        const strings = new FingerprintWindow(capacity, new Set());
        const numbers = new NumberWindow(capacity);
        for (const [position, fingerprints] of stream.entries()) {
          // Large numbers, as hashes are: their low bits pick the slot.
          const values = Float64Array.from(fingerprints, (value) => 2 ** 40 + value * 7919);
          const expected = strings.admit(fingerprints.map(String), position);
          const seen = numbers.admit(values, 0, values.length, position);
          expect(new Map(seen.map(({ place, position: earlier }) => [String(fingerprints[place]), earlier]))).toEqual(expected);
          expect(numbers.size).toBe(strings.size);
        }
        for (let value = 0; value <= 40; value++) expect(numbers.has(2 ** 40 + value * 7919)).toBe(strings.has(String(value)));
      }),
      { numRuns: 300 },
    );
  });

  it("sees and forgets exactly what FingerprintWindow does when the same few fingerprints come back again and again", () => {
    // Hardly more fingerprints than the window holds, over long streams: live fingerprints are re-sent
    // for longer than the ring is, which only a compaction of the ring keeps in order.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }).chain((capacity) =>
          fc.tuple(fc.constant(capacity), fc.array(fc.integer({ min: 0, max: capacity + 1 }), { minLength: 20, maxLength: 400 })),
        ),
        ([capacity, stream]) => {
          const strings = new FingerprintWindow(capacity, new Set());
          const numbers = new NumberWindow(capacity);
          for (const [position, fingerprint] of stream.entries()) {
            const expected = strings.admit([String(fingerprint)], position);
            expect(numbers.admit(Float64Array.of(fingerprint), 0, 1, position).map((seen) => seen.position)).toEqual([...expected.values()]);
          }
          for (let value = 0; value <= capacity + 1; value++) expect(numbers.has(value)).toBe(strings.has(String(value)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("forgets the oldest live fingerprint first, even after the others came back more times than the ring holds", () => {
    const window = new NumberWindow(3);
    window.remember(100, 0);
    for (let round = 0; round < 1000; round++) window.remember(round % 2, round + 1);
    window.remember(7, 1001);
    expect([100, 0, 1, 7].filter((value) => window.has(value))).toEqual([0, 1, 7]);
  });

  it("reads one invoice's range of a batch's fingerprints and answers places in that range", () => {
    const window = new NumberWindow(10);
    window.remember(3, 0);
    const batch = Float64Array.from([1, 2, 3, 2, 4]);
    // 3 was seen, but it is the next invoice's: not this one's.
    expect(window.admit(batch, 0, 2, 1)).toEqual([]);
    // 3 was left by the stream's first invoice, 2 by the second.
    expect(window.admit(batch, 2, 5, 2)).toEqual([{ place: 0, position: 0 }, { place: 1, position: 1 }]);
    expect(window.size).toBe(4);
  });

  it("keeps a bounded ring when the same invoices come again and again", () => {
    const window = new NumberWindow(3);
    for (let round = 0; round < 10_000; round++) window.remember(round % 2, round);
    expect(window.size).toBe(2);
    // Compacted again and again, the ring keeps each fingerprint's last place.
    expect([window.positionOf(0), window.positionOf(1)]).toEqual([9998, 9999]);
    window.remember(7, 10_000);
    window.remember(8, 10_001);
    // 0 arrived last before 1 (round 9998 then 9999): 0 is the oldest and goes first.
    expect([0, 1, 7, 8].filter((value) => window.has(value))).toEqual([1, 7, 8]);
  });

  it("forgets in constant time on a long stream: 300,000 fingerprints through a window of 100,000", () => {
    const window = new NumberWindow(100_000);
    for (let index = 0; index < 300_000; index++) window.remember(hash53Value(`f${index}`), index);
    expect(window.size).toBe(100_000);
    expect(window.has(hash53Value("f199999"))).toBe(false);
    expect(window.has(hash53Value("f200000"))).toBe(true);
    expect(window.has(hash53Value("f299999"))).toBe(true);
  });

  it("refuses a capacity that is not a whole number ≥ 0", () => {
    expect(() => new NumberWindow(-1)).toThrow(new TypeError("capacity must be a whole number ≥ 0"));
    expect(() => new NumberWindow(1.5)).toThrow(TypeError);
  });
});
