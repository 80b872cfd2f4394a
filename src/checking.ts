// The engine with the catalogue: where the package hands its rules to the engine, which depends on
// nothing above it. src/index.ts exports these; the CLI's threads use compileChecker.
import { compileChecker as compileWithRules, createChecker as createWithRules, type Checker, type SplitChecker } from "./engine/check.js";
import { fingerprintsOf } from "./engine/invoice-fingerprints.js";
import { resolveCheckerOptions, type CheckerOptions } from "./engine/options.js";
import type { Locale, Report } from "./engine/types.js";
import { catalogue } from "./rules/index.js";

export type { Checker, CheckerOptions, SplitChecker };

/** Builds a checker once (rules, severities, locale, waivers) to check many invoices: the fast path. */
export const createChecker = (options?: CheckerOptions): Checker => createWithRules(catalogue, options);

/** The checker of the CLI's threads (internal: not exported from the package). */
export const compileChecker = (options?: CheckerOptions): SplitChecker => compileWithRules(catalogue, options);

// An LGO calls checkInvoice once per FSE, usually with nothing but a date and a language. `check`
// remembers nothing between calls, so those calls share one prebuilt checker per language instead of
// compiling the catalogue every time.
const sharedCheckers = new Map<Locale, Checker>();
const PER_CALL_OPTIONS: ReadonlySet<string> = new Set(["asOf", "locale"]);

/** Checks one invoice. Never throws on data: malformed input gives `input/invalid` diagnostics. */
export function checkInvoice(input: unknown, options: CheckerOptions = {}): Report {
  if (typeof options !== "object" || options === null || Array.isArray(options)) resolveCheckerOptions(options);
  const { locale = "fr", asOf } = options;
  if ((locale === "fr" || locale === "en") && Object.keys(options).every((key) => PER_CALL_OPTIONS.has(key))) {
    let checker = sharedCheckers.get(locale);
    if (checker === undefined) {
      checker = createChecker({ locale });
      sharedCheckers.set(locale, checker);
    }
    return checker.check(input, asOf === undefined ? undefined : { asOf });
  }
  return createChecker(options).check(input);
}

/** Checks a stream of invoices (sync or async iterable), yielding one report per invoice in order. */
export function checkBatch(inputs: Iterable<unknown>, options?: CheckerOptions): Generator<Report, void, undefined>;
export function checkBatch(inputs: AsyncIterable<unknown>, options?: CheckerOptions): AsyncGenerator<Report, void, undefined>;
export function checkBatch(
  inputs: Iterable<unknown> | AsyncIterable<unknown>,
  options?: CheckerOptions,
): Generator<Report, void, undefined> | AsyncGenerator<Report, void, undefined> {
  const checker = createChecker(options);
  return Symbol.asyncIterator in Object(inputs) ? checker.checkBatch(inputs as AsyncIterable<unknown>) : checker.checkBatch(inputs as Iterable<unknown>);
}

/**
 * The fingerprints of an invoice as the duplicate rule sees them, to build the `history` option
 * from invoices already sent. Empty for invalid input. Pseudonymous personal data: unkeyed hashes
 * of fields that include the NIR (docs/guide.md, "Duplicates across a stream").
 */
export const invoiceFingerprints = (input: unknown): string[] => fingerprintsOf(input, catalogue);
