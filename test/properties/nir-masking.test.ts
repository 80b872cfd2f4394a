import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkBatch, checkInvoice, createChecker, parseInvoice } from "../../src/index.js";
import { nirKey, redactNirs } from "../../src/identifiers/nir.js";
import { ean13Key } from "../../src/identifiers/checksums.js";
import { cleanInvoiceArbitrary } from "../arbitraries/clean-invoice.js";
import { runCli } from "../cli/support.js";
import type { RuleId } from "../../src/index.js";

// The README promises that no output carries a full NIR, whatever its separators. This test plants
// NIRs, written in every way a person or a program writes one, in every string field and key of
// generated invoices and in the options, runs every API and every CLI format, and searches every
// string of the output for the NIR's 13 characters once separators are taken out.

const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((list) => list.join(""));

/** 13 characters: any sex 1–8, year, month, département (Corsica's 2A and 2B included), commune and order. */
const nirBody = fc
  .tuple(
    fc.integer({ min: 1, max: 8 }),
    digits(2),
    fc.integer({ min: 1, max: 12 }).map((month) => String(month).padStart(2, "0")),
    fc.oneof(fc.integer({ min: 1, max: 95 }).map((code) => String(code).padStart(2, "0")), fc.constantFrom("2A", "2B")),
    digits(6),
  )
  .map(([sex, year, month, departement, rest]) => `${sex}${year}${month}${departement}${rest}`)
  // The one documented exception: 13 digits that are also a well-formed CIP13 product code stay readable.
  .filter((body) => !(/^340[01][0-9]{9}$/.test(body) && ean13Key(body) === Number(body[12])));

/** A NIR with its right key, a wrong key, or no key (a typo'd NIR is still personal data). */
const nir = fc.tuple(nirBody, fc.constantFrom("right", "wrong", "none")).map(([body, key]) => {
  const right = String(nirKey(body)).padStart(2, "0");
  const suffix = key === "right" ? right : key === "wrong" ? String((Number(right) + 1) % 100).padStart(2, "0") : "";
  return { body, written: body + suffix };
});

const SEPARATORS = [" ", "  ", "\u00a0", "\t", "\u202f", "\u200b", "\u200c", "\u2060", "\ufeff", "\u00ad", ".", "-", "_", "/", "\u2013", "\u2014", "\u00b7", " . ", "\n"];

/** The groupings people use: the card's (1 2 2 2 3 3 2), pairs, threes, one by one, or none. */
const groupings = [[1, 2, 2, 2, 3, 3, 2], [2, 2, 2, 2, 2, 2, 2, 1], [3, 3, 3, 3, 3], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [15]];

/** A NIR as written: grouped, with separators (one kind or mixed), alone or inside a longer number or a word. */
const writtenNir = fc
  .tuple(nir, fc.constantFrom(...groupings), fc.array(fc.constantFrom(...SEPARATORS), { minLength: 1, maxLength: 3 }), fc.constantFrom("alone", "in-number", "in-text", "in-word"), digits(3))
  .map(([{ body, written }, grouping, separators, setting, noise]) => {
    const groups: string[] = [];
    let at = 0;
    for (const size of grouping) {
      if (at >= written.length) break;
      groups.push(written.slice(at, at + size));
      at += size;
    }
    if (at < written.length) groups.push(written.slice(at));
    const text = groups.map((group, index) => (index === 0 ? group : separators[index % separators.length]! + group)).join("");
    const placed = setting === "alone" ? text : setting === "in-number" ? `${noise}${text}${noise}` : setting === "in-text" ? `NIR : ${text}, merci` : `ID${text}x`;
    return { body, text: placed };
  });

type Planted = { readonly body: string; readonly text: string };

/** Every string of a value, its keys included, each on its own. */
function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, into);
  else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      into.push(key);
      stringsOf(child, into);
    }
  }
  return into;
}

/** A text as a reader would take it: escapes (`\u0009`) read back, then every character but letters, digits and stars taken out. */
const collapsed = (text: string): string =>
  text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
    .toUpperCase()
    .replace(/[^0-9A-Z*]/g, "");

function expectNoNir(texts: readonly string[], bodies: readonly string[]): void {
  for (const text of texts) {
    const seen = collapsed(text);
    for (const body of bodies) if (seen.includes(body)) expect.fail(`a full NIR (${body.slice(0, 7)}…) in the output: ${JSON.stringify(text).slice(0, 300)}`);
  }
}

/** The string fields of an invoice, by path, and the objects a key can be added to. */
function placesOf(value: unknown, path: (string | number)[] = [], strings: (string | number)[][] = [], objects: (string | number)[][] = []) {
  if (typeof value === "string") strings.push(path);
  else if (Array.isArray(value)) value.forEach((item, index) => placesOf(item, [...path, index], strings, objects));
  else if (typeof value === "object" && value !== null) {
    objects.push(path);
    for (const [key, child] of Object.entries(value)) placesOf(child, [...path, key], strings, objects);
  }
  return { strings, objects };
}

function setAt(root: unknown, path: readonly (string | number)[], change: (value: unknown) => unknown): unknown {
  if (path.length === 0) return change(root);
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, change);
  return copy;
}

