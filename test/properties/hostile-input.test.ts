import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInvoice, createChecker } from "../../src/index.js";
import { catalogue } from "../../src/rules/index.js";
import { validInvoiceArbitrary } from "../support/arbitraries.js";
import { cleanInvoice } from "../support/fixtures.js";
import { MUTATIONS } from "../support/mutations.js";

const DANGEROUS_KEYS = ["__proto__", "constructor", "prototype"];

/** JSON values whose objects may carry __proto__ / constructor / prototype as own keys, as JSON.parse makes them. */
const hostileJson = fc
  .jsonValue()
  .chain((value) => fc.constantFrom(...DANGEROUS_KEYS).map((key) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value) ?? "null"}, "polluted": true}`)));

function expectPrototypesUntouched(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
}
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

describe("hostile input", () => {
  it("objects with __proto__, constructor and prototype keys, at the top and inside every part", () => {
    fc.assert(
      fc.property(hostileJson, fc.constantFrom(...Object.keys(cleanInvoice())), (hostile, part) => {
        checkInvoice(hostile);
        checkInvoice({ ...cleanInvoice(), [part]: hostile });
        checkInvoice({ ...cleanInvoice(), patient: { ...cleanInvoice().patient, ...hostile } });
        expectPrototypesUntouched();
      }),
      { numRuns: 200 },
    );
  });

  it("huge strings in every text field, in bounded time", () => {
    const huge = "9".repeat(5_000_000);
    const started = performance.now();
    const report = checkInvoice({ ...cleanInvoice(), id: huge, number: huge, patient: { ...cleanInvoice().patient, insuredNir: huge, lastName: huge, qualite: huge } });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(report.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain("identity/nir-invalid");
    expect(JSON.stringify(report).length).toBeLessThan(30_000_000);
  });

  it("10,000-deep nesting anywhere, without a stack overflow", () => {
    let deep: unknown = "bottom";
    for (let level = 0; level < 10_000; level++) deep = level % 2 ? { nested: deep } : [deep];
    for (const input of [deep, { ...cleanInvoice(), patient: deep }, { ...cleanInvoice(), lines: [deep] }, { ...cleanInvoice(), extra: deep }]) {
      expect(typeof checkInvoice(input).ok).toBe("boolean");
    }
  });

  it("100,000 lines, in bounded time", () => {
    const line = cleanInvoice().lines[0]!;
    const invoice = { ...cleanInvoice(), lines: Array.from({ length: 100_000 }, () => line) };
    const started = performance.now();
    const report = checkInvoice(invoice);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(typeof report.ok).toBe("boolean");
  }, 60_000);
});

describe("determinism", () => {
  it("rule order does not change the report", () => {
    const reversed = createChecker({ rules: [...catalogue].reverse() });
    const forward = createChecker({ rules: catalogue });
    fc.assert(
      fc.property(validInvoiceArbitrary, fc.jsonValue(), (invoice, noise) => {
        expect(reversed.check(invoice)).toEqual(forward.check(invoice));
        const broken = { ...invoice, stayAbroad: noise };
        expect(reversed.check(broken)).toEqual(forward.check(broken));
      }),
      { numRuns: 50 },
    );
  });
});

describe("mutated valid invoices", () => {
  it("give input/invalid or the rule the mutation should trigger, never a crash", () => {
    const expectedRule: Record<string, string[]> = {
      "remove a required field": ["input/invalid"],
      "retype a field": ["input/invalid"],
      "retype a part": ["input/invalid"],
      "move the dispensing date before the rights": ["rights/amo-not-open"],
      "change an AMO share by one cent": ["amounts/amo-share-mismatch", "amounts/shares-do-not-add-up"],
      "change a line total by one cent": ["amounts/line-total-mismatch"],
    };
    fc.assert(
      fc.property(validInvoiceArbitrary, fc.constantFrom(...MUTATIONS), (invoice, mutation) => {
        const mutated = structuredClone(invoice) as unknown as Record<string, unknown>;
        mutation.apply(mutated);
        const raised = checkInvoice(mutated).diagnostics.map((diagnostic) => diagnostic.ruleId);
        for (const ruleId of expectedRule[mutation.name]!) expect(raised, mutation.name).toContain(ruleId);
      }),
      { numRuns: 150 },
    );
  });
});
