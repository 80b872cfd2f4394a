import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkInvoice } from "../src/index.js";
import { root } from "./support/docs.js";
import { exampleInvoices } from "./support/example-invoices.js";
import { cleanInvoice } from "./support/fixtures.js";
import { fixtureReferential, undecidedButReferential } from "./support/bdpm.js";

const path = (name: string) => resolve(root, "examples", name);
const render = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const expected = Object.fromEntries(Object.entries(exampleInvoices).map(([name, example]) => [name, example.raises]));

if (process.env.UPDATE_DOCS) {
  for (const [name, example] of Object.entries(exampleInvoices)) {
    mkdirSync(dirname(path(name)), { recursive: true });
    writeFileSync(path(name), render(example.invoice));
  }
  writeFileSync(path("expected.json"), render(expected));
}

describe("examples/", () => {
  it("the clean example is the test suite's clean invoice", () => {
    expect(exampleInvoices["clean/doliprane-vitale.json"]?.invoice).toEqual(cleanInvoice());
  });

  it("the files and expected.json are fresh (npm run docs writes them)", () => {
    expect(readFileSync(path("expected.json"), "utf8")).toBe(render(expected));
    for (const [name, example] of Object.entries(exampleInvoices)) {
      expect(existsSync(path(name)), name).toBe(true);
      expect(readFileSync(path(name), "utf8"), name).toBe(render(example.invoice));
    }
  });

  it.each(Object.entries(exampleInvoices))("%s raises exactly its rules", (name, example) => {
    // With the drug referential, as the demo runs them (the slice of the BDPM of 2026-01-28).
    const report = checkInvoice(example.invoice, { referential: fixtureReferential() });
    const raised = [...new Set(report.diagnostics.filter((diagnostic) => diagnostic.severity !== "info").map((diagnostic) => diagnostic.ruleId))].sort();
    expect(raised).toEqual([...example.raises].sort());
    expect(report.ok).toBe(!report.diagnostics.some((diagnostic) => diagnostic.severity === "error"));
    if (name.startsWith("clean/")) {
      // A clean example is complete: nothing to fix, nothing left undecided (advice may remain).
      expect(report.diagnostics.filter((diagnostic) => diagnostic.severity !== "info")).toEqual([]);
      // The rules that need a drug referential are not evaluated without one (none is given here).
      expect(undecidedButReferential(report.notEvaluated)).toEqual([]);
    }
  });
});
