// The namespace, not `{ z }`: that object re-exports all of zod's locales, which bundlers then keep (about 360 KB minified).
import * as z from "zod";

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

/**
 * The most elements a list of the model holds: far above any real invoice (an FSE has a few lines,
 * a card a few periods), low enough that one pathological input costs that input only. Beyond it
 * the list is one input/invalid diagnostic and its section is not evaluated.
 */
export const MAX_ELEMENTS = 1_000;

/** A list of the model, at most MAX_ELEMENTS long. */
export const list = <Element extends z.ZodType>(element: Element) => z.array(element).max(MAX_ELEMENTS);

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
