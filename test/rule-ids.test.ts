import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../src/index.js";
import { root } from "./support/docs.js";

// The RuleId union, generated from the catalogue (npm run docs): an id mistyped in the options, a
// waiver or a comparison with a diagnostic's ruleId does not compile.
const path = resolve(root, "src/model/rule-ids.ts");
const ids = rules.map((rule) => rule.id).sort();
const rendered = [
  "// Generated from the catalogue by test/rule-ids.test.ts (npm run docs): do not edit.",
  "",
  "/** The id of a rule of the catalogue, `input/invalid` included. */",
  "export type CatalogueRuleId =",
  ...ids.map((id, index) => `  | ${JSON.stringify(id)}${index === ids.length - 1 ? ";" : ""}`),
  "",
  "/**",
  " * The ids of your own rules (`defineRule`), registered by declaration merging so that they are",
  " * accepted wherever a rule id is, and a typo is still not:",
  " *",
  " * ```ts",
  " * declare module \"tiers-payant\" {",
  " *   interface CustomRuleIds { \"house/transmission-on-weekday\": true }",
  " * }",
  " * ```",
  " */",
  "// eslint-disable-next-line @typescript-eslint/no-empty-object-type",
  "export interface CustomRuleIds {}",
  "",
  "/** A rule id: one of the catalogue's, or one of your own registered in `CustomRuleIds`. */",
  "export type RuleId = CatalogueRuleId | (keyof CustomRuleIds & string);",
  "",
].join("\n");
if (process.env.UPDATE_DOCS) writeFileSync(path, rendered);

describe("RuleId", () => {
  it("src/model/rule-ids.ts lists every rule of the catalogue (npm run docs regenerates it)", () => {
    expect(readFileSync(path, "utf8")).toBe(rendered);
    expect(ids).toHaveLength(rules.length);
  });
});
