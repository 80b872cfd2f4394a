import * as z from "zod/mini";
import { redactNirs } from "../identifiers/nir.js";
import { isIsoDate } from "./calendar.js";
import { didYouMean } from "./did-you-mean.js";
import { DEFAULT_DUPLICATE_WINDOW } from "./fingerprints.js";
import type { RuleId } from "../model/rule-ids.js";
import type { AnyRule, CheckOptions, Locale, Referential, RuleSettings, SeveritySetting, Waiver } from "./types.js";

export interface CheckerOptions extends CheckOptions {
  /** The rules to run; the whole catalogue when absent (`[...catalogue, mine]` runs both). */
  readonly rules?: readonly AnyRule[];
  /** Your own rules (`defineRule`), run beside the catalogue, or beside `rules` when given. */
  readonly extraRules?: readonly AnyRule[];
  /** Restricts the rules to these ids (after `rules`). */
  readonly only?: readonly RuleId[];
}

/** Options once checked: every default filled in, every date a `YYYY-MM-DD`. */
export interface ResolvedOptions {
  readonly locale: Locale;
  readonly asOf: string | undefined;
  readonly severity: Readonly<Record<string, SeveritySetting>>;
  readonly waivers: readonly Waiver[];
  readonly settings: Readonly<Record<string, RuleSettings>>;
  readonly trace: boolean;
  readonly history: ReadonlySet<string>;
  readonly duplicateWindow: number;
  readonly rules: readonly AnyRule[] | undefined;
  readonly extraRules: readonly AnyRule[];
  readonly only: readonly string[] | undefined;
  readonly referential: Referential | undefined;
}

/** A bad option is the caller's programming error, the one kind of error the library throws. */
export function optionError(problem: string): never {
  // Options are the caller's data too (a waiver's justification, a date typed wrong): no NIR in clear.
  throw new TypeError(redactNirs(`tiers-payant options: ${problem}`));
}

/** The largest duplicate window: 10 million fingerprints, about 1 GB. A bigger one is a typo, not a plan. */
export const MAX_DUPLICATE_WINDOW = 10_000_000;

const quoted = (value: unknown): string => {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value instanceof Date) return "a Date";
  if (typeof value === "object") return "an object";
  if (typeof value === "function") return "a function";
  return String(value);
};

const YYYY_MM_DD = "a YYYY-MM-DD date";
const isoDate = z.string({ error: `must be ${YYYY_MM_DD}` }).check(z.refine(isIsoDate, { error: (issue) => `must be ${YYYY_MM_DD}, got ${quoted(issue.input)}` }));
const severitySetting = z.enum(["error", "warning", "info", "off"], { error: (issue) => `must be "error", "warning", "info" or "off", got ${quoted(issue.input)}` });

const waiverSchema = z.strictObject(
  {
    ruleId: z.string({ error: "must be a rule id (a string)" }),
    path: z.optional(z.array(z.union([z.string(), z.number()]), { error: (issue) => `must be an array of field names and indexes, got ${quoted(issue.input)}` })),
    justification: z
      .string({ error: (issue) => `must be a text saying why the risk is accepted, got ${quoted(issue.input)}` })
      .check(z.refine((text) => text.trim() !== "", { error: "must say why the risk is accepted (it is empty)" })),
    until: isoDate,
  },
  { error: (issue) => (issue.code === "invalid_type" ? `must be an object { ruleId, justification, until, path? }, got ${quoted(issue.input)}` : undefined) },
);

const isIterable = (value: unknown): value is Iterable<unknown> =>
  typeof value === "object" && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";

const ruleLike = z.custom<AnyRule>(
  (value) => typeof value === "object" && value !== null && typeof (value as AnyRule).id === "string" && typeof (value as AnyRule).check === "function",
  { error: (issue) => `must be a rule made by defineRule, got ${quoted(issue.input)}` },
);

const wholeNumber = (issue: { readonly input?: unknown }) => `must be a whole number from 0 to ${MAX_DUPLICATE_WINDOW}, got ${quoted(issue.input)}`;

