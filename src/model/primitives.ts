import { z } from "zod";

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDate = z.iso.date();

/**
 * A birth date exactly as read on the AMO support. Lunar dates (day 00, month 00 or > 12, 31/02)
 * are legal and must be transmitted as read (GIE SESAM-Vitale SFG).
 */
export const rawBirthDate = z
  .string()
  .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, "expected YYYY-MM-DD as read on the card (lunar dates allowed)")
  .describe("Birth date as read on the carte Vitale / attestation, YYYY-MM-DD; lunar dates (00, month > 12) allowed");

/** Euros as a decimal string with at most two decimals: money never crosses the API as a float. */
export const money = z
  .string()
  .regex(/^[0-9]{1,9}(?:\.[0-9]{1,2})?$/, "expected an amount in euros as a decimal string, e.g. \"12.30\"")
  .describe("Amount in euros as a decimal string with at most 2 decimals");

export const period = z.strictObject({
  from: isoDate.describe("First day, inclusive"),
  to: isoDate.optional().describe("Last day, inclusive; open-ended when absent"),
});

/** A code from one of the tables of `codes.ts`, with its meanings in the JSON Schema description. */
export function codeOf<const Table extends Record<string, string>>(table: Table, what: string) {
  const keys = Object.keys(table) as [keyof Table & string, ...(keyof Table & string)[]];
  const meanings = keys.map((key) => `${key} = ${table[key]}`).join("; ");
  return z.enum(keys).describe(`${what}: ${meanings}`);
}
