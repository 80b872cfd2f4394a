import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { invoiceJsonSchema } from "../../src/index.js";
import { buildInvoiceJsonSchema, JSON_SCHEMA_KEYS } from "../../src/model/json-schema.js";
import { root } from "../support/docs.js";

const path = resolve(root, "docs/invoice.schema.json");
const rendered = `${JSON.stringify(buildInvoiceJsonSchema(), null, 2)}\n`;
if (process.env.UPDATE_DOCS) writeFileSync(path, rendered);

describe("invoice JSON Schema", () => {
  it("docs/invoice.schema.json is fresh (npm run docs regenerates it)", () => {
    expect(readFileSync(path, "utf8")).toBe(rendered);
  });
  it("is exported and describes the codes with their meanings", () => {
    expect(invoiceJsonSchema).toEqual(buildInvoiceJsonSchema());
    const text = JSON.stringify(invoiceJsonSchema);
    expect(text).toContain("30 = maternité");
    expect(text).toContain("7 = dispositif de prévention (exo 7)");
    expect((invoiceJsonSchema as { additionalProperties?: boolean }).additionalProperties).toBe(false);
  });
  it("built on first read, it shows every key zod writes, to spreading, JSON.stringify and Object.keys alike", () => {
    expect(Object.keys(buildInvoiceJsonSchema())).toEqual([...JSON_SCHEMA_KEYS]);
    expect(Object.keys(invoiceJsonSchema)).toEqual([...JSON_SCHEMA_KEYS]);
    expect(`${JSON.stringify(invoiceJsonSchema, null, 2)}\n`).toBe(rendered);
    expect({ ...invoiceJsonSchema }).toEqual(buildInvoiceJsonSchema());
    // The same object on every read: a caller may keep a reference to its parts.
    expect(invoiceJsonSchema.properties).toBe(invoiceJsonSchema.properties);
    expect(Object.isFrozen(invoiceJsonSchema)).toBe(true);
  });
});
