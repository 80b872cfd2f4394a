import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compileSchema, UNSURE } from "../../src/model/compiled.js";
import { invoiceSchema } from "../../src/model/invoice.js";
import { validInvoiceArbitrary } from "../support/arbitraries.js";
import { cleanInvoice } from "../support/fixtures.js";

// The compiled fast path may answer only what zod would answer: whenever it accepts an input, zod
// accepts it too and gives an equal value. Whatever it is unsure of, zod decides.

const compiledInvoice = compileSchema(invoiceSchema);

/** Holds the compiled path to zod on one input. */
function agreesWithZod(input: unknown): void {
  const fast = compiledInvoice(input);
  if (fast === UNSURE) return;
  const slow = invoiceSchema.safeParse(input);
  expect(slow.success).toBe(true);
  expect(fast).toEqual(slow.data);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A valid invoice changed at one place: a leaf replaced, a key removed, an unknown key added. */
const mutatedInvoiceArbitrary = fc
  .tuple(validInvoiceArbitrary, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.constantFrom("replace", "remove", "add"), fc.jsonValue())
  .map(([invoice, steps, change, value]) => {
    const copy = structuredClone(invoice) as unknown as Json;
    let parent: Json = copy;
    let key: string | number | undefined;
    for (const step of steps) {
      const target: Json = key === undefined ? parent : (parent as Record<string, Json>)[key as string]!;
      if (typeof target !== "object" || target === null) break;
      const keys: (string | number)[] = Array.isArray(target) ? target.map((_, index) => index) : Object.keys(target);
      if (keys.length === 0) break;
      if (key !== undefined) parent = target;
      key = keys[step % keys.length];
    }
    if (key === undefined) return copy;
    const holder = parent as Record<string | number, Json>;
    if (change === "replace") holder[key] = value as Json;
    else if (change === "remove") delete holder[key];
    else if (!Array.isArray(holder)) holder[`unknown_${String(key)}`] = value as Json;
    return copy;
  });

describe("the compiled fast path of the invoice schema", () => {
  it("accepts every generated valid invoice, with zod's value (defaults applied)", () => {
    fc.assert(
      fc.property(validInvoiceArbitrary, (invoice) => {
        const fast = compiledInvoice(invoice);
        expect(fast).not.toBe(UNSURE);
        expect(fast).toEqual(invoiceSchema.parse(invoice));
      }),
    );
  });

  it("never accepts what zod rejects, on invoices changed at one place", () => {
    fc.assert(fc.property(mutatedInvoiceArbitrary, agreesWithZod), { numRuns: 500 });
  });

  it("never accepts what zod rejects, on any JSON value", () => {
    fc.assert(fc.property(fc.jsonValue(), agreesWithZod), { numRuns: 300 });
  });

  it("leaves to zod what it is not sure of", () => {
    const clean = cleanInvoice();
    expect(compiledInvoice({ ...clean, amc: undefined })).toBe(UNSURE);
    expect(compiledInvoice(Object.assign(Object.create({ inherited: true }) as object, clean))).toBe(UNSURE);
    expect(compiledInvoice(JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(clean).slice(1)}`))).toBe(UNSURE);
    expect(compiledInvoice({ ...clean, patient: { ...clean.patient, bmi: Number.POSITIVE_INFINITY } })).toBe(UNSURE);
    expect(compiledInvoice({ ...clean, lines: [] })).toBe(UNSURE);
    expect(compiledInvoice({ ...clean, dispensingDate: "2025-02-29" })).toBe(UNSURE);
  });

  it("gives each invoice its own copy of a default", () => {
    const first = compiledInvoice(cleanInvoice()) as { documents: unknown[]; amo: { exonerations: unknown[] } };
    const second = compiledInvoice(cleanInvoice()) as { documents: unknown[]; amo: { exonerations: unknown[] } };
    expect(first.amo.exonerations).toEqual([]);
    expect(first.amo.exonerations).not.toBe(second.amo.exonerations);
  });

  it("refuses, at build time, a schema it has no fast path for", () => {
    expect(() => compileSchema(z.union([z.string(), z.number()]))).toThrow(/no fast path for zod type union/);
    expect(() => compileSchema(z.object({ a: z.string() }))).toThrow(/not strict/);
    expect(() => compileSchema(z.strictObject({ a: z.string().email() }))).toThrow(/no fast path/);
  });
});
