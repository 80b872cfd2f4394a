import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkBatch, checkInvoice, createChecker, defineRule, type Finding } from "../../src/index.js";
import { compileChecker } from "../../src/checking.js";
import { cleanInvoice, invoiceWith } from "../support/fixtures.js";
import type { RuleId } from "../../src/index.js";

// The parts of a report and of the options that an integrator relies on and that no rule test pins:
// the exact message of each programmer error, waivers by path, amounts at risk, the trace, the
// reasons a rule was not evaluated, and the checker shared by checkInvoice. Mutation testing showed
// each of them could change unnoticed.

const base = {
  title: { fr: "Règle de test", en: "Test rule" },
  severity: "warning",
  payer: "amo",
  consequence: "advice",
  source: { label: "test" },
  effective: { from: "2000-01-01" },
  confidence: "high",
  reads: ["lines"],
  messages: { found: { fr: "Trouvé ligne {line}", en: "Found line {line}", hint: { fr: "Rien", en: "Nothing" } } },
} as const;

const finding = (path: (string | number)[], extra: Partial<Finding<"found">> = {}): Finding<"found"> => ({
  messageId: "found",
  path,
  params: { line: String(path[1] ?? "") },
  ...extra,
});

describe("options are programmer errors, each with its own message", () => {
  const rule = defineRule({ ...base, id: "custom/found", settings: { limit: 3 }, check: () => [] });
  const plain = defineRule({ ...base, id: "custom/plain", check: () => [] });
  const build = (options: Parameters<typeof createChecker>[0]) => () => createChecker({ rules: [rule, plain], ...options });

  it("names what is wrong", () => {
    expect(build({ asOf: new Date(2025, 2, 10) as never })).toThrow('tiers-payant options: asOf must be a YYYY-MM-DD date, got a Date: which day a Date is depends on the time zone; calendarDay(date, "Europe/Paris")');
    expect(build({ asOf: "2025-13-01" })).toThrow('asOf must be a YYYY-MM-DD date, got "2025-13-01"');
    expect(build({ locale: "de" as never })).toThrow('locale must be "fr" or "en", got "de"');
    expect(build({ only: ["custom/nope" as RuleId] })).toThrow('only: unknown rule "custom/nope"');
    expect(build({ severity: { ["custom/nope" as RuleId]: "off" } })).toThrow('severity: unknown rule "custom/nope"');
    expect(build({ severity: { "custom/found": "fatal" as never } })).toThrow('severity.custom/found must be "error", "warning", "info" or "off", got "fatal"');
    expect(build({ duplicateWindow: -1 })).toThrow("duplicateWindow must be a whole number from 0 to 10000000, got -1");
    expect(build({ duplicateWindow: 1.5 })).toThrow("duplicateWindow must be a whole number from 0 to 10000000, got 1.5");
    expect(build({ duplicateWindow: 0 })).not.toThrow();
    expect(build({ settings: { ["custom/nope" as RuleId]: {} } })).toThrow('settings: unknown rule "custom/nope"');
    expect(build({ settings: { "custom/found": { other: 1 } } })).toThrow('settings: rule custom/found has no setting "other"');
    expect(build({ settings: { "custom/plain": { limit: 1 } } })).toThrow('settings: rule custom/plain has no setting "limit" (it has no settings)');
    expect(build({ settings: { "custom/found": { limit: "3" } } })).toThrow("settings: custom/found.limit must be a number");
    expect(() => createChecker({ rules: [rule, rule] })).toThrow('rules: two rules share the id "custom/found"');
  });

  // Each of these was silently ignored, or a raw JavaScript error, before options had a schema.
  it.each([
    [{ asof: "2025-01-01" }, 'unknown option "asof"; did you mean "asOf"?'],
    [{ severty: {} }, 'unknown option "severty"; did you mean "severity"?'],
    [{ waivers: [{ ruleId: "custom/found", justification: "accord", until: "2025-12-31", path: "lines" }] }, "waivers[0].path must be an array of field names and indexes"],
    [{ waivers: [{ ruleId: "custom/found", justification: "accord", until: "2025-12-31", pth: ["lines"] }] }, 'waivers[0]: unknown key "pth"; did you mean "path"?'],
    [{ trace: "yes" }, 'trace must be true or false, got "yes"'],
    [{ history: "abc" }, 'history must be an iterable of fingerprints (from invoiceFingerprints), got "abc"'],
    [{ history: [1, 2] }, "history must hold fingerprint strings (from invoiceFingerprints), got 1"],
    [{ waivers: null }, "waivers must be an array of waivers, got null"],
    [{ duplicateWindow: 1e12 }, "duplicateWindow must be a whole number from 0 to 10000000"],
    [{ waivers: [{ ruleId: "custom/found", justification: 5, until: "2025-12-31" }] }, "waivers[0].justification must be a text saying why the risk is accepted, got 5"],
    [{ waivers: [null] }, "waivers[0] must be an object { ruleId, justification, until, path? }, got null"],
    [{ waivers: {} }, "waivers must be an array of waivers, got an object"],
    [{ severity: "error" }, 'severity must be an object { "<rule id>": "error" | "warning" | "info" | "off" }, got "error"'],
    [{ only: "custom/found" }, 'only must be an array of rule ids, got "custom/found"'],
    [{ rules: [{ id: "x" }] }, "rules[0] must be a rule made by defineRule"],
    [{ waivers: [{ ruleId: "custom/fond", justification: "accord", until: "2025-12-31" }] }, 'waivers[0].ruleId: unknown rule "custom/fond"; did you mean "custom/found"?'],
    [{ waivers: [{ ruleId: "custom/found", justification: "  ", until: "2025-12-31" }] }, "waivers[0].justification must say why the risk is accepted (it is empty)"],
    [{ waivers: [{ ruleId: "custom/found", until: "2025-12-31" }] }, "waivers[0].justification must be a text saying why the risk is accepted, got undefined"],
    [{ waivers: [{ ruleId: "custom/found", justification: "accord", until: "31/12/2025" }] }, 'waivers[0].until must be a YYYY-MM-DD date, got "31/12/2025"'],
    [{ asOf: new Date(Date.UTC(10000, 0, 1)) }, "asOf must be a YYYY-MM-DD date, got a Date"],
    [{ asOf: new Date(Number.NaN) }, "asOf must be a YYYY-MM-DD date, got a Date"],
  ])("refuses %j with a TypeError that says what was expected", (options, message) => {
    expect(build(options as never)).toThrow(TypeError);
    expect(build(options as never)).toThrow(`tiers-payant options: ${message}`);
  });

  it("refuses options that are not an object, on every entry point", () => {
    expect(() => createChecker(null as never)).toThrow("tiers-payant options: options must be an object, got null");
    expect(() => checkInvoice(cleanInvoice(), null as never)).toThrow("tiers-payant options: options must be an object, got null");
    expect(() => checkBatch([], "fr" as never)).toThrow('tiers-payant options: options must be an object, got "fr"');
    expect(() => createChecker().check(cleanInvoice(), null as never)).toThrow("the options of a check must be an object { asOf }, got null");
    expect(() => createChecker().check(cleanInvoice(), { asof: "2025-01-01" } as never)).toThrow('unknown option "asof"; did you mean "asOf"?');
    expect(() => createChecker().checkBatch(null as never)).toThrow("checkBatch needs an iterable or an async iterable of invoices");
  });

  it("reports, without throwing on the invoice, a finding whose message the rule does not declare", () => {
    const wrong = defineRule({ ...base, id: "custom/wrong", check: () => [{ messageId: "other" as never, path: [], params: {} }] });
    expect(createChecker({ rules: [wrong] }).check(cleanInvoice()).notEvaluated).toEqual([
      { ruleId: "custom/wrong", reason: "internal error: rule custom/wrong returned unknown message other" },
    ]);
  });
});

