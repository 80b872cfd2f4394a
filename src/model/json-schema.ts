import * as z from "zod/mini";
import { invoiceSchema } from "./invoice.js";

/** JSON Schema (draft 2020-12) of what a caller may send, for LGOs written in C#, Delphi or Java. */
export function buildInvoiceJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(invoiceSchema, { io: "input", target: "draft-2020-12" }),
    $id: "https://unpkg.com/tiers-payant/docs/invoice.schema.json",
    title: "tiers-payant invoice",
  };
}

export const invoiceJsonSchema: Record<string, unknown> = /* @__PURE__ */ buildInvoiceJsonSchema();
