import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "../src/rules/index.js";
import { createChecker, invoiceFingerprints, rules } from "../src/index.js";
import { docPath, generatedBlockOf, jsonAfterHeading, metadataBlock, readDoc, refreshMetadataBlocks, root, rulesIndex } from "./support/docs.js";
import { fixtureReferential } from "./support/bdpm.js";
import { invoiceWith, type Overrides } from "./support/fixtures.js";
import type { InvoiceInput } from "../src/index.js";
import type { RuleId } from "../src/index.js";

if (process.env.UPDATE_DOCS) {
  refreshMetadataBlocks();
  writeFileSync(resolve(root, "docs/rules/README.md"), rulesIndex());
}

function ruleFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(directory, entry.name);
    if (entry.isDirectory()) return ruleFiles(path);
    return entry.name.endsWith(".ts") && entry.name !== "index.ts" && entry.name !== "metadata.ts" ? [path] : [];
  });
}

// The ids of shared/rules.md, wave 1: the contract vendors configure and integrators assert on.
const WAVE_1_IDS = [
  "identity/nir-invalid",
  "identity/nir-fictitious",
  "identity/birth-rank-invalid",
  "identity/beneficiary-quality-invalid",
  "prescriber/identifier-missing",
  "prescriber/am-number-invalid",
  "prescriber/rpps-invalid",
  "prescriber/finess-invalid",
  "prescriber/hospital-needs-finess-and-rpps",
  "product/cip13-invalid",
  "product/ucd-is-not-a-pack",
  "rights/amo-support-missing",
  "rights/amo-not-open",
  "rights/attestation-stale",
  "rights/vitale-not-updated",
  "rights/vitale-required-for-sensitive-drug",
  "amc/document-missing",
  "amc/not-valid-on-date",
  "amc/beneficiary-not-listed",
  "amc/organism-unidentified",
  "amc/contract-missing",
  "amc/pharmacy-not-covered",
  "documents/patient-not-on-document",
  "documents/prescription-scan-missing",
  "documents/scan-illegible",
  "documents/degraded-mode-without-paper",
  "abroad/stay-too-short",
  "abroad/prescription-mention-missing",
  "abroad/sworn-statement-incomplete",
  "abroad/caisse-agreement-missing",
  "abroad/product-not-in-agreement",
  "abroad/over-six-months",
  "abroad/excluded-product",
  "abroad/ame-excluded",
  "vaccination/minor-needs-doctor-prescriber",
  "vaccination/first-time-needs-doctor-prescriber",
  "vaccination/vaccine-not-prevention",
  "vaccination/act-billed-as-prevention",
  "vaccination/split-required",
  "vaccination/not-covered-patient-pays",
  "vaccination/state-stock-billed",
  "vaccination/pregnancy-use-maternity",
  "vaccination/pharmacist-prescriber-under-11",
  "amounts/line-total-mismatch",
  "amounts/amo-share-mismatch",
  "amounts/shares-do-not-add-up",
  "amounts/non-reimbursable-billed",
];

// Wave 2 of shared/rules.md.
const WAVE_2_IDS = [
  "prescription/dates-out-of-order",
  "prescription/expired-first-dispensing",
  "prescription/beyond-twelve-months",
  "prescription/renewal-not-authorized",
  "prescription/quantity-over-limit",
  "prescription/narcotic-over-28-days",
  "prescription/narcotic-presented-late",
  "prescription/narcotic-not-secure",
  "prescription/exception-drug-form-missing",
  "prescription/substitution-pharmacist-name-missing",
  "prescription/non-substitutable-unjustified",
  "exoneration/ald-not-justified",
  "exoneration/ald-outside-bizone",
  "exoneration/invalidity-on-ph4",
  "exoneration/prevention-out-of-programme",
  "exoneration/low-smr-at-100",
  "nature/mixed-in-invoice",
  "nature/maternity-out-of-period",
  "nature/work-accident-unreferenced",
  "fees/rate-mismatch",
  "fees/age-fee-not-applicable",
  "fees/large-pack-fee-without-large-pack",
  "regime/ame-low-smr",
  "regime/franchise-on-exempt-patient",
  "transmission/late",
  "transmission/duplicate",
];

