import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { invoiceJsonSchema } from "../../src/index.js";
import { buildInvoiceJsonSchema } from "../../src/model/json-schema.js";
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
});
