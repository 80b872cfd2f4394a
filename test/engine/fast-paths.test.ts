import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInvoice, createChecker } from "../../src/index.js";
import { compileChecker } from "../../src/checking.js";
import { DEFAULT_DUPLICATE_WINDOW, FingerprintWindow } from "../../src/engine/fingerprints.js";
import { money } from "../../src/engine/money.js";
import { parseInput } from "../../src/model/parse.js";
import { nameWords } from "../../src/rules/support/names.js";
import { validInvoiceArbitrary } from "../support/arbitraries.js";
import { cleanInvoice } from "../support/fixtures.js";

// The speed-ups of the engine must not change a single answer: each fast path is checked against
// the slow path it short-cuts.

/** The same data with a prototype other than Object.prototype: parseInput takes the per-section path. */
const throughSlowPath = (input: object): object => Object.assign(Object.create({ slowPath: true }) as object, input);

describe("fast paths give the answers of the slow paths", () => {
  it("whole-schema parsing of valid input equals section-by-section parsing", () => {
    fc.assert(
      fc.property(validInvoiceArbitrary, (invoice) => {
        const fast = parseInput(invoice);
        const slow = parseInput(throughSlowPath(invoice));
        expect(fast.issues).toEqual([]);
        expect(slow.issues).toEqual([]);
        expect(fast.invoice).toEqual(slow.invoice);
      }),
    );
  });

  it("invalid input still falls back to sections and names every problem", () => {
    const input = { ...cleanInvoice(), stayAbroad: { departureDate: "2025-07-01", returnDate: 12 } };
    expect(parseInput(input)).toEqual(parseInput(throughSlowPath(input)));
    expect([...parseInput(input).invalidSections]).toEqual(["stayAbroad"]);
  });

  it("names already in plain capitals give the words the full normalisation gives", () => {
    const word = fc.stringMatching(/^[A-Z]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const name = words.join(" ");
        // A lower-case letter in front defeats the fast path without changing the words.
        expect(nameWords(name)).toEqual(nameWords(`${name.toLowerCase()}`));
      }),
    );
    expect(nameWords("Lefèvre-Dupont")).toEqual(["LEFEVRE", "DUPONT"]);
    expect(nameWords("D'ARC")).toEqual(["ARC"]);
  });

  it("shared parsed amounts are the values of their strings", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (cents) => {
        const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
        expect(money(text).toFixed(2)).toBe(text);
        expect(money(text)).toBe(money(text));
      }),
    );
  });

  it("a single check hashes nothing, a stream still finds the duplicate", () => {
    const checker = createChecker({ only: ["transmission/duplicate"] });
    expect(checker.check(cleanInvoice()).diagnostics).toEqual([]);
    expect(checker.checkNext(cleanInvoice()).diagnostics).toEqual([]);
    expect(checker.checkNext(cleanInvoice()).diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(["transmission/duplicate"]);
  });

  it("checkInvoice with only a date and a language answers as a checker built for the call", () => {
    fc.assert(
      fc.property(validInvoiceArbitrary, fc.constantFrom("fr" as const, "en" as const), fc.constantFrom(undefined, "2024-02-29", "2026-01-01"), (invoice, locale, asOf) => {
        const options = asOf === undefined ? { locale } : { locale, asOf };
        expect(checkInvoice(invoice, options)).toEqual(createChecker(options).check(invoice));
      }),
      { numRuns: 20 },
    );
    expect(() => checkInvoice(cleanInvoice(), { asOf: "2025-02-30" })).toThrow(/asOf must be a YYYY-MM-DD date/);
    expect(() => checkInvoice(cleanInvoice(), { locale: "de" as never })).toThrow(/locale/);
  });
});

describe("the split stream of the CLI's workers", () => {
  it("detached checks, admitted in order and re-checked when seen, give the reports of checkNext", () => {
    fc.assert(
      fc.property(fc.array(validInvoiceArbitrary, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 6 }), (distinct, repeats) => {
        // Re-send some of the invoices later in the stream, so that duplicates are there to find.
        const stream = [...distinct, ...repeats.map((index) => distinct[index % distinct.length]!)];
        const sequential = createChecker();
        const expected = stream.map((invoice) => sequential.checkNext(invoice));
        const split = compileChecker();
        const window = new FingerprintWindow(DEFAULT_DUPLICATE_WINDOW, new Set());
        const actual = stream.map((invoice, position) => {
          const { report, fingerprints } = split.detached(invoice);
          const seen = window.admit(fingerprints, position);
          return seen.size > 0 ? split.recheck(invoice, seen) : report;
        });
        expect(actual).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it("admit answers what was seen before and where, then remembers", () => {
    const window = new FingerprintWindow(3, new Set(["sent"]));
    // Already sent (the caller's history): seen, at no place of this stream.
    expect(window.admit(["a", "sent"], 0)).toEqual(new Map([["sent", undefined]]));
    expect(window.admit(["a", "b"], 1)).toEqual(new Map([["a", 0]]));
    expect(window.positionOf("a")).toBe(1);
    expect(window.empty).toBe(false);
    expect(new FingerprintWindow(3, new Set()).empty).toBe(true);
  });
});

describe("the duplicate window on a long stream", () => {
  it("forgets the oldest first, re-sent fingerprints counting as new", () => {
    const window = new FingerprintWindow(3, new Set());
    for (const [position, fingerprint] of ["a", "b", "c", "a", "d"].entries()) window.remember([fingerprint], position);
    // "a" was re-sent after "b" and "c": "b" is the oldest, and goes when "d" comes.
    expect(["a", "b", "c", "d"].filter((fingerprint) => window.has(fingerprint))).toEqual(["a", "c", "d"]);
    expect(window.size).toBe(3);
  });

  it("evicts in constant time when full: 300,000 fingerprints through a window of 100,000", () => {
    const window = new FingerprintWindow(DEFAULT_DUPLICATE_WINDOW, new Set());
    const start = performance.now();
    for (let index = 0; index < 300_000; index++) window.remember([`f${index}`], index);
    // Walking the deleted entries afresh for each eviction took 8 s here; a live iterator, 0.1 s.
    expect(performance.now() - start).toBeLessThan(3_000);
    expect(window.size).toBe(DEFAULT_DUPLICATE_WINDOW);
    expect(window.has("f199999")).toBe(false);
    expect(window.has("f200000")).toBe(true);
  });
});
