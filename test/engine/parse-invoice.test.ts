import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInvoice, createChecker, parseInvoice, type ParsedInvoice } from "../../src/index.js";
import { parseInput } from "../../src/model/parse.js";
import { validInvoiceArbitrary } from "../support/arbitraries.js";
import { exampleInvoices } from "../support/example-invoices.js";
import { cleanInvoice } from "../support/fixtures.js";
import { MUTATIONS } from "../support/mutations.js";

function parsedOrFail(input: unknown): ParsedInvoice {
  const parse = parseInvoice(input);
  if (!parse.ok) throw new Error(`expected a valid invoice, got ${JSON.stringify(parse.diagnostics)}`);
  return parse.invoice;
}

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe("parseInvoice", () => {
  it("gives a valid invoice back frozen deep, with the model's defaults, and leaves the input alone", () => {
    const input = cleanInvoice();
    const before = structuredClone(input);
    const invoice = parsedOrFail(input);
    expect(isDeepFrozen(invoice)).toBe(true);
    expect(invoice).not.toBe(input);
    expect(invoice.amo.c2s).toBe(false);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.patient)).toBe(false);
  });

  it("gives the input/invalid diagnostics a check gives, in the locale asked", () => {
    const input = { ...cleanInvoice(), dispensingDate: "2025-02-30", lines: [] };
    for (const locale of ["fr", "en"] as const) {
      const parse = parseInvoice(input, { locale });
      expect(parse.ok).toBe(false);
      if (parse.ok) continue;
      const expected = checkInvoice(input, { locale }).diagnostics.filter((diagnostic) => diagnostic.ruleId === "input/invalid");
      expect(parse.diagnostics).toEqual(expected);
      expect(parse.diagnostics.map((diagnostic) => diagnostic.path)).toEqual([["dispensingDate"], ["lines"]]);
    }
    expect(parseInvoice(input, { locale: "en" })).toMatchObject({ diagnostics: [{ message: expect.stringMatching(/format/i) }, {}] });
  });

  it("never throws on data: any value gives a result", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parse = parseInvoice(value);
        if (parse.ok) return;
        expect(parse.diagnostics.length).toBeGreaterThan(0);
        for (const diagnostic of parse.diagnostics) expect(diagnostic.ruleId).toBe("input/invalid");
      }),
      { numRuns: 200 },
    );
    expect(parseInvoice(null)).toMatchObject({ ok: false, diagnostics: [{ ruleId: "input/invalid", path: [] }] });
  });

  it("throws on a bad locale, a programmer's error", () => {
    expect(() => parseInvoice(cleanInvoice(), { locale: "de" as never })).toThrow('tiers-payant options: locale must be "fr" or "en", got "de"');
  });

  it("takes a parsed invoice as it is, and a parse of it gives it back", () => {
    const invoice = parsedOrFail(cleanInvoice());
    expect(parseInput(invoice).invoice).toBe(invoice);
    expect(parsedOrFail(invoice)).toBe(invoice);
  });

  it("validates again a copy of a parsed invoice, or anything not sealed by parseInvoice", () => {
    const invoice = parsedOrFail(cleanInvoice());
    expect(parseInput(structuredClone(invoice)).invoice).not.toBe(invoice);
    // A copy with a field broken is an ordinary input: its problem is found.
    const broken = { ...invoice, lines: "none" };
    expect(checkInvoice(broken).diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.path])).toContainEqual(["input/invalid", ["lines"]]);
  });

  it("a parsed invoice cannot be changed behind the checker's back", () => {
    const invoice = parsedOrFail(cleanInvoice());
    expect(() => {
      (invoice.lines as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (invoice.patient as { lastName: string }).lastName = "";
    }).toThrow(TypeError);
    expect(checkInvoice(invoice).ok).toBe(true);
  });

  it("every example gets the same report parsed first as raw, in both locales", () => {
    for (const [name, { invoice: raw }] of Object.entries(exampleInvoices)) {
      const parse = parseInvoice(raw);
      if (!parse.ok) continue;
      for (const locale of ["fr", "en"] as const) {
        const checker = createChecker({ locale, trace: true });
        expect(checker.check(parse.invoice), name).toEqual(checker.check(raw));
      }
    }
    // The examples hold both kinds: some parse, some are malformed on purpose.
    const parses = Object.values(exampleInvoices).map(({ invoice }) => parseInvoice(invoice).ok);
    expect(parses).toContain(true);
    expect(parses).toContain(false);
  });

  it("a generated invoice, mutated or not, gets the same report parsed first as raw", () => {
    const checker = createChecker({ trace: true });
    fc.assert(
      fc.property(validInvoiceArbitrary, fc.option(fc.constantFrom(...MUTATIONS), { nil: undefined }), (generated, mutation) => {
        const raw = structuredClone(generated) as unknown as Record<string, unknown>;
        mutation?.apply(raw);
        const parse = parseInvoice(raw);
        const report = checker.check(raw);
        if (parse.ok) {
          expect(checker.check(parse.invoice)).toEqual(report);
          expect(checkInvoice(parse.invoice)).toEqual(checkInvoice(raw));
        } else {
          expect(parse.diagnostics).toEqual(report.diagnostics.filter((diagnostic) => diagnostic.ruleId === "input/invalid"));
        }
      }),
      { numRuns: 150 },
    );
  });
});
