import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { checkInvoice, createChecker, invoiceFingerprints, parseInvoice, type Report } from "../../src/index.js";
import { MAX_INPUT_ISSUES } from "../../src/model/parse.js";
import { MAX_ELEMENTS } from "../../src/model/primitives.js";
import { root } from "../support/docs.js";
import { cleanInvoice } from "../support/fixtures.js";

const inputDiagnostics = (report: Report) => report.diagnostics.filter((diagnostic) => diagnostic.ruleId === "input/invalid");

describe("no input throws, however large", () => {
  const clean = cleanInvoice();
  const line = clean.lines[0]!;
  // Each of these threw RangeError (Maximum call stack size exceeded) from a spread of a long list.
  const brokenLines = { ...clean, lines: Array.from({ length: 123_000 }, () => ({ ...line, quantity: "x" })) };
  const fiveProblemsEach = { ...clean, lines: Array.from({ length: 25_000 }, () => ({ ...line, quantity: -1, unitPrice: 1, total: 2, atc: 5, list: "Z" })) };
  const validLines = { ...clean, lines: Array.from({ length: 130_000 }, () => line) };
  const unknownKeys = { ...clean, ...Object.fromEntries(Array.from({ length: 85_000 }, (_, index) => [`extra${index}`, index])) };

  it.each([
    ["123,000 invalid elements", brokenLines],
    ["25,000 lines with 5 problems each", fiveProblemsEach],
    ["130,000 valid lines", validLines],
    ["85,000 unknown keys", unknownKeys],
  ])("%s: a bounded report, never an exception", (name, invoice) => {
    const report = checkInvoice(invoice);
    const input = inputDiagnostics(report);
    expect(input.length).toBeGreaterThan(0);
    expect(input.length).toBeLessThanOrEqual(MAX_INPUT_ISSUES + 1);
    const parsed = parseInvoice(invoice, { locale: "en" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.diagnostics.length).toBeLessThanOrEqual(MAX_INPUT_ISSUES + 1);
    // Unknown keys leave every section valid: that invoice has its fingerprints.
    if (name !== "85,000 unknown keys") expect(invoiceFingerprints(invoice)).toEqual([]);
    // In a stream, the duplicate rule took the fingerprints of all lines with a spread.
    const checker = createChecker();
    expect(() => checker.checkNext(invoice)).not.toThrow();
    expect(() => checker.checkNext(invoice)).not.toThrow();
  });

  it("says how many problems it left out, and why", () => {
    const report = checkInvoice(unknownKeys, { locale: "en" });
    const last = inputDiagnostics(report).find((diagnostic) => diagnostic.message.startsWith("And"));
    expect(last?.message).toBe(`And ${85_000 - MAX_INPUT_ISSUES} more data problem(s), not listed: an invoice lists at most ${MAX_INPUT_ISSUES}.`);
    expect(last?.path).toEqual([]);
  });

  it(`refuses a list of more than ${MAX_ELEMENTS} elements as one diagnostic, and evaluates what does not read it`, () => {
    const report = checkInvoice({ ...clean, lines: Array.from({ length: MAX_ELEMENTS + 1 }, () => line) }, { locale: "en" });
    expect(inputDiagnostics(report).map((diagnostic) => [diagnostic.path, diagnostic.message])).toEqual([[["lines"], `Value out of range: received ${MAX_ELEMENTS + 1} elements, expected ≤ ${MAX_ELEMENTS} elements.`]]);
    expect(report.notEvaluated.some((entry) => entry.reason === "invalid data in: lines")).toBe(true);
    expect(checkInvoice({ ...clean, lines: Array.from({ length: MAX_ELEMENTS }, () => line) }).diagnostics.filter((d) => d.ruleId === "input/invalid")).toEqual([]);
  });

  it("holds in the CommonJS build too", () => {
    const require = createRequire(import.meta.url);
    const cjs = require(join(root, "dist/cjs/index.cjs")) as typeof import("../../src/index.js");
    expect(inputDiagnostics(cjs.checkInvoice(brokenLines)).length).toBeLessThanOrEqual(MAX_INPUT_ISSUES + 1);
    expect(cjs.parseInvoice(fiveProblemsEach).ok).toBe(false);
    expect(cjs.invoiceFingerprints(validLines)).toEqual([]);
  });
});

describe("no spread of a list into a call's arguments", () => {
  // f(...list) passes each element as an argument, on the stack: past about 120,000 it overflows.
  // Spreads into array and object literals are loops, and are fine. The few calls below spread
  // lists whose length the code bounds, each with the reason.
  const BOUNDED: readonly { readonly file: string; readonly call: string; readonly why: string }[] = [
    { file: "src/model/compiled.ts", call: "body.push(", why: "the generated code of the model's fields" },
    { file: "src/rules/prescription/quantity-over-limit.ts", call: "Math.min(", why: "the dispensing limits of one product, a few" },
    { file: "src/rules/prescription/quantity-over-limit.ts", call: "Math.max(", why: "the dispensing limits of one product, a few" },
    { file: "src/cli/format.ts", call: "Math.max(", why: "the rules of the catalogue" },
  ];
  const files = (directory: string): string[] =>
    readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
    });

  it("anywhere in src/", () => {
    const found: string[] = [];
    for (const path of files(join(root, "src"))) {
      const file = relative(root, path);
      readFileSync(path, "utf8")
        .split("\n")
        .forEach((text, index) => {
          if (text.trim().startsWith("//") || text.trim().startsWith("*")) return;
          // A call whose arguments start with, or continue with, a spread: name(...x) or name(a, ...x).
          for (const match of text.matchAll(/([A-Za-z_$][\w$.]*)\((?:[^()[\]{}]*,\s*)?\.\.\.(?!\w+\s*[:=])/g)) {
            const call = `${match[1]!.split(".").slice(-2).join(".")}(`;
            if (BOUNDED.some((bounded) => bounded.file === file && call.endsWith(bounded.call))) continue;
            // A function's rest parameter, (...parts: unknown[]), is not a spread.
            if (/\(\.\.\.\w+\s*:/.test(text.slice(match.index))) continue;
            found.push(`${file}:${index + 1}: ${text.trim()}`);
          }
        });
    }
    expect(found).toEqual([]);
  });
});
