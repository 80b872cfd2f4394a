import { parseInput } from "../model/parse.js";
import { compileRules } from "./compile-rules.js";
import { evaluateInvoice } from "./evaluate.js";
import { FingerprintWindow, sentHistoryOf, type History } from "./fingerprints.js";
import { resolveCallAsOf, resolveCheckerOptions, type CheckerOptions } from "./options.js";
import { buildReport } from "./report.js";
import { checkStream } from "./streams.js";
import type { AnyRule, CheckOptions, Report, RuleMetadata } from "./types.js";

export type { CheckerOptions } from "./options.js";

export interface Checker {
  readonly rules: readonly RuleMetadata[];
  /** Checks one invoice against the caller's history; remembers nothing. */
  check(input: unknown, options?: Pick<CheckOptions, "asOf">): Report;
  /** Checks the next invoice of a stream you drive yourself, and remembers it for the duplicate rule. */
  checkNext(input: unknown, options?: Pick<CheckOptions, "asOf">): Report;
  checkBatch(inputs: Iterable<unknown>, options?: Pick<CheckOptions, "asOf">): Generator<Report, void, undefined>;
  checkBatch(inputs: AsyncIterable<unknown>, options?: Pick<CheckOptions, "asOf">): AsyncGenerator<Report, void, undefined>;
}

/**
 * A stream's checkNext split in two, for the CLI's worker threads (internal, not exported from the
 * package): workers check invoices `detached`, as if nothing had been seen before, and hand back the
 * fingerprints each invoice leaves; the one thread that owns the stream's window admits them in input
 * order (`FingerprintWindow.admit`) and has the rare invoice whose fingerprints were seen already
 * checked again with `recheck`. The reports are exactly those of checkNext over the same stream.
 */
export interface SplitChecker extends Checker {
  detached(input: unknown): { readonly report: Report; readonly fingerprints: readonly string[] };
  /** `seen`: the invoice's fingerprints seen before it, each with the place in the stream of the invoice that left it (undefined: already sent). */
  recheck(input: unknown, seen: ReadonlyMap<string, number | undefined>): Report;
}

/**
 * Builds a checker in the steps a reader can follow: options (checked, defaults filled in), then the
 * rules compiled once, then for each invoice: parse, evaluate on its date of care, report. The
 * catalogue is handed in by the package's entry point: the engine knows no rule of its own but
 * input/invalid, its contract.
 */
export function compileChecker(catalogue: readonly AnyRule[], options?: CheckerOptions): SplitChecker {
  const resolved = resolveCheckerOptions(options);
  const rules = compileRules(catalogue, resolved);
  const sent = resolved.history;
  const sentHistory = sentHistoryOf(sent);
  // One window per checker: a checker is one stream. Build another checker for another stream.
  const window = new FingerprintWindow(resolved.duplicateWindow, sent);
  // The place of the next invoice in the stream, so that a duplicate can name the one it repeats.
  let position = 0;
  const { locale, trace, waivers, referential } = resolved;

  function run(input: unknown, callOptions: unknown, history: History, remember: boolean): { report: Report; fingerprints: string[] } {
    const parsed = parseInput(input);
    const asOf = resolveCallAsOf(callOptions) ?? resolved.asOf ?? parsed.invoice.dispensingDate ?? null;
    const evaluation = evaluateInvoice(rules, parsed, asOf, { locale, trace, history, remember, referential });
    const report = buildReport(evaluation, { invoiceId: parsed.invoice.id, asOf, waivers, trace });
    return { report, fingerprints: evaluation.fingerprints };
  }

  const check = (input: unknown, callOptions?: Pick<CheckOptions, "asOf">): Report => run(input, callOptions, sentHistory, false).report;
  function checkNext(input: unknown, callOptions?: Pick<CheckOptions, "asOf">): Report {
    const { report, fingerprints } = run(input, callOptions, window, true);
    window.remember(fingerprints, position++);
    return report;
  }
  function checkBatch(inputs: Iterable<unknown>, batchOptions?: Pick<CheckOptions, "asOf">): Generator<Report, void, undefined>;
  function checkBatch(inputs: AsyncIterable<unknown>, batchOptions?: Pick<CheckOptions, "asOf">): AsyncGenerator<Report, void, undefined>;
  function checkBatch(inputs: Iterable<unknown> | AsyncIterable<unknown>, batchOptions?: Pick<CheckOptions, "asOf">) {
    // Checked now, not at the first invoice: a mistake is the caller's, at the call.
    resolveCallAsOf(batchOptions);
    return checkStream(inputs, (input) => checkNext(input, batchOptions));
  }
  const detached = (input: unknown) => run(input, undefined, sentHistory, true);
  function recheck(input: unknown, seen: ReadonlyMap<string, number | undefined>): Report {
    return run(input, undefined, { has: (fingerprint) => seen.has(fingerprint), positionOf: (fingerprint) => seen.get(fingerprint), empty: seen.size === 0 }, false).report;
  }
  return { rules: rules.metadata, check, checkNext, checkBatch, detached, recheck };
}

/** A checker for callers of the public API: the split parts stay internal. */
export function createChecker(catalogue: readonly AnyRule[], options?: CheckerOptions): Checker {
  const { rules, check, checkNext, checkBatch } = compileChecker(catalogue, options);
  return { rules, check, checkNext, checkBatch };
}
