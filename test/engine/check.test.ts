import { describe, expect, it } from "vitest";
import { calendarDay, checkBatch, checkInvoice, createChecker, defineRule, rulesVersion } from "../../src/index.js";
import { cleanInvoice, invoiceWith } from "../support/fixtures.js";
import { dispensedOn } from "../support/dates.js";
import type { RuleId } from "../../src/index.js";

const badNir = { patient: { insuredNir: "285057800608442" } } as const;

describe("checkInvoice", () => {
  it("gives a clean report for a clean invoice", () => {
    const report = checkInvoice(cleanInvoice());
    expect(report).toMatchObject({ ok: true, invoiceId: "INV-0001", waived: [], asOf: "2025-03-10", rulesVersion });
    expect(report.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(report.amountAtRisk).toEqual({ amo: "0.00", amc: "0.00", patient: "0.00" });
  });

  it("defaults asOf to the dispensing date and takes a YYYY-MM-DD day, not a Date, like every date of the invoice", () => {
    expect(checkInvoice(cleanInvoice()).asOf).toBe("2025-03-10");
    expect(checkInvoice(cleanInvoice(), { asOf: "2024-01-02" }).asOf).toBe("2024-01-02");
    expect(() => checkInvoice(cleanInvoice(), { asOf: new Date(2024, 0, 2) as never })).toThrow(/asOf must be a YYYY-MM-DD date, got a Date/);
    expect(() => createChecker().check(cleanInvoice(), { asOf: new Date(2024, 0, 2) as never })).toThrow(/calendarDay/);
    expect(checkInvoice(cleanInvoice(), { asOf: calendarDay(new Date(Date.UTC(2024, 0, 1, 23, 30)), "Europe/Paris") }).asOf).toBe("2024-01-02");
  });

  it("throws on bad options, which are programmer errors", () => {
    expect(() => checkInvoice(cleanInvoice(), { asOf: "2024-02-30" })).toThrow(/asOf/);
    expect(() => checkInvoice(cleanInvoice(), { severity: { ["nope/nope" as RuleId]: "off" } })).toThrow(/unknown rule/);
    expect(() => checkInvoice(cleanInvoice(), { severity: { "identity/nir-invalid": "fatal" as never } })).toThrow(/severity/);
    expect(() => checkInvoice(cleanInvoice(), { locale: "de" as never })).toThrow(/locale/);
    expect(() => checkInvoice(cleanInvoice(), { waivers: [{ ruleId: "identity/nir-invalid", justification: "", until: "2025-01-01" }] })).toThrow(/justification/);
  });

  it("reports malformed input with exact paths, one diagnostic per problem", () => {
    const report = checkInvoice({ ...cleanInvoice(), dispensingDate: "2025-02-30", patient: { ...cleanInvoice().patient, birthRank: "1" }, colour: "blue" });
    const problems = report.diagnostics.filter((diagnostic) => diagnostic.ruleId === "input/invalid").map((diagnostic) => diagnostic.path);
    expect(problems).toEqual(expect.arrayContaining([["dispensingDate"], ["patient", "birthRank"], ["colour"]]));
    expect(problems).toHaveLength(3);
    expect(report.ok).toBe(false);
  });

  it("still runs the rules whose sections are intact", () => {
    const input = { ...invoiceWith(badNir), lines: "not lines" };
    const report = checkInvoice(input);
    expect(report.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain("identity/nir-invalid");
    expect(report.notEvaluated).toEqual(expect.arrayContaining([{ ruleId: "product/cip13-invalid", reason: "données invalides dans : lines" }]));
  });

  it("never throws on non-objects", () => {
    for (const input of [null, undefined, 42, "invoice", [], [cleanInvoice()], true]) {
      const report = checkInvoice(input);
      expect(report.ok).toBe(false);
      expect(report.asOf).toBeNull();
      expect(report.diagnostics[0]).toMatchObject({ ruleId: "input/invalid", path: [] });
    }
  });

  it("applies severity overrides and off", () => {
    const warned = checkInvoice(invoiceWith(badNir), { severity: { "identity/nir-invalid": "warning" } });
    expect(warned.ok).toBe(true);
    expect(warned.diagnostics.find((diagnostic) => diagnostic.ruleId === "identity/nir-invalid")?.severity).toBe("warning");
    const off = checkInvoice(invoiceWith(badNir), { severity: { "identity/nir-invalid": "off" } });
    expect(off.diagnostics.some((diagnostic) => diagnostic.ruleId === "identity/nir-invalid")).toBe(false);
  });

  it("moves waived diagnostics aside, visibly, until the waiver ends", () => {
    const waiver = { ruleId: "identity/nir-invalid" as const, path: ["patient"], justification: "NIR en cours de certification, accord CPAM", until: "2025-03-10" };
    const report = checkInvoice(invoiceWith(badNir), { waivers: [waiver] });
    expect(report.diagnostics.some((diagnostic) => diagnostic.ruleId === "identity/nir-invalid")).toBe(false);
    expect(report.waived[0]).toMatchObject({ ruleId: "identity/nir-invalid", waiver: { justification: waiver.justification, until: "2025-03-10" } });
    expect(report.ok).toBe(true);
    const expired = checkInvoice(invoiceWith({ ...badNir, dispensingDate: "2025-03-11" }), { waivers: [waiver] });
    expect(expired.waived).toEqual([]);
    expect(expired.ok).toBe(false);
    const otherPath = checkInvoice(invoiceWith(badNir), { waivers: [{ ...waiver, path: ["lines"] }] });
    expect(otherPath.waived).toEqual([]);
  });

  it("sorts errors first, then by path", () => {
    const report = checkInvoice(
      invoiceWith({ ...badNir, prescription: { prescriber: { kind: "doctor", hospital: true, finess: "2A0000012", rpps: "10000000306" } } }),
    );
    const severities = report.diagnostics.map((diagnostic) => diagnostic.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)));
    expect(report.diagnostics[0]?.path).toEqual(["patient", "insuredNir"]);
  });

  it("traces which rules ran and which were skipped, on demand", () => {
    const report = checkInvoice(invoiceWith({ prescription: undefined }), { trace: true, severity: { "identity/nir-fictitious": "off" } });
    expect(report.trace?.ran.map((entry) => entry.ruleId)).toContain("identity/nir-invalid");
    expect(report.trace?.skipped).toEqual(
      expect.arrayContaining([
        { ruleId: "identity/nir-fictitious", reason: "off" },
        { ruleId: "prescriber/identifier-missing", reason: "not-applicable" },
      ]),
    );
    expect(checkInvoice(cleanInvoice()).trace).toBeUndefined();
  });

  it("does not mutate its input", () => {
    const input = invoiceWith(badNir);
    const copy = structuredClone(input);
    checkInvoice(input);
    expect(input).toEqual(copy);
  });
});

