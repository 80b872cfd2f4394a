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

/** The schema's top-level keys, in zod's order; test/model/json-schema.test.ts holds them equal to what zod writes. */
export const JSON_SCHEMA_KEYS = ["$schema", "type", "properties", "required", "additionalProperties", "description", "$id", "title"] as const;

let built: Record<string, unknown> | undefined;

/**
 * Built on first read, not at import: zod takes about 12 ms of a cold start to write it, and a checker
 * never reads it. Its keys are getters, so spreading, `JSON.stringify` and `Object.keys` see the schema.
 */
export const invoiceJsonSchema: Record<string, unknown> = /* @__PURE__ */ Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(JSON_SCHEMA_KEYS.map((key) => [key, { enumerable: true, get: () => (built ??= buildInvoiceJsonSchema())[key] }])),
  ),
);
