import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkInvoice, invoiceSchema } from "../src/index.js";
import { undecidedButReferential } from "./support/bdpm.js";
import { root } from "./support/docs.js";
import { fieldReference } from "./support/field-reference.js";

// The complete invoice a new user copies: the clean example, in the README and at the top of the
// guide, generated from examples/clean/doliprane-vitale.json so that the three never drift.
const examplePath = resolve(root, "examples/clean/doliprane-vitale.json");
const example = JSON.parse(readFileSync(examplePath, "utf8")) as unknown;
const START = "<!-- generated: complete invoice (npm run docs) -->";
const END = "<!-- end generated -->";
const block = [START, "```json", JSON.stringify(example, null, 2), "```", END].join("\n");
const withBlock = (text: string) => text.replace(new RegExp(`${START.replace(/[()]/g, "\\$&")}[\\s\\S]*?${END}`), block);

const documents = ["README.md", "docs/guide.md"].map((name) => resolve(root, name));
const fieldsPath = resolve(root, "docs/fields.md");
if (process.env.UPDATE_DOCS) {
  for (const path of documents) writeFileSync(path, withBlock(readFileSync(path, "utf8")));
  writeFileSync(fieldsPath, fieldReference(example));
}

describe("a complete invoice to copy", () => {
  it("is in the README and the guide, as examples/clean/doliprane-vitale.json", () => {
    for (const path of documents) expect(readFileSync(path, "utf8"), path).toContain(block);
  });
  it("is valid, clean and complete: no diagnostic, and nothing left unevaluated but the referential's rules", () => {
    expect(invoiceSchema.safeParse(example).success).toBe(true);
    const report = checkInvoice(example, { locale: "en" });
    expect(report.diagnostics).toEqual([]);
    expect(undecidedButReferential(report.notEvaluated)).toEqual([]);
  });
});

describe("docs/fields.md", () => {
  it("is fresh: every field of the model, generated (npm run docs)", () => {
    expect(readFileSync(fieldsPath, "utf8")).toBe(fieldReference(example));
  });
  it("names every field of the invoice and its required ones", () => {
    const text = readFileSync(fieldsPath, "utf8");
    for (const name of Object.keys(invoiceSchema.shape)) expect(text).toContain(`| \`${name}\` |`);
    expect(text).toContain("| `amc.contract` | string | no |");
    expect(text).toContain("| `lines[].amounts.amo` | money `\"12.30\"` | **yes** |");
    expect(text).toContain("| `prescription.prescriber.kind` |");
  });
});