const checkerOptionsSchema = z.strictObject({
  // A Date is a moment, not a day: which day it is depends on a time zone the library will not guess.
  asOf: z.optional(
    z.string({
      error: (issue) =>
        issue.input instanceof Date
          ? `must be ${YYYY_MM_DD}, got a Date: which day a Date is depends on the time zone; calendarDay(date, "Europe/Paris") writes the pharmacy's day`
          : `must be ${YYYY_MM_DD}, got ${quoted(issue.input)}`,
    }).check(z.refine(isIsoDate, { error: (issue) => `must be ${YYYY_MM_DD}, got ${quoted(issue.input)}` })),
  ),
  locale: z.optional(z.enum(["fr", "en"], { error: (issue) => `must be "fr" or "en", got ${quoted(issue.input)}` })),
  severity: z.optional(
    z.record(z.string(), severitySetting, { error: (issue) => `must be an object { "<rule id>": "error" | "warning" | "info" | "off" }, got ${quoted(issue.input)}` }),
  ),
  waivers: z.optional(z.array(waiverSchema, { error: (issue) => `must be an array of waivers, got ${quoted(issue.input)}` })),
  settings: z.optional(
    z.record(
      z.string(),
      z.record(z.string(), z.union([z.boolean(), z.number(), z.string()]), { error: (issue) => `must be an object of setting values, got ${quoted(issue.input)}` }),
      { error: (issue) => `must be an object { "<rule id>": { "<setting>": value } }, got ${quoted(issue.input)}` },
    ),
  ),
  trace: z.optional(z.boolean({ error: (issue) => `must be true or false, got ${quoted(issue.input)}` })),
  // A string is iterable too: "abc" would be read as the fingerprints "a", "b" and "c".
  history: z.optional(
    z.custom<Iterable<string>>((value) => isIterable(value), { error: (issue) => `must be an iterable of fingerprints (from invoiceFingerprints), got ${quoted(issue.input)}` }),
  ),
  duplicateWindow: z.optional(
    z
      .number({ error: wholeNumber })
      .check(z.int({ error: wholeNumber }), z.gte(0, { error: wholeNumber }), z.lte(MAX_DUPLICATE_WINDOW, { error: wholeNumber })),
  ),
  rules: z.optional(z.array(ruleLike, { error: (issue) => `must be an array of rules, got ${quoted(issue.input)}` })),
  extraRules: z.optional(z.array(ruleLike, { error: (issue) => `must be an array of rules, got ${quoted(issue.input)}` })),
  only: z.optional(z.array(z.string({ error: "must be a rule id (a string)" }), { error: (issue) => `must be an array of rule ids, got ${quoted(issue.input)}` })),
  referential: z.optional(
    z.custom<Referential>((value) => typeof value === "object" && value !== null && typeof (value as Referential).product === "function", {
      error: (issue) => `must be a referential made by createReferential (tiers-payant/bdpm), got ${quoted(issue.input)}`,
    }),
  ),
});

const OPTION_NAMES = Object.keys(checkerOptionsSchema.shape);
const WAIVER_KEYS = Object.keys(waiverSchema.shape);

const optionPath = (path: readonly PropertyKey[]): string =>
  path.map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`)).join("");

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = optionPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    const inWaiver = issue.path[0] === "waivers";
    const known = inWaiver ? WAIVER_KEYS : OPTION_NAMES;
    return issue.keys
      .map((key) => `${inWaiver ? `${where}: unknown key` : "unknown option"} ${JSON.stringify(key)}${didYouMean(key, known)} (expected one of ${known.join(", ")})`)
      .join("; ");
  }
  return `${where} ${issue.message}`;
}

function parseWith<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) optionError(result.error.issues.map(describeIssue).join("; "));
  return result.data;
}

/** Checks the options of createChecker, checkInvoice and checkBatch; answers every mistake with a TypeError. */
export function resolveCheckerOptions(options: unknown): ResolvedOptions {
  if (options === undefined) options = {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) optionError(`options must be an object, got ${quoted(options)}`);
  const parsed = parseWith(checkerOptionsSchema, options);
  const history = new Set<string>();
  for (const fingerprint of parsed.history ?? []) {
    if (typeof fingerprint !== "string") optionError(`history must hold fingerprint strings (from invoiceFingerprints), got ${quoted(fingerprint)}`);
    history.add(fingerprint);
  }
  return {
    locale: parsed.locale ?? "fr",
    asOf: parsed.asOf,
    severity: parsed.severity ?? {},
    // Waivers name rules that exist: compileRules checks them against the rules it runs.
    waivers: (parsed.waivers ?? []).map(({ path, ...waiver }) => (path === undefined ? waiver : { ...waiver, path }) as Waiver),
    settings: parsed.settings ?? {},
    trace: parsed.trace ?? false,
    history,
    duplicateWindow: parsed.duplicateWindow ?? DEFAULT_DUPLICATE_WINDOW,
    rules: parsed.rules,
    extraRules: parsed.extraRules ?? [],
    only: parsed.only,
    referential: parsed.referential,
  };
}

const callOptionsSchema = z.strictObject({ asOf: checkerOptionsSchema.shape.asOf });

/** The options of one call (`check(input, { asOf })`): only the date of the check. */
export function resolveCallAsOf(options: unknown): string | undefined {
  if (options === undefined) return undefined;
  // The common call passes a string date: no schema for it.
  if (typeof options === "object" && options !== null && !Array.isArray(options)) {
    const keys = Object.keys(options);
    const asOf = (options as { asOf?: unknown }).asOf;
    if (keys.length === 0) return undefined;
    if (keys.length === 1 && keys[0] === "asOf" && isIsoDate(asOf)) return asOf;
  } else optionError(`the options of a check must be an object { asOf }, got ${quoted(options)}`);
  return parseWith(callOptionsSchema, options).asOf;
}

export function resolveLocale(locale: unknown): Locale {
  if (locale === undefined) return "fr";
  if (locale !== "fr" && locale !== "en") optionError(`locale must be "fr" or "en", got ${quoted(locale)}`);
  return locale;
}
