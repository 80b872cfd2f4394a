import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compileSchema, mayGenerateCode, UNSURE, type Compiled } from "../../src/model/compiled.js";
import { invoiceSchema } from "../../src/model/invoice.js";
import { validInvoiceArbitrary } from "../support/arbitraries.js";
import { cleanInvoice } from "../support/fixtures.js";

// The compiled fast path may answer only what zod would answer: whenever it accepts an input, zod
// accepts it too and gives an equal value. Whatever it is unsure of, zod decides.

/** Holds the compiled path to zod on one input. */
const agreesWithZod = (compiledInvoice: Compiled) => (input: unknown): void => {
  const fast = compiledInvoice(input);
  if (fast === UNSURE) return;
  const slow = invoiceSchema.safeParse(input);
  expect(slow.success).toBe(true);
  expect(fast).toEqual(slow.data);
};

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

// Both ways of checking an object are held to zod: code generated per object, and the loop used
// where code may not be generated.
describe.each([
  { way: "generated code", generateCode: true },
  { way: "a loop over the fields (no code generated)", generateCode: false },
])("the compiled fast path of the invoice schema, objects checked by $way", ({ generateCode }) => {
  const compiledInvoice = compileSchema(invoiceSchema, { generateCode });

  it("accepts every generated valid invoice, with zod's value (defaults applied)", () => {
    fc.assert(
      fc.property(validInvoiceArbitrary, (invoice) => {
        const fast = compiledInvoice(invoice);
        expect(fast).not.toBe(UNSURE);
        const slow = invoiceSchema.parse(invoice);
        expect(fast).toEqual(slow);
        // JSON written from the value (a split invoice, a fix) must read as zod's would.
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
      }),
    );
  });

  it("never accepts what zod rejects, on invoices changed at one place", () => {
    fc.assert(fc.property(mutatedInvoiceArbitrary, agreesWithZod(compiledInvoice)), { numRuns: 500 });
  });

  it("never accepts what zod rejects, on any JSON value", () => {
    fc.assert(fc.property(fc.jsonValue(), agreesWithZod(compiledInvoice)), { numRuns: 300 });
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
    expect(() => compileSchema(z.strictObject({ ["__proto__"]: z.string() }), { generateCode })).toThrow(/__proto__/);
  });

  it("gives zod's value, keys in zod's order, for field names that are not identifiers, and leaves absent optional fields out", () => {
    const schema = z.strictObject({ z: z.string().optional(), "n° AM": z.string(), "a-b": z.string().optional(), c: z.boolean().default(false) });
    const compiled = compileSchema(schema, { generateCode });
    expect(compiled({ "n° AM": "x" })).toStrictEqual({ "n° AM": "x", c: false });
    expect(compiled({ "n° AM": "x", "a-b": "y", c: true })).toStrictEqual(schema.parse({ "n° AM": "x", "a-b": "y", c: true }));
    expect(Object.keys(compiled({ "n° AM": "x" }) as object)).toEqual(Object.keys(schema.parse({ "n° AM": "x" })));
    const reordered = { c: true, "a-b": "y", "n° AM": "x", z: "w" };
    expect(Object.keys(compiled(reordered) as object)).toEqual(Object.keys(schema.parse(reordered)));
  });
});

describe.each([true, false])("each check the model uses, generateCode %s", (generateCode) => {
  // Each case: a schema, values it must accept (with zod), values it must leave to zod.
  const cases: [string, z.ZodType, unknown[], unknown[]][] = [
    ["min length", z.string().min(2), ["ab", "abc"], ["a", "", 12]],
    ["pattern", z.string().regex(/^[0-9]{3}$/), ["075"], ["75", "0750", null]],
    ["ISO date", z.iso.date(), ["2024-02-29"], ["2025-02-29", "2025-2-1"]],
    ["whole number", z.number().int(), [0, -3, 7], [1.5, Number.NaN, "1", 2 ** 60]],
    ["positive", z.number().positive(), [0.1, 3], [0, -1]],
    ["at least 0", z.number().int().min(0), [0, 2], [-1]],
    ["boolean", z.boolean(), [true, false], [0, "true"]],
    ["enumeration", z.enum(["a", "b"]), ["a", "b"], ["c", 1]],
    ["array with a minimum", z.array(z.string()).min(1), [["x"], ["x", "y"]], [[], ["x", 1], "x"]],
  ];
  it.each(cases)("%s", (_, schema, accepted, refused) => {
    const compiled = compileSchema(schema, { generateCode });
    for (const value of accepted) expect(compiled(value)).toEqual(schema.parse(value));
    for (const value of refused) {
      expect(compiled(value)).toBe(UNSURE);
      expect(schema.safeParse(value).success).toBe(false);
    }
  });

  it("leaves a hole in an array to zod, and copies the array it accepts", () => {
    const compiled = compileSchema(z.array(z.string()), { generateCode });
    const holed = ["a", "b"];
    delete holed[0];
    expect(compiled(holed)).toBe(UNSURE);
    const input = ["a"];
    expect(compiled(input)).not.toBe(input);
  });

  it("takes objects without a prototype, and no other kind", () => {
    const compiled = compileSchema(z.strictObject({ a: z.string() }), { generateCode });
    expect(compiled(Object.assign(Object.create(null) as object, { a: "x" }))).toEqual({ a: "x" });
    expect(compiled(new (class { a = "x"; })())).toBe(UNSURE);
    expect(compiled(["x"])).toBe(UNSURE);
    expect(compiled(null)).toBe(UNSURE);
  });
});

describe("whether code is generated", () => {
  it("follows zod: never under z.config({ jitless: true })", () => {
    expect(mayGenerateCode()).toBe(true);
    z.config({ jitless: true });
    try {
      expect(mayGenerateCode()).toBe(false);
    } finally {
      z.config({ jitless: false });
    }
  });
});
