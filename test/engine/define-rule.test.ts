import { describe, expect, it } from "vitest";
import { defineRule, type Rule } from "../../src/index.js";
import { asAnyRule } from "../../src/engine/define-rule.js";

// Definitions are built inside each test, so that what runs is checked where the test runs.
const valid = (): Rule<"header", "seen"> => ({
  id: "custom/valid-rule-2",
  title: { fr: "Règle", en: "Rule" },
  severity: "info",
  payer: "amo",
  consequence: "advice",
  source: { label: "test" },
  effective: { from: "2020-01-01", to: "2020-12-31" },
  confidence: "high",
  reads: ["header"],
  messages: { seen: { fr: "Vu {number} {day}", en: "Seen {day} {number}", hint: { fr: "Rien", en: "Nothing" } } },
  check: () => [],
});

describe("defineRule", () => {
  it("accepts a complete definition and returns it frozen", () => {
    const rule = defineRule(valid());
    expect(rule.id).toBe("custom/valid-rule-2");
    expect(Object.isFrozen(rule)).toBe(true);
    expect(asAnyRule(rule)).toBe(rule);
    expect(() => defineRule({ ...valid(), effective: { from: "2020-01-01" } })).not.toThrow();
    expect(() => defineRule({ ...valid(), effective: { from: "2020-01-01", to: "2020-01-01" } })).not.toThrow();
    expect(() => defineRule({ ...valid(), id: "a/b" })).not.toThrow();
  });

  it.each([
    ["x/valid", true],
    ["family/slug-with-2-parts", true],
    ["Family/slug", false],
    ["family/Slug", false],
    [" family/slug", false],
    ["family/slug ", false],
    ["family/slug--double", false],
    ["family/-slug", false],
    ["family/slug-", false],
    ["family/", false],
    ["/slug", false],
    ["family/slug/more", false],
    ["family/slug_underscore", false],
  ])("id %s is %s", (id, ok) => {
    const attempt = () => defineRule({ ...valid(), id });
    if (ok) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(`defineRule(${JSON.stringify(id)}): the id must look like family/kebab-case-slug`);
  });

  it.each(["2020-1-01", "2020-01-1", "20-01-01", "x2020-01-01", "2020-01-01x", "2020-0a-01", "aaaa-01-01", "2020-01-aa"])("rejects the date %s", (date) => {
    expect(() => defineRule({ ...valid(), effective: { from: date } })).toThrow("effective.from must be YYYY-MM-DD");
    expect(() => defineRule({ ...valid(), effective: { from: "2020-01-01", to: date } })).toThrow("effective.to must be YYYY-MM-DD");
  });

  it("rejects reversed dates", () => {
    expect(() => defineRule({ ...valid(), effective: { from: "2020-01-02", to: "2020-01-01" } })).toThrow("effective.to is before effective.from");
  });

  it("needs both titles, a source and a message", () => {
    expect(() => defineRule({ ...valid(), title: { fr: " ", en: "Rule" } })).toThrow("the title needs both fr and en");
    expect(() => defineRule({ ...valid(), title: { fr: "Règle", en: "" } })).toThrow("the title needs both fr and en");
    expect(() => defineRule({ ...valid(), source: { label: "  " } })).toThrow("the source needs a label");
    expect(() => defineRule({ ...valid(), messages: {} as never })).toThrow("a rule needs at least one message");
  });

  it.each([
    [{ fr: " ", en: "Seen", hint: { fr: "x", en: "y" } }],
    [{ fr: "Vu", en: " ", hint: { fr: "x", en: "y" } }],
    [{ fr: "Vu", en: "Seen", hint: { fr: "", en: "y" } }],
    [{ fr: "Vu", en: "Seen", hint: { fr: "x", en: "\t" } }],
  ])("rejects an empty text in %j", (message) => {
    expect(() => defineRule({ ...valid(), messages: { seen: message } })).toThrow("message seen has an empty text");
  });

  it("compares placeholders as sets of names, whatever their order or length", () => {
    expect(() => defineRule({ ...valid(), messages: { seen: { fr: "{ab}", en: "{a}", hint: { fr: "x", en: "y" } } } })).toThrow("message seen uses different placeholders in fr and en");
    expect(() => defineRule({ ...valid(), messages: { seen: { fr: "{a}", en: "{a} {b}", hint: { fr: "x", en: "y" } } } })).toThrow("different placeholders");
    expect(() => defineRule({ ...valid(), messages: { seen: { fr: "{longName} {x}", en: "{x} {longName}", hint: { fr: "x", en: "y" } } } })).not.toThrow();
  });
});
