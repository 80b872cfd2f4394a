import { describe, expect, it } from "vitest";
import { parseInvoice } from "../../src/model/parse.js";
import { cleanInvoice } from "../support/fixtures.js";

describe("parseInvoice", () => {
  it("parses a clean invoice whole, applying defaults", () => {
    const parsed = parseInvoice(cleanInvoice());
    expect(parsed.issues).toEqual([]);
    expect(parsed.invalidSections.size).toBe(0);
    expect(parsed.invoice.amo?.c2s).toBe(false);
    expect(parsed.invoice.lines?.[0]?.exonerationCode).toBe("0");
  });

  it("isolates a broken section and names each problem", () => {
    const input = { ...cleanInvoice(), stayAbroad: { departureDate: "2025-07-01", returnDate: 12 }, amo: { rightsPeriods: "always" } };
    const parsed = parseInvoice(input);
    expect([...parsed.invalidSections].sort()).toEqual(["amo", "stayAbroad"]);
    expect(parsed.issues).toEqual([
      { path: ["amo", "rightsPeriods"], messageId: "wrongType", params: { expected: "array" } },
      { path: ["stayAbroad", "returnDate"], messageId: "wrongType", params: { expected: "string" } },
    ]);
    expect(parsed.invoice.patient?.lastName).toBe("MARTIN");
  });

  it("reports missing fields, unknown codes, bad formats and unknown keys", () => {
    const base = cleanInvoice();
    const parsed = parseInvoice({
      ...base,
      natureAssurance: "99",
      patient: { ...base.patient, firstName: undefined, nickname: "Clo" },
      lines: [{ ...base.lines[0]!, unitPrice: "1,07" }],
    });
    expect(parsed.issues).toEqual(
      expect.arrayContaining([
        { path: ["natureAssurance"], messageId: "notAllowed", params: { allowed: "10, 13, 30, 41, 90" } },
        { path: ["patient", "firstName"], messageId: "missing", params: {} },
        { path: ["patient", "nickname"], messageId: "unknownField", params: {} },
        { path: ["lines", 0, "unitPrice"], messageId: "badFormat", params: { format: "money" } },
      ]),
    );
  });

  it("never copies __proto__ or constructor keys into the parsed invoice", () => {
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "id": "x"}`);
    const parsed = parseInvoice(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(parsed.invoice, "__proto__")).toBe(false);
    expect(parsed.issues).toEqual(expect.arrayContaining([{ path: ["__proto__"], messageId: "unknownField", params: {} }]));
  });
});