describe("waivers", () => {
  const rule = defineRule({ ...base, id: "custom/found", check: () => [finding(["lines", 0, "total"]), finding(["lines", 1]), finding(["lines"])] });
  const check = (waiver: { path?: (string | number)[]; until?: string }, asOf = "2025-03-10") =>
    createChecker({ rules: [rule], waivers: [{ ruleId: "custom/found", justification: "accord", until: waiver.until ?? "2025-12-31", ...(waiver.path && { path: waiver.path }) }] }).check(cleanInvoice(), { asOf });
  const paths = (diagnostics: readonly { path: readonly (string | number)[] }[]) => diagnostics.map((diagnostic) => diagnostic.path.join("."));

  it("waive only the diagnostics at their path or below it", () => {
    const report = check({ path: ["lines", 0] });
    expect(paths(report.waived)).toEqual(["lines.0.total"]);
    expect(paths(report.diagnostics)).toEqual(["lines", "lines.1"]);
    expect(report.waived[0]?.waiver).toEqual({ justification: "accord", until: "2025-12-31" });
  });

  it("waive nothing when their path is longer than the diagnostic's", () => {
    expect(paths(check({ path: ["lines", 1, "total"] }).waived)).toEqual([]);
  });

  it("waive every diagnostic of the rule without a path, sorted like diagnostics", () => {
    expect(paths(check({}).waived)).toEqual(["lines", "lines.0.total", "lines.1"]);
  });

  it("hold until their last day, inclusive", () => {
    expect(check({ until: "2025-03-10" }).waived).toHaveLength(3);
    expect(check({ until: "2025-03-09" }).waived).toHaveLength(0);
  });
});

