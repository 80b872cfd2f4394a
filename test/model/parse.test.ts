import { describe, expect, it } from "vitest";
import { parseInput } from "../../src/model/parse.js";
import { checkInvoice, type InvoiceInput } from "../../src/index.js";
import { sections } from "../../src/model/sections.js";
import { cleanInvoice } from "../support/fixtures.js";

describe("parseInput", () => {
  it("parses a clean invoice whole, applying defaults", () => {
    const parsed = parseInput(cleanInvoice());
    expect(parsed.issues).toEqual([]);
    expect(parsed.invalidSections.size).toBe(0);
    expect(parsed.invoice.amo?.c2s).toBe(false);
    expect(parsed.invoice.lines?.[0]?.exonerationCode).toBe("0");
  });

  it("isolates a broken section and names each problem", () => {
    const input = { ...cleanInvoice(), stayAbroad: { departureDate: "2025-07-01", returnDate: 12 }, amo: { rightsPeriods: "always" } };
    const parsed = parseInput(input);
    expect([...parsed.invalidSections].sort()).toEqual(["amo", "stayAbroad"]);
    expect(parsed.issues).toEqual([
      { path: ["amo", "rightsPeriods"], messageId: "wrongType", params: { expected: "array", received: '"always"' } },
      { path: ["stayAbroad", "returnDate"], messageId: "wrongType", params: { expected: "string", received: "12" } },
    ]);
    expect(parsed.invoice.patient?.lastName).toBe("MARTIN");
  });

  it("reports missing fields, unknown codes, bad formats and unknown keys", () => {
    const base = cleanInvoice();
    const parsed = parseInput({
      ...base,
      natureAssurance: "99",
      patient: { ...base.patient, firstName: undefined, nickname: "Clo" },
      lines: [{ ...base.lines[0]!, unitPrice: "1,07" }],
    });
    expect(parsed.issues).toEqual(
      expect.arrayContaining([
        { path: ["natureAssurance"], messageId: "notAllowed", params: { allowed: "10, 13, 30, 41, 90", received: '"99"' } },
        { path: ["patient", "firstName"], messageId: "missing", params: {} },
        { path: ["patient", "nickname"], messageId: "unknownField", params: {} },
        { path: ["lines", 0, "unitPrice"], messageId: "badFormat", params: { format: "money", received: '"1,07"' } },
      ]),
    );
  });

  it("never copies __proto__ or constructor keys into the parsed invoice", () => {
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "id": "x"}`);
    const parsed = parseInput(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(parsed.invoice, "__proto__")).toBe(false);
    expect(parsed.issues).toEqual(expect.arrayContaining([{ path: ["__proto__"], messageId: "unknownField", params: {} }]));
  });

  it("states each bound as reached or not, in the words of the field", () => {
    const base = cleanInvoice();
    const issuesOf = (input: unknown) => parseInput(input).issues;
    expect(issuesOf({ ...base, lines: [{ ...base.lines[0]!, quantity: 0 }] })).toEqual([
      { path: ["lines", 0, "quantity"], messageId: "outOfRange", params: { bound: "> 0", received: "0" } },
    ]);
    expect(issuesOf({ ...base, lines: [] })).toEqual([{ path: ["lines"], messageId: "outOfRange", params: { bound: "≥ 1 element", received: "0 elements" } }]);
    expect(issuesOf({ ...base, patient: { ...base.patient, lastName: "" } })).toEqual([
      { path: ["patient", "lastName"], messageId: "outOfRange", params: { bound: "≥ 1", received: '""' } },
    ]);
  });

  it("names the format a text failed: a date, a birth date, an amount or a pattern", () => {
    const base = cleanInvoice();
    const formatOf = (input: unknown) => parseInput(input).issues.map((issue) => [issue.path.join("."), issue.messageId, issue.params.format]);
    expect(formatOf({ ...base, dispensingDate: "10/03/2025" })).toEqual([["dispensingDate", "badFormat", "date"]]);
    expect(formatOf({ ...base, patient: { ...base.patient, birthDate: "1985" } })).toEqual([["patient.birthDate", "badFormat", "birthDate"]]);
    expect(formatOf({ ...base, lines: [{ ...base.lines[0]!, total: "1.071" }] })).toEqual([["lines.0.total", "badFormat", "money"]]);
    expect(formatOf({ ...base, amo: { ...base.amo, caisse: "75" } })).toEqual([["amo.caisse", "badFormat", "pattern"]]);
  });

  it("tells a field that is absent from a field of the wrong type", () => {
    const base = cleanInvoice();
    // A required code not sent is missing, not "unrecognised".
    const { natureAssurance: _absent, ...withoutNature } = base;
    expect(parseInput(withoutNature).issues).toEqual([{ path: ["natureAssurance"], messageId: "missing", params: {} }]);
    const withNull = parseInput({ ...base, patient: { ...base.patient, firstName: null } });
    expect(withNull.issues).toEqual([{ path: ["patient", "firstName"], messageId: "wrongType", params: { expected: "string", received: "null" } }]);
    const removed = parseInput({ ...base, patient: { ...base.patient, firstName: undefined } });
    expect(removed.issues).toEqual([{ path: ["patient", "firstName"], messageId: "missing", params: {} }]);
    // A Date where a date is expected: told as such, with what to send instead.
    expect(parseInput({ ...base, dispensingDate: new Date("2025-03-10") }).issues).toEqual([
      {
        path: ["dispensingDate"],
        messageId: "wrongType",
        params: {
          expected: "string",
          received: {
            fr: 'un objet Date (envoyez le jour en "AAAA-MM-JJ" : calendarDay(date, "Europe/Paris") l\'écrit)',
            en: 'a Date object (send the day as "YYYY-MM-DD": calendarDay(date, "Europe/Paris") writes it)',
          },
        },
      },
    ]);
    expect(parseInput({ ...base, lines: [{ ...base.lines[0]!, amounts: 3 }] }).issues).toEqual([
      { path: ["lines", 0, "amounts"], messageId: "wrongType", params: { expected: "object", received: "3" } },
    ]);
  });

  it("reports a fee linked to no line, to itself or to a line that is no drug, and keeps the lines readable", () => {
    const [drug, fee] = cleanInvoice().lines as [InvoiceInput["lines"][number], InvoiceInput["lines"][number]];
    for (const [forLine, reason] of [[5, "no line has that index"], [1, "it is the fee's own line"], [2, "that line is not a drug"]] as const) {
      const input = { ...cleanInvoice(), lines: [drug, { ...fee, forLine }, { ...fee, forLine: 0 }] };
      const parsed = parseInput(input);
      expect(parsed.issues).toEqual([{ path: ["lines", 1, "forLine"], messageId: "badFeeLink", params: { target: String(forLine), reason: expect.objectContaining({ en: reason }) } }]);
      expect(parsed.invalidSections.has("lines")).toBe(false);
      const report = checkInvoice(input, { locale: "en" });
      expect(report.diagnostics.filter((diagnostic) => diagnostic.ruleId === "input/invalid").map((diagnostic) => diagnostic.message)).toEqual([
        `forLine ${forLine} does not name this fee's drug line: ${reason}.`,
      ]);
      expect(report.ok).toBe(false);
    }
  });

  it("says what it received instead of an object", () => {
    const receivedOf = (input: unknown) => {
      const parsed = parseInput(input);
      expect([...parsed.invalidSections]).toEqual(sections);
      expect(parsed.invoice).toEqual({});
      return parsed.issues.map((issue) => [issue.path, issue.messageId, issue.params.received]);
    };
    expect(receivedOf([])).toEqual([[[], "notAnObject", "array"]]);
    expect(receivedOf(null)).toEqual([[[], "notAnObject", "null"]]);
    expect(receivedOf("x")).toEqual([[[], "notAnObject", "string"]]);
    expect(receivedOf(undefined)).toEqual([[[], "notAnObject", "undefined"]]);
  });
});
