import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkInvoice } from "../src/index.js";
import { root } from "./support/docs.js";
import { cleanInvoice } from "./support/fixtures.js";

const expected = JSON.parse(readFileSync(resolve(root, "examples/expected.json"), "utf8")) as Record<string, string[]>;
const read = (name: string): unknown => JSON.parse(readFileSync(resolve(root, "examples", name), "utf8"));

describe("examples/", () => {
  it("the clean example is the test suite's clean invoice", () => {
    expect(read("clean/doliprane-vitale.json")).toEqual(cleanInvoice());
  });

  it.each(Object.entries(expected))("%s raises exactly %j", (name, ruleIds) => {
    const report = checkInvoice(read(name));
    expect([...new Set(report.diagnostics.map((diagnostic) => diagnostic.ruleId))].sort()).toEqual([...ruleIds].sort());
    expect(report.ok).toBe(ruleIds.length === 0);
    if (name.startsWith("clean/")) expect(report.notEvaluated).toEqual([]);
  });
});