describe("amounts at risk", () => {
  const rule = (id: string, payer: "amo" | "amc", findings: Finding<"found">[]) => defineRule({ ...base, id, payer, check: () => findings });

  it("add up per payer, one path counted once at its largest amount", () => {
    const report = createChecker({
      rules: [
        rule("custom/a", "amo", [finding(["lines", 0], { amountAtRisk: "1.10" }), finding(["lines", 1], { amountAtRisk: "2.05" })]),
        rule("custom/b", "amo", [finding(["lines", 0], { amountAtRisk: "3.00" }), finding(["lines", 2])]),
        rule("custom/c", "amc", [finding(["lines", 0], { amountAtRisk: "0.40" })]),
      ],
    }).check(cleanInvoice());
    expect(report.amountAtRisk).toEqual({ amo: "5.05", amc: "0.40", patient: "0.00" });
  });

  it("are exact for a custom rule's amounts of more than two decimals, rounded half-up once summed, as decimal.js does (property)", () => {
    const euros = fc
      .tuple(fc.integer({ min: 0, max: 99_999 }), fc.stringMatching(/^[0-9]{0,5}$/))
      .map(([whole, decimals]) => (decimals === "" ? String(whole) : `${whole}.${decimals}`));
    const amounts = fc.array(fc.tuple(fc.constantFrom("amo" as const, "amc" as const), fc.integer({ min: 0, max: 3 }), euros), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(amounts, (given) => {
        const rules = given.map(([payer, line, amount], index) => rule(`custom/r${index}`, payer, [finding(["lines", line, "total"], { amountAtRisk: amount })]));
        const largest = new Map<string, Decimal>();
        for (const [payer, line, amount] of given) {
          const key = `${payer} ${line}`;
          if (!largest.has(key) || new Decimal(amount).greaterThan(largest.get(key)!)) largest.set(key, new Decimal(amount));
        }
        const total = (payer: string) =>
          [...largest].filter(([key]) => key.startsWith(`${payer} `)).reduce((sum, [, amount]) => sum.plus(amount), new Decimal(0)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
        const report = createChecker({ rules }).check(cleanInvoice());
        expect(report.amountAtRisk).toEqual({ amo: total("amo"), amc: total("amc"), patient: "0.00" });
      }),
      { numRuns: 200 },
    );
  });

  it("must be euros as a decimal string: another form is the custom rule's bug, reported as its internal error", () => {
    for (const amount of ["1e3", "-2.00", "12,30", ""]) {
      const report = createChecker({ rules: [rule("custom/a", "amo", [finding(["lines", 0], { amountAtRisk: amount })])] }).check(cleanInvoice());
      expect(report.diagnostics).toEqual([]);
      expect(report.amountAtRisk).toEqual({ amo: "0.00", amc: "0.00", patient: "0.00" });
      expect(report.notEvaluated).toEqual([
        { ruleId: "custom/a", reason: `internal error: rule custom/a returned amountAtRisk ${JSON.stringify(amount)}: expected euros as a decimal string that is not negative, e.g. "12.30"` },
      ]);
    }
  });

  it("are three zeros, each report its own object, when nothing is at risk", () => {
    const checker = createChecker({ rules: [rule("custom/a", "amo", [finding(["lines", 0])])] });
    const [first, second] = [checker.check(cleanInvoice()), checker.check(cleanInvoice())];
    expect(first.amountAtRisk).toEqual({ amo: "0.00", amc: "0.00", patient: "0.00" });
    expect(first.amountAtRisk).not.toBe(second.amountAtRisk);
  });
});

describe("a diagnostic's value", () => {
  it("is kept as given when it is not text, and masked when it holds a NIR", () => {
    const rule = defineRule({
      ...base,
      id: "custom/values",
      check: () => [finding(["lines", 0], { value: 42 }), finding(["lines", 1], { value: "NIR 185057800608436 lu" })],
    });
    const [number, text] = createChecker({ rules: [rule] }).check(cleanInvoice()).diagnostics;
    expect(number?.value).toBe(42);
    expect(text?.value).not.toContain("185057800608436");
    expect(text?.value).toBe("NIR 1 85 05 78 *** *** ** lu");
  });
});

describe("why a rule was not evaluated, in each language", () => {
  const rule = defineRule({ ...base, id: "custom/found", check: () => [] });

  it("says that no date of care could be read, whatever asOf", () => {
    const input = { ...cleanInvoice(), dispensingDate: "not a date" };
    for (const asOf of [undefined, "2025-06-30"]) {
      const options = asOf === undefined ? {} : { asOf };
      expect(createChecker({ rules: [rule], ...options }).check(input).notEvaluated).toEqual([
        { ruleId: "custom/found", reason: "aucune date de soins : la date de délivrance est absente ou illisible" },
      ]);
      expect(createChecker({ rules: [rule], locale: "en", ...options }).check(input).notEvaluated).toEqual([
        { ruleId: "custom/found", reason: "no date of care: the dispensing date is missing or unreadable" },
      ]);
    }
  });

  it("names the sections it reads that are invalid", () => {
    const input = { ...cleanInvoice(), lines: "none" };
    expect(createChecker({ rules: [rule] }).check(input).notEvaluated).toEqual([{ ruleId: "custom/found", reason: "données invalides dans : lines" }]);
    expect(createChecker({ rules: [rule], locale: "en" }).check(input).notEvaluated).toEqual([{ ruleId: "custom/found", reason: "invalid data in: lines" }]);
  });

  it("masks a NIR in the message of a rule that threw", () => {
    const broken = defineRule({ ...base, id: "custom/broken", check: () => { throw new Error("bad 185057800608436"); } });
    const [entry] = createChecker({ rules: [broken] }).check(cleanInvoice()).notEvaluated;
    expect(entry?.reason).toBe("internal error: bad 1 85 05 78 *** *** **");
    const thrownText = defineRule({ ...base, id: "custom/text", check: () => { throw "plain text"; } });
    expect(createChecker({ rules: [thrownText] }).check(cleanInvoice()).notEvaluated).toEqual([{ ruleId: "custom/text", reason: "internal error: plain text" }]);
  });
});

describe("the trace", () => {
  const found = defineRule({ ...base, id: "custom/found", check: () => [finding(["lines", 0])] });
  const off = defineRule({ ...base, id: "custom/off", check: () => [] });
  const later = defineRule({ ...base, id: "custom/later", effective: { from: "2030-01-01" }, check: () => [] });
  const elsewhere = defineRule({ ...base, id: "custom/elsewhere", appliesTo: () => false, check: () => [] });
  const broken = defineRule({ ...base, id: "custom/broken-input", check: () => [] });

  it("lists each rule that ran with its findings, and each rule skipped with why", () => {
    const checker = createChecker({ rules: [found, off, later, elsewhere], severity: { "custom/off": "off" }, trace: true });
    expect(checker.check(cleanInvoice()).trace).toEqual({
      ran: [{ ruleId: "custom/found", reads: ["lines"], findings: 1 }],
      skipped: [
        { ruleId: "custom/off", reason: "off" },
        { ruleId: "custom/later", reason: "not-effective" },
        { ruleId: "custom/elsewhere", reason: "not-applicable" },
      ],
    });
    expect(createChecker({ rules: [broken], trace: true }).check({ ...cleanInvoice(), lines: 1 }).trace?.skipped).toEqual([
      { ruleId: "custom/broken-input", reason: "input-invalid" },
    ]);
  });

  it("is absent unless asked for", () => {
    expect("trace" in createChecker({ rules: [found, off], severity: { "custom/off": "off" } }).check(cleanInvoice())).toBe(false);
  });
});

describe("a severity override", () => {
  it("replaces the severity a finding gives itself; without it the finding's own severity holds", () => {
    const rule = defineRule({ ...base, id: "custom/found", check: () => [finding(["lines", 0], { severity: "error" })] });
    expect(createChecker({ rules: [rule] }).check(cleanInvoice()).diagnostics[0]?.severity).toBe("error");
    expect(createChecker({ rules: [rule], severity: { "custom/found": "info" } }).check(cleanInvoice()).diagnostics[0]?.severity).toBe("info");
  });

  it("of input/invalid to off hides shape problems but not the rules", () => {
    const report = checkInvoice({ ...invoiceWith({ patient: { insuredNir: "285057800608442" } }), colour: "blue" }, { severity: { "input/invalid": "off" } });
    expect(report.diagnostics.some((diagnostic) => diagnostic.ruleId === "input/invalid")).toBe(false);
    expect(report.diagnostics.some((diagnostic) => diagnostic.ruleId === "identity/nir-invalid")).toBe(true);
  });
});

describe("checkBatch", () => {
  it("treats an iterable that is also a string as a sync iterable of its characters' inputs", () => {
    const reports = [...createChecker({ rules: [] }).checkBatch("ab")];
    expect(reports).toHaveLength(2);
    expect(reports.every((report) => !report.ok)).toBe(true);
  });
});

describe("the split checker of the CLI's workers", () => {
  const duplicate = compileChecker({ only: ["transmission/duplicate"] });

  it("checks detached as if nothing had been seen, and hands back the fingerprints", () => {
    const { report, fingerprints } = duplicate.detached(cleanInvoice());
    expect(report.diagnostics).toEqual([]);
    expect(fingerprints.length).toBeGreaterThan(0);
    expect(duplicate.recheck(cleanInvoice(), new Map(fingerprints.map((fingerprint) => [fingerprint, 0]))).diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain("transmission/duplicate");
    expect(duplicate.recheck(cleanInvoice(), new Map()).diagnostics).toEqual([]);
  });

  it("check remembers nothing between calls", () => {
    expect(duplicate.check(cleanInvoice()).diagnostics).toEqual([]);
    expect(duplicate.check(cleanInvoice()).diagnostics).toEqual([]);
  });
});

describe("checkInvoice", () => {
  it("gives the same report as a checker built with the same options, in each language and date", () => {
    for (const locale of ["fr", "en"] as const) {
      const input = invoiceWith({ patient: { insuredNir: "285057800608442" } });
      expect(checkInvoice(input, { locale })).toEqual(createChecker({ locale }).check(input));
      expect(checkInvoice(input, { locale, asOf: "2024-06-01" })).toEqual(createChecker({ locale, asOf: "2024-06-01" }).check(input));
      expect(checkInvoice(input, { locale, asOf: "2024-06-01" }).asOf).toBe("2024-06-01");
    }
    expect(checkInvoice(cleanInvoice(), { locale: "en", only: ["identity/nir-invalid"] }).diagnostics).toEqual([]);
    expect(checkInvoice(invoiceWith({ patient: { insuredNir: "285057800608442" } }), { locale: "en" }).diagnostics[0]?.message).toMatch(/^[A-Z][a-z]/);
  });
});