describe("custom rules and dated effectivity", () => {
  const lateRule = defineRule({
    id: "custom/after-2025",
    title: { fr: "Règle de test", en: "Test rule" },
    severity: "info",
    payer: "amo",
    consequence: "advice",
    source: { label: "test" },
    effective: { from: "2025-03-10", to: "2025-03-11" },
    confidence: "high",
    reads: ["header"],
    messages: { seen: { fr: "Vu {number}", en: "Seen {number}", hint: { fr: "Rien", en: "Nothing" } } },
    check: ({ invoice }) => [{ messageId: "seen", path: ["number"], params: { number: invoice.number } }],
  });
  const checker = createChecker({ rules: [lateRule], locale: "en", trace: true });

  it("runs a rule only when the date of care is inside its effective dates (edges inclusive)", () => {
    const on = (date: string) => checker.check(dispensedOn(cleanInvoice(), date));
    expect(on("2025-03-09").diagnostics).toEqual([]);
    expect(on("2025-03-09").trace?.skipped).toEqual([{ ruleId: "custom/after-2025", reason: "not-effective" }]);
    expect(on("2025-03-10").diagnostics[0]?.message).toBe("Seen 000000001");
    expect(on("2025-03-11").diagnostics).toHaveLength(1);
    expect(on("2025-03-12").diagnostics).toEqual([]);
  });

  it("reads the effective dates on the date of care, not on the date of the check", () => {
    // Dispensed on 2025-03-10, checked long after the rule ceased to be law: still checked by it.
    expect(checker.check(cleanInvoice(), { asOf: "2026-11-30" }).diagnostics).toHaveLength(1);
    // Dispensed before the rule existed, checked while it is law: not checked by it.
    expect(checker.check(dispensedOn(cleanInvoice(), "2025-03-09"), { asOf: "2025-03-10" }).diagnostics).toEqual([]);
  });

  it("reports a rule that throws as not evaluated instead of throwing", () => {
    const broken = defineRule({ ...lateRule, id: "custom/broken", effective: { from: "2000-01-01" }, check: () => { throw new Error("boom"); } });
    const report = createChecker({ rules: [broken] }).check(cleanInvoice());
    expect(report.notEvaluated).toEqual([{ ruleId: "custom/broken", reason: "internal error: boom" }]);
  });

  it("rejects bad rule definitions at load time", () => {
    expect(() => defineRule({ ...lateRule, id: "Bad Id" })).toThrow(/id/);
    expect(() => defineRule({ ...lateRule, effective: { from: "2025-01-02", to: "2025-01-01" } })).toThrow(/before/);
    expect(() => defineRule({ ...lateRule, messages: { seen: { fr: "Vu {a}", en: "Seen {b}", hint: { fr: "x", en: "y" } } } })).toThrow(/placeholders/);
    expect(() => defineRule({ ...lateRule, messages: { seen: { fr: " ", en: "Seen", hint: { fr: "x", en: "y" } } } })).toThrow(/empty/);
  });
});

