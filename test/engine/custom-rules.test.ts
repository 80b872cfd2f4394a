import { describe, expect, expectTypeOf, it } from "vitest";
import { catalogue, createChecker, defineRule, isWorkingDay, rules, type Diagnostic, type RuleId } from "../../src/index.js";
import { cleanInvoice } from "../support/fixtures.js";

// The guide's custom rule, run beside the catalogue as the guide says: with extraRules, or with the
// catalogue's own rule objects.
declare module "../../src/model/rule-ids.js" {
  interface CustomRuleIds {
    "house/transmission-on-weekday": true;
  }
}

const transmissionOnWorkingDay = defineRule({
  id: "house/transmission-on-weekday",
  title: { fr: "Transmission un jour ouvré", en: "Transmission on a working day" },
  severity: "info",
  payer: "amo",
  consequence: "advice",
  source: { label: "Politique interne du groupement" },
  effective: { from: "2025-01-01" },
  confidence: "high",
  reads: ["header"],
  messages: {
    notWorkingDay: {
      fr: "Envoi prévu le {day}, jour non ouvré.",
      en: "Sending planned on {day}, not a working day.",
      hint: { fr: "Le délai court en jours ouvrés.", en: "The deadline counts working days." },
    },
  },
  check: ({ invoice }) =>
    invoice.transmissionDate !== undefined && !isWorkingDay(invoice.transmissionDate)
      ? [{ messageId: "notWorkingDay", path: ["transmissionDate"], params: { day: invoice.transmissionDate } }]
      : [],
});

// A Sunday, with a wrong NIR key: one finding of the catalogue's, one of the custom rule's.
const sundayWithBadNir = () => {
  const invoice = cleanInvoice();
  return { ...invoice, transmissionDate: "2025-03-16", patient: { ...invoice.patient, insuredNir: "285057800608442" } };
};
const ids = (diagnostics: readonly Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.ruleId).sort();

describe("custom rules beside the catalogue", () => {
  it("run with extraRules, and the catalogue runs too", () => {
    const checker = createChecker({ extraRules: [transmissionOnWorkingDay], locale: "en" });
    expect(ids(checker.check(sundayWithBadNir(), { asOf: "2025-03-16" }).diagnostics)).toEqual(["house/transmission-on-weekday", "identity/nir-invalid"]);
    expect(checker.rules).toHaveLength(rules.length + 1);
  });
  it("run with the catalogue's own rule objects, in rules", () => {
    const checker = createChecker({ rules: [...catalogue, transmissionOnWorkingDay], locale: "en" });
    expect(ids(checker.check(sundayWithBadNir(), { asOf: "2025-03-16" }).diagnostics)).toEqual(["house/transmission-on-weekday", "identity/nir-invalid"]);
  });
  it("run alone when given alone, and meet the options by id", () => {
    const alone = createChecker({ rules: [transmissionOnWorkingDay], severity: { "house/transmission-on-weekday": "warning" } });
    expect(alone.check(sundayWithBadNir()).diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.severity])).toEqual([["house/transmission-on-weekday", "warning"]]);
    expect(() => createChecker({ extraRules: [catalogue[0]!] })).toThrow(/two rules share the id/);
  });
  it("the catalogue lists as many rules as its metadata, input/invalid apart", () => {
    expect(catalogue.map((rule) => rule.id).sort()).toEqual(rules.map((rule) => rule.id).filter((id) => id !== "input/invalid").sort());
  });
});

describe("RuleId", () => {
  it("types the ids the options and the diagnostics name: a typo does not compile", () => {
    expectTypeOf<"identity/nir-invalid">().toExtend<RuleId>();
    expectTypeOf<"house/transmission-on-weekday">().toExtend<RuleId>();
    expectTypeOf<"identity/nir-invalidd">().not.toExtend<RuleId>();
    expectTypeOf<Diagnostic["ruleId"]>().toEqualTypeOf<RuleId>();
    // And at run time, for callers without types: the same typo is a programmer error, with a suggestion.
    // @ts-expect-error: a mistyped rule id
    expect(() => createChecker({ severity: { "identity/nir-invalidd": "off" } })).toThrow('did you mean "identity/nir-invalid"');
    // @ts-expect-error: a mistyped rule id in a waiver
    expect(() => createChecker({ waivers: [{ ruleId: "identity/nir-invalidd", justification: "x", until: "2026-12-31" }] })).toThrow(/unknown rule/);
  });
});

describe("a custom rule's methods", () => {
  it("are called on the rule, as a method call would call them: `this` is the rule", () => {
    const rule = defineRule({
      id: "house/this-bound",
      title: { fr: "Règle", en: "Rule" },
      severity: "warning",
      payer: "amo",
      consequence: "advice",
      source: { label: "Politique interne" },
      effective: { from: "2000-01-01" },
      confidence: "high",
      reads: ["lines"],
      settings: { limit: 0 },
      messages: { found: { fr: "Trouvé", en: "Found", hint: { fr: "Rien", en: "Nothing" } } },
      appliesTo(this: { id: string }) {
        return this.id === "house/this-bound";
      },
      check(this: { id: string }) {
        return this.id === "house/this-bound" ? [{ messageId: "found" as const, path: ["lines"] }] : [];
      },
    });
    const report = createChecker({ rules: [rule] }).check(cleanInvoice());
    expect(report.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(["house/this-bound"]);
  });
});
