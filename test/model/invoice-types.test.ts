import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { Invoice, InvoiceInput, invoiceSchema } from "../../src/index.js";
import type { InvoiceFields } from "../../src/model/invoice-types.js";
import { root } from "../support/docs.js";
import { invoiceTypes } from "../support/invoice-types.js";

const path = resolve(root, "src/model/invoice-types.ts");
if (process.env.UPDATE_DOCS) writeFileSync(path, invoiceTypes());

describe("the invoice's TypeScript interface", () => {
  it("src/model/invoice-types.ts is fresh (npm run docs regenerates it)", () => {
    expect(readFileSync(path, "utf8")).toBe(invoiceTypes());
  });
  it("is the type zod infers from the schema, input and output, with a description on its fields", () => {
    expectTypeOf<InvoiceFields>().toEqualTypeOf<z.output<typeof invoiceSchema>>();
    expectTypeOf<InvoiceFields>().toEqualTypeOf<z.input<typeof invoiceSchema>>();
    expectTypeOf<Invoice>().toEqualTypeOf<InvoiceFields>();
    expectTypeOf<InvoiceInput>().toEqualTypeOf<InvoiceFields>();
    expect(readFileSync(path, "utf8")).toContain("/** Date d'exécution (delivery) */\n  dispensingDate: string;");
  });
});