/** A generated invoice with NIRs planted: in its id, in string fields (whole or inside text), and as key names. */
const plantedInvoice = fc
  .tuple(cleanInvoiceArbitrary, fc.array(writtenNir, { minLength: 3, maxLength: 3 }), fc.nat(), fc.nat(), fc.boolean())
  .map(([clean, planted, fieldChoice, objectChoice, wholeField]) => {
    const [inId, inField, asKey] = planted as [Planted, Planted, Planted];
    const { strings, objects } = placesOf(clean.invoice);
    let invoice: unknown = { ...clean.invoice, id: inId.text };
    const field = strings[fieldChoice % strings.length]!;
    invoice = setAt(invoice, field, () => (wholeField ? inField.text : `${inField.text} `));
    const object = objects[objectChoice % objects.length]!;
    invoice = setAt(invoice, object, (value) => ({ ...(value as object), [asKey.text]: 1 }));
    return { invoice, asOf: clean.asOf, bodies: [inId.body, inField.body, asKey.body] };
  });

const NO_NIR_RUNS = Number(process.env.DOMAIN_RUNS ?? 1) * 150;

describe("no full NIR in any output", () => {
  it("redactNirs masks a NIR written in any of these ways", () => {
    fc.assert(
      fc.property(writtenNir, ({ body, text }) => {
        expectNoNir([redactNirs(text)], [body]);
      }),
      { numRuns: 2_000 },
    );
  });

  it("in every report, parse result and option error of the library", () => {
    fc.assert(
      fc.property(plantedInvoice, writtenNir, ({ invoice, asOf, bodies }, inOption) => {
        const all = [...bodies, inOption.body];
        const outputs: unknown[] = [
          checkInvoice(invoice, { asOf }),
          checkInvoice(invoice, { asOf, locale: "en", trace: true }),
          parseInvoice(invoice),
          createChecker({ waivers: [{ ruleId: "input/invalid", justification: `accord ${inOption.text}`, until: "2999-12-31" }] }).checkNext(invoice, { asOf }),
          [...checkBatch([invoice, invoice], { asOf })],
        ];
        // Options are the caller's data too: a NIR in a mistyped option never reaches an error message.
        const mistakes: (() => unknown)[] = [
          () => checkInvoice(invoice, { asOf: inOption.text }),
          () => createChecker({ only: [inOption.text as RuleId] }),
          () => createChecker({ severity: { [inOption.text as RuleId]: "off" } }),
          () => createChecker({ settings: { [inOption.text as RuleId]: {} } }),
          () => createChecker({ waivers: [{ ruleId: inOption.text as RuleId, justification: "x", until: "2999-12-31" }] }),
          () => createChecker({ waivers: [{ ruleId: "input/invalid", justification: "x", until: inOption.text }] }),
          () => createChecker({ [inOption.text]: true } as never),
        ];
        for (const mistake of mistakes) {
          try {
            mistake();
          } catch (error) {
            outputs.push((error as Error).message);
            continue;
          }
          expect.fail("a mistyped option was accepted");
        }
        expectNoNir(stringsOf(JSON.parse(JSON.stringify(outputs))), all);
      }),
      { numRuns: NO_NIR_RUNS },
    );
  });

  it("in every CLI format, on stdout and stderr, file names and JSON errors included", async () => {
    const cases = fc.sample(plantedInvoice, { numRuns: 40, seed: 17 });
    const names = fc.sample(writtenNir.filter(({ text }) => !/[\n/\u0000]/.test(text)), { numRuns: 3, seed: 18 });
    const directory = mkdtempSync(join(tmpdir(), "tiers-payant-nir-"));
    const ndjson = join(directory, `lot-${names[0]!.text}.ndjson`);
    // A line that is not JSON: V8's message quotes the text around the fault, a NIR with it.
    const broken = `{"id": ${JSON.stringify(names[1]!.text)} ${names[1]!.text}}`;
    writeFileSync(ndjson, `${cases.map(({ invoice }) => JSON.stringify(invoice)).join("\n")}\n${broken}\n`);
    const document = join(directory, `facture-${names[2]!.text}.json`);
    writeFileSync(document, `\ufeff${JSON.stringify(cases[0]!.invoice)}`);
    const config = join(directory, "config.json");
    writeFileSync(config, JSON.stringify({ waivers: [{ ruleId: "input/invalid", justification: `accord ${names[0]!.text}`, until: "2999-12-31" }] }));
    const bodies = [...cases.flatMap(({ bodies }) => bodies), ...names.map(({ body }) => body)];
    for (const format of ["pretty", "json", "ndjson"]) {
      const result = await runCli(["check", ndjson, document, "--format", format, "--config", config, "--as-of", "2026-12-01"]);
      expect(result.status).toBe(2);
      const stdout = format === "pretty" ? result.stdout.split("\n") : stringsOf(format === "json" ? JSON.parse(result.stdout) : result.stdout.trim().split("\n").map((line) => JSON.parse(line)));
      expectNoNir([...stdout, ...result.stderr.split("\n")], bodies);
      expect(result.stdout.length).toBeGreaterThan(1_000);
    }
    // Option errors of the CLI quote what was typed.
    for (const args of [["--as-of", names[0]!.text], ["--config", join(directory, `${names[1]!.text}.json`)], ["--format", names[2]!.text]]) {
      const result = await runCli(["check", ndjson, ...args]);
      expect(result.status).toBe(2);
      expectNoNir([...result.stdout.split("\n"), ...result.stderr.split("\n")], bodies);
    }
  }, 60_000);
});
