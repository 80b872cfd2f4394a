// zod/mini: the same engine as zod (zod/v4/core), with functions in place of methods, so that a
// bundler keeps only what the model uses (a browser bundle of the checker: docs/performance.md).
import * as z from "zod/mini";

/**
 * A copy of a schema with its description, for the JSON Schema, the field reference and the JSDoc of
 * the types. Registered as zod's own `.describe()` does it (a clone in the global registry), never as a
 * check: a description costs nothing when an invoice is validated.
 */
export function described<Schema extends z.ZodMiniType>(schema: Schema, description: string): Schema {
  const copy = z.clone(schema);
  z.globalRegistry.add(copy, { description });
  return copy;
}

/** An optional field, with its description when it has one. */
export const optional = <Schema extends z.ZodMiniType>(schema: Schema, description?: string) =>
  description === undefined ? z.optional(schema) : described(z.optional(schema), description);

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDate = z.iso.date();

/**
 * A birth date exactly as read on the AMO support. Lunar dates (day 00, month 00 or > 12, 31/02)
 * are legal and must be transmitted as read (GIE SESAM-Vitale SFG).
 */
export const rawBirthDate = described(
  z.string().check(z.regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, "expected YYYY-MM-DD as read on the card (lunar dates allowed)")),
  "Birth date as read on the carte Vitale / attestation, YYYY-MM-DD; lunar dates (00, month > 12) allowed",
);

/** Euros as a decimal string with at most two decimals: money never crosses the API as a float. */
export const money = described(
  z.string().check(z.regex(/^[0-9]{1,9}(?:\.[0-9]{1,2})?$/, "expected an amount in euros as a decimal string, e.g. \"12.30\"")),
  "Amount in euros as a decimal string with at most 2 decimals",
);

/** A whole number, with its bounds as checks (`z.gte(0)`, `z.positive()`). */
export const integer = (...checks: z.core.$ZodCheck<number>[]) => z.number().check(z.int(), ...checks);

/** A text of at least one character. */
export const nonEmpty = () => z.string().check(z.minLength(1));

/**
 * The most elements a list of the model holds: far above any real invoice (an FSE has a few lines,
 * a card a few periods), low enough that one pathological input costs that input only. Beyond it
 * the list is one input/invalid diagnostic and its section is not evaluated.
 */
export const MAX_ELEMENTS = 1_000;

/** A list of the model, at most MAX_ELEMENTS long. */
export const list = <Element extends z.ZodMiniType>(element: Element) => z.array(element).check(z.maxLength(MAX_ELEMENTS));

export const period = z.strictObject({
  from: described(isoDate, "First day, inclusive"),
  to: optional(isoDate, "Last day, inclusive; open-ended when absent"),
});

/** A code from one of the tables of `codes.ts`, with its meanings in the JSON Schema description. */
export function codeOf<const Table extends Record<string, string>>(table: Table, what: string) {
  const keys = Object.keys(table) as [keyof Table & string, ...(keyof Table & string)[]];
  const meanings = keys.map((key) => `${key} = ${table[key]}`).join("; ");
  return described(z.enum(keys), `${what}: ${meanings}`);
}