describe("the catalogue", () => {
  it("ships every wave-2 id of rules.md", () => {
    const ids = new Set(rules.map((rule) => rule.id));
    expect(WAVE_2_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("ships every wave-1 id of rules.md", () => {
    const ids = new Set(rules.map((rule) => rule.id));
    expect(WAVE_1_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("has unique ids", () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("declares each rule in the file named by its id, and lists every rule file", () => {
    const rulesDirectory = resolve(root, "src/rules");
    const defined = ruleFiles(rulesDirectory)
      .map((path) => relative(rulesDirectory, path).replace(/\.ts$/, ""))
      .filter((id) => readFileSync(resolve(rulesDirectory, `${id}.ts`), "utf8").includes("export default defineRule("));
    expect(catalogue.map((rule) => rule.id).sort()).toEqual(defined.sort());
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))("%s has complete metadata", (_id, rule) => {
    expect(rule.title.fr.trim()).not.toBe("");
    expect(rule.title.en.trim()).not.toBe("");
    expect(rule.title.fr).not.toBe(rule.title.en);
    expect(rule.source.label.trim().length).toBeGreaterThan(5);
    if (rule.effective.to) expect(rule.effective.to >= rule.effective.from).toBe(true);
    // facts.md: a rule resting on a Medium or weaker fact defaults to at most `warning`, unless rules.md says otherwise.
    if (["low", "unverified"].includes(rule.confidence)) expect(rule.severity).not.toBe("error");
  });

  it.each(catalogue.map((rule) => [rule.id, rule] as const))("%s has fr and en texts for every message", (_id, rule) => {
    for (const message of Object.values(rule.messages)) {
      for (const text of [message.fr, message.en, message.hint.fr, message.hint.en]) expect(text.trim()).not.toBe("");
      expect(message.fr).not.toBe(message.en);
    }
  });
});

// A source, message or shipped doc cites the text, the payer's page or the trade source, never a file
// of this repository (its research notes are not public).
const NOT_PUBLIC = [/facts\.md/i, /facts §/i, /\bfacts [A-Z]{2,4}-[0-9]/, /design\.md/i, /rules\.md/i, /\bseeds? (?:advice|article|\([0-9]\))/i, /\bthe seed[:,]/i];
const privateReferences = (text: string): string[] => NOT_PUBLIC.filter((pattern) => pattern.test(text)).map(String);

function markdownFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(directory, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

describe("public sources only", () => {
  it.each(catalogue.map((rule) => [rule.id, rule] as const))("%s cites public sources, never a file of this repository", (_id, rule) => {
    const texts = [rule.title.fr, rule.title.en, rule.source.label, rule.source.url ?? ""];
    for (const message of Object.values(rule.messages)) texts.push(message.fr, message.en, message.hint.fr, message.hint.en);
    expect(texts.flatMap(privateReferences)).toEqual([]);
  });

  it("no shipped document cites one either: docs, README, CHANGELOG and the published types", () => {
    const shipped = [...markdownFiles(resolve(root, "docs")), resolve(root, "README.md"), resolve(root, "CHANGELOG.md"), resolve(root, "dist/esm/index.d.ts")];
    const found = shipped.flatMap((path) => privateReferences(readFileSync(path, "utf8")).map((pattern) => `${relative(root, path)}: ${pattern}`));
    expect(found).toEqual([]);
  });
});

describe("severity policy", () => {
  const ranked = (confidence: string) => confidence === "high";
  it.each(rules.map((rule) => [rule.id, rule] as const))("%s: an error below high confidence cites a published reject on its page", (id, rule) => {
    if (rule.severity !== "error" || ranked(rule.confidence)) return;
    expect(readDoc(id), "the page of an error rule of medium confidence names the published reject it rests on").toMatch(/^Published reject: .{10,}/m);
  });

  it.each(rules.map((rule) => [rule.id] as const))("%s: its page says why its severity, and what data not sent gives", (id) => {
    const page = readDoc(id)!;
    for (const heading of ["## Why this severity", "## When data is not sent"]) expect(page).toContain(heading);
  });

  it("keeps the rules of low or unverified confidence below error, whatever their page says", () => {
    expect(rules.filter((rule) => ["low", "unverified"].includes(rule.confidence) && rule.severity === "error").map((rule) => rule.id)).toEqual([]);
  });
});

describe("rule documentation", () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))("docs/rules/%s.md exists with fresh metadata", (id, rule) => {
    const page = readDoc(id);
    expect(page, `missing ${docPath(id)}`).toBeDefined();
    expect(generatedBlockOf(page!), "metadata block is stale: run npm run docs").toBe(metadataBlock(rule));
    for (const heading of ["## What it checks", "## Why it matters", "## How to fix"]) expect(page).toContain(heading);
  });

  it.each(catalogue.map((rule) => [rule.id] as const))("%s: the documented examples behave as documented", (id) => {
    const page = readDoc(id)!;
    type Example = { asOf?: string; history?: boolean; referential?: boolean; invoice: Overrides<InvoiceInput> };
    const failing = jsonAfterHeading(page, "Failing example") as Example | undefined;
    const passing = jsonAfterHeading(page, "Passing example") as Example | undefined;
    expect(failing, "a failing example").toBeDefined();
    expect(passing, "a passing example").toBeDefined();
    const run = (example: Example) => {
      const invoice = invoiceWith(example.invoice);
      // "history": true means the same invoice was already sent.
      // "referential": true means the BDPM of 2026-01-28 is given (the slice in test/fixtures).
      const checker = createChecker({
        only: [id as RuleId],
        ...(example.history && { history: invoiceFingerprints(invoice) }),
        ...(example.referential && { referential: fixtureReferential() }),
      });
      const report = checker.check(invoice, example.asOf ? { asOf: example.asOf } : {});
      expect(report.notEvaluated, "the example must let the rule run").toEqual([]);
      return report.diagnostics.map((diagnostic) => diagnostic.ruleId);
    };
    expect(run(failing!)).toContain(id);
    expect(run(passing!)).toEqual([]);
    expect(run(failing!)).not.toContain("input/invalid");
  });

  it("the README gives the catalogue's size, as `rules` and the CLI count it (npm run docs writes it)", () => {
    const readme = resolve(root, "README.md");
    const sentence = `The catalogue has ${rules.length} rules (\`input/invalid\`, the check of the input's shape, among them;`;
    if (process.env.UPDATE_DOCS) writeFileSync(readme, readFileSync(readme, "utf8").replace(/The catalogue has \d+ rules \([^;]*;/, sentence));
    expect(readFileSync(readme, "utf8")).toContain(sentence);
    expect(rules.length).toBe(catalogue.length + 1);
  });

  it("docs/rules/README.md lists every rule and is fresh", () => {
    const path = resolve(root, "docs/rules/README.md");
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, "utf8"), "stale: run npm run docs").toBe(rulesIndex());
  });
});