describe("checkBatch", () => {
  const inputs = [cleanInvoice(), invoiceWith({ id: "INV-0002", ...badNir }), 42];

  it("streams one report per input, in order, from a sync iterable", () => {
    const reports = [...checkBatch(inputs)];
    expect(reports.map((report) => [report.invoiceId, report.ok])).toEqual([["INV-0001", true], ["INV-0002", false], [null, false]]);
  });

  it("accepts async iterables", async () => {
    async function* source() {
      for (const input of inputs) yield input;
    }
    const reports = [];
    for await (const report of checkBatch(source())) reports.push(report.invoiceId);
    expect(reports).toEqual(["INV-0001", "INV-0002", null]);
  });

  it("is lazy: nothing is checked before it is asked for", () => {
    let pulled = 0;
    function* source() {
      for (const input of inputs) {
        pulled++;
        yield input;
      }
    }
    const iterator = createChecker().checkBatch(source());
    expect(pulled).toBe(0);
    iterator.next();
    expect(pulled).toBe(1);
  });
});

describe("the order of a report", () => {
  // One place decides the order a pharmacist reads diagnostics in: errors first, then by path (numbers
  // as numbers, a shorter path before the longer one it starts), then by rule id.
  const base = {
    title: { fr: "Règle de test", en: "Test rule" },
    payer: "amo",
    consequence: "advice",
    source: { label: "test" },
    effective: { from: "2000-01-01" },
    confidence: "high",
    reads: ["lines"],
    messages: { found: { fr: "Trouvé", en: "Found", hint: { fr: "Rien", en: "Nothing" } } },
  } as const;
  const at = (...paths: (string | number)[][]) => () => paths.map((path) => ({ messageId: "found" as const, path, params: {} }));
  const rules = [
    defineRule({ ...base, id: "custom/b-warnings", severity: "warning", check: at(["lines", 10], ["lines", 2, "total"], ["lines", 2], ["amo"]) }),
    defineRule({ ...base, id: "custom/a-warning", severity: "warning", check: () => [{ messageId: "found", path: ["lines", 2], params: {}, expected: "≤ 28" }] }),
    defineRule({ ...base, id: "custom/z-error", severity: "error", check: at(["z"]) }),
    defineRule({ ...base, id: "custom/z-lacks", severity: "info", check: () => ({ notEvaluated: { fr: "manque", en: "missing" } }) }),
    defineRule({ ...base, id: "custom/c-lacks", severity: "info", check: () => ({ notEvaluated: { fr: "manque", en: "missing" } }) }),
  ];

  it("puts errors first, then paths in reading order, then rule ids; not-evaluated rules by id", () => {
    for (const order of [rules, [...rules].reverse()]) {
      const report = createChecker({ rules: order, locale: "en" }).check(cleanInvoice());
      expect(report.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.path.join(".")])).toEqual([
        ["custom/z-error", "z"],
        ["custom/b-warnings", "amo"],
        ["custom/a-warning", "lines.2"],
        ["custom/b-warnings", "lines.2"],
        ["custom/b-warnings", "lines.2.total"],
        ["custom/b-warnings", "lines.10"],
      ]);
      expect(report.notEvaluated.map((entry) => entry.ruleId)).toEqual(["custom/c-lacks", "custom/z-lacks"]);
      expect(report.notEvaluated[0]?.reason).toBe("missing");
    }
  });

  it("carries expected only when the finding gives it", () => {
    const report = createChecker({ rules, locale: "en" }).check(cleanInvoice());
    const [withExpected, without] = [report.diagnostics.find((d) => d.ruleId === "custom/a-warning")!, report.diagnostics.find((d) => d.ruleId === "custom/z-error")!];
    expect(withExpected.expected).toBe("≤ 28");
    expect("expected" in without).toBe(false);
    expect("value" in without).toBe(false);
    expect("amountAtRisk" in without).toBe(false);
  });
});
