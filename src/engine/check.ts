import { redactNirs } from "../identifiers/nir.js";
import { parseInput, type JsonPath } from "../model/parse.js";
import type { Section } from "../model/sections.js";
import { catalogue } from "../rules/index.js";
import { inputInvalid } from "../rules/input/invalid.js";
import { rulesVersion } from "../version.js";
import { isIsoDate, isWithin, toIsoDate } from "./calendar.js";
import { DEFAULT_DUPLICATE_WINDOW, FingerprintWindow, type History } from "./fingerprints.js";
import { Money, toCents } from "./money.js";
import { toMetadata } from "./metadata.js";
import { compareDiagnostics, toDiagnostic } from "./diagnostics.js";
import { optionError, resolveLocale } from "./options.js";
import type {
  AmountAtRisk,
  AnyRule,
  CheckOptions,
  Diagnostic,
  Locale,
  Payer,
  Report,
  RuleMetadata,
  RuleSettings,
  Severity,
  SeveritySetting,
  SkipReason,
  Trace,
  Waiver,
} from "./types.js";

export interface CheckerOptions extends CheckOptions {
  /** The rules to run; the whole catalogue when absent. Custom rules from `defineRule` go here too. */
  readonly rules?: readonly AnyRule[];
  /** Restricts the rules to these ids (after `rules`). */
  readonly only?: readonly string[];
}

export interface Checker {
  readonly rules: readonly RuleMetadata[];
  /** Checks one invoice against the caller's history; remembers nothing. */
  check(input: unknown, options?: Pick<CheckOptions, "asOf">): Report;
  /** Checks the next invoice of a stream you drive yourself, and remembers it for the duplicate rule. */
  checkNext(input: unknown, options?: Pick<CheckOptions, "asOf">): Report;
  checkBatch(inputs: Iterable<unknown>, options?: Pick<CheckOptions, "asOf">): Generator<Report, void, undefined>;
  checkBatch(inputs: AsyncIterable<unknown>, options?: Pick<CheckOptions, "asOf">): AsyncGenerator<Report, void, undefined>;
}

interface CompiledRule {
  readonly rule: AnyRule;
  readonly settings: RuleSettings;
  readonly severity: SeveritySetting;
  readonly overridden: boolean;
  readonly reads: readonly Section[];
}

const NONE: readonly Section[] = [];

const NOTHING_AT_RISK: AmountAtRisk = Object.freeze({ amo: "0.00", amc: "0.00", patient: "0.00" });

const SETTINGS = new Set<SeveritySetting>(["error", "warning", "info", "off"]);

const NO_DATE_OF_CARE = {
  fr: "aucune date de soins : la date de délivrance est absente ou illisible",
  en: "no date of care: the dispensing date is missing or unreadable",
} as const;

function resolveAsOf(asOf: string | Date | undefined): string | undefined {
  if (asOf === undefined) return undefined;
  if (asOf instanceof Date) {
    if (Number.isNaN(asOf.getTime())) optionError("asOf is an invalid Date");
    return toIsoDate(asOf);
  }
  if (!isIsoDate(asOf)) optionError(`asOf must be a YYYY-MM-DD date, got ${JSON.stringify(asOf)}`);
  return asOf;
}

function validateWaivers(waivers: readonly Waiver[], known: ReadonlySet<string>): void {
  for (const waiver of waivers) {
    if (!known.has(waiver.ruleId)) optionError(`waiver for unknown rule ${JSON.stringify(waiver.ruleId)}`);
    if (!waiver.justification?.trim()) optionError(`waiver for ${waiver.ruleId} needs a justification`);
    if (!isIsoDate(waiver.until)) optionError(`waiver for ${waiver.ruleId} needs until as YYYY-MM-DD`);
  }
}

const startsWith = (path: JsonPath, prefix: JsonPath): boolean =>
  prefix.length <= path.length && prefix.every((part, index) => path[index] === part);

const pathKey = (path: JsonPath): string => path.join("\u0000");

/**
 * Where a diagnostic's money lies: the line it names (two rules on one line, whatever field each
 * names, describe one loss of that line's share), or its path when it names no line.
 */
const lossKey = (path: JsonPath): string => (path[0] === "lines" && typeof path[1] === "number" ? `lines\u0000${path[1]}` : pathKey(path));

/**
 * Sums what each payer will not pay. Two rules flagging the same line describe one loss, not two:
 * per payer and per line (or per path outside the lines), only the largest amount counts.
 */
function sumAmountAtRisk(diagnostics: readonly Diagnostic[]): AmountAtRisk {
  // Most invoices put nothing at risk: no decimal arithmetic for them.
  if (!diagnostics.some((diagnostic) => diagnostic.amountAtRisk !== undefined)) return { ...NOTHING_AT_RISK };
  const largest = new Map<string, { payer: Payer; amount: Money }>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.amountAtRisk === undefined) continue;
    const key = `${diagnostic.payer}\u0001${lossKey(diagnostic.path)}`;
    const amount = new Money(diagnostic.amountAtRisk);
    const current = largest.get(key);
    if (!current || amount.greaterThan(current.amount)) largest.set(key, { payer: diagnostic.payer, amount });
  }
  const totals: Record<Payer, Money> = { amo: new Money(0), amc: new Money(0), patient: new Money(0) };
  for (const { payer, amount } of largest.values()) totals[payer] = totals[payer].plus(amount);
  return { amo: toCents(totals.amo), amc: toCents(totals.amc), patient: toCents(totals.patient) };
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
  recheck(input: unknown, seen: readonly string[]): Report;
}

/** Builds a checker once (rules, severities, locale, waivers) to check many invoices: the fast path. */
export function createChecker(options: CheckerOptions = {}): Checker {
  const { rules, check, checkNext, checkBatch } = compileChecker(options);
  return { rules, check, checkNext, checkBatch };
}

export function compileChecker(options: CheckerOptions = {}): SplitChecker {
  const locale = resolveLocale(options.locale);
  let selected = options.rules ?? catalogue;
  const known = new Set<string>([inputInvalid.id, ...selected.map((rule) => rule.id)]);
  if (known.size !== selected.length + 1) optionError("two rules share an id");
  if (options.only) {
    for (const id of options.only) if (!known.has(id)) optionError(`only: unknown rule ${JSON.stringify(id)}`);
    const only = new Set(options.only);
    selected = selected.filter((rule) => only.has(rule.id));
  }
  const overrides = options.severity ?? {};
  for (const [id, setting] of Object.entries(overrides)) {
    if (!known.has(id)) optionError(`severity: unknown rule ${JSON.stringify(id)}`);
    if (!SETTINGS.has(setting)) optionError(`severity of ${id} must be error, warning, info or off`);
  }
  const waivers = options.waivers ?? [];
  validateWaivers(waivers, known);
  const defaultAsOf = resolveAsOf(options.asOf);
  const windowSize = options.duplicateWindow ?? DEFAULT_DUPLICATE_WINDOW;
  if (!Number.isInteger(windowSize) || windowSize < 0) optionError("duplicateWindow must be a whole number ≥ 0");
  const sent: ReadonlySet<string> = new Set(options.history ?? []);
  const sentHistory: History = { has: (fingerprint) => sent.has(fingerprint), empty: sent.size === 0 };
  // One window per checker: a checker is one stream. Build another checker for another stream.
  const window = new FingerprintWindow(windowSize, sent);
  const wantTrace = options.trace === true;
  const inputSeverity = overrides[inputInvalid.id] ?? inputInvalid.severity;

  const userSettings = options.settings ?? {};
  for (const [id, values] of Object.entries(userSettings)) {
    const rule = selected.find((candidate) => candidate.id === id);
    if (!rule) optionError(`settings: unknown rule ${JSON.stringify(id)}`);
    for (const [name, value] of Object.entries(values)) {
      const defaultValue = rule.settings?.[name];
      if (defaultValue === undefined) optionError(`settings: rule ${id} has no setting ${JSON.stringify(name)}`);
      if (typeof value !== typeof defaultValue) optionError(`settings: ${id}.${name} must be a ${typeof defaultValue}`);
    }
  }

  const compiled: CompiledRule[] = selected.map((rule) => ({
    rule,
    settings: Object.freeze({ ...rule.settings, ...userSettings[rule.id] }),
    severity: overrides[rule.id] ?? rule.severity,
    overridden: overrides[rule.id] !== undefined,
    reads: [...new Set(rule.reads)],
  }));

  function check(input: unknown, checkOptions?: Pick<CheckOptions, "asOf">): Report {
    return run(input, checkOptions, sentHistory, false).report;
  }

  function checkNext(input: unknown, checkOptions?: Pick<CheckOptions, "asOf">): Report {
    const { report, fingerprints } = run(input, checkOptions, window, true);
    window.remember(fingerprints);
    return report;
  }

  function run(
    input: unknown,
    checkOptions: Pick<CheckOptions, "asOf"> | undefined,
    history: History,
    remember: boolean,
  ): { report: Report; fingerprints: string[] } {
    const parsed = parseInput(input);
    const fingerprints: string[] = [];
    // Two dates: the date of care (the dispensing date), on which the law, ages and rights are read;
    // and the date of the check, which only lateness and "dispensed in the future" read.
    const dateOfCare = parsed.invoice.dispensingDate;
    const explicitAsOf = resolveAsOf(checkOptions?.asOf) ?? defaultAsOf;
    const asOf = explicitAsOf ?? dateOfCare ?? null;
    const diagnostics: Diagnostic[] = [];
    const notEvaluated: { ruleId: string; reason: string }[] = [];
    const ran: { ruleId: string; reads: readonly Section[]; findings: number }[] = [];
    const skipped: { ruleId: string; reason: SkipReason }[] = [];

    if (inputSeverity !== "off") {
      for (const issue of parsed.issues) {
        diagnostics.push(toDiagnostic(inputInvalid, inputSeverity, issue, locale));
      }
    }

    for (const { rule, severity, overridden, reads, settings } of compiled) {
      if (severity === "off") {
        if (wantTrace) skipped.push({ ruleId: rule.id, reason: "off" });
        continue;
      }
      if (dateOfCare === undefined) {
        notEvaluated.push({ ruleId: rule.id, reason: NO_DATE_OF_CARE[locale] });
        continue;
      }
      // A rule is law on the date of care, whenever the check runs.
      if (!isWithin(dateOfCare, rule.effective)) {
        if (wantTrace) skipped.push({ ruleId: rule.id, reason: "not-effective" });
        continue;
      }
      const broken = parsed.invalidSections.size === 0 ? NONE : reads.filter((section) => parsed.invalidSections.has(section));
      if (broken.length > 0) {
        notEvaluated.push({
          ruleId: rule.id,
          reason: locale === "fr" ? `données invalides dans : ${broken.join(", ")}` : `invalid data in: ${broken.join(", ")}`,
        });
        if (wantTrace) skipped.push({ ruleId: rule.id, reason: "input-invalid" });
        continue;
      }
      const view = parsed.invoice as never;
      try {
        if (rule.appliesTo && !rule.appliesTo(view)) {
          if (wantTrace) skipped.push({ ruleId: rule.id, reason: "not-applicable" });
          continue;
        }
        const outcome = rule.check({ invoice: parsed.invoice, dateOfCare, asOf: asOf ?? dateOfCare, settings, history } as never);
        // Only a stream remembers fingerprints: a single check need not hash anything.
        if (remember && rule.fingerprints) fingerprints.push(...rule.fingerprints(view));
        if ("notEvaluated" in outcome) {
          notEvaluated.push({ ruleId: rule.id, reason: outcome.notEvaluated[locale] });
          continue;
        }
        for (const finding of outcome) {
          const findingSeverity = overridden ? (severity as Severity) : (finding.severity ?? (severity as Severity));
          diagnostics.push(toDiagnostic(rule, findingSeverity, finding, locale));
        }
        if (wantTrace) ran.push({ ruleId: rule.id, reads: rule.reads, findings: outcome.length });
      } catch (error) {
        // A rule must never throw on data; if one does, the report says so instead of crashing the LGO.
        const detail = error instanceof Error ? error.message : String(error);
        notEvaluated.push({ ruleId: rule.id, reason: `internal error: ${redactNirs(detail)}` });
      }
    }

    const kept: Diagnostic[] = [];
    const waived: Diagnostic[] = [];
    for (const diagnostic of diagnostics) {
      const waiver =
        asOf === null
          ? undefined
          : waivers.find(
              (candidate) =>
                candidate.ruleId === diagnostic.ruleId &&
                asOf <= candidate.until &&
                (candidate.path === undefined || startsWith(diagnostic.path, candidate.path)),
            );
      if (waiver) waived.push({ ...diagnostic, waiver: { justification: waiver.justification, until: waiver.until } });
      else kept.push(diagnostic);
    }
    kept.sort(compareDiagnostics);
    waived.sort(compareDiagnostics);
    // The report must not depend on the order rules were given in.
    notEvaluated.sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
    const trace: Trace | undefined = wantTrace ? { ran, skipped } : undefined;
    const report: Report = {
      ok: !kept.some((diagnostic) => diagnostic.severity === "error"),
      invoiceId: typeof parsed.invoice.id === "string" ? parsed.invoice.id : null,
      diagnostics: kept,
      notEvaluated,
      waived,
      amountAtRisk: sumAmountAtRisk(kept),
      asOf,
      rulesVersion,
      ...(trace && { trace }),
    };
    return { report, fingerprints };
  }

  function* checkIterable(inputs: Iterable<unknown>, batchOptions?: Pick<CheckOptions, "asOf">): Generator<Report, void, undefined> {
    for (const input of inputs) yield checkNext(input, batchOptions);
  }
  async function* checkAsyncIterable(
    inputs: AsyncIterable<unknown>,
    batchOptions?: Pick<CheckOptions, "asOf">,
  ): AsyncGenerator<Report, void, undefined> {
    for await (const input of inputs) yield checkNext(input, batchOptions);
  }
  function checkBatch(inputs: Iterable<unknown>, batchOptions?: Pick<CheckOptions, "asOf">): Generator<Report, void, undefined>;
  function checkBatch(inputs: AsyncIterable<unknown>, batchOptions?: Pick<CheckOptions, "asOf">): AsyncGenerator<Report, void, undefined>;
  function checkBatch(inputs: Iterable<unknown> | AsyncIterable<unknown>, batchOptions?: Pick<CheckOptions, "asOf">) {
    if (inputs !== null && typeof inputs === "object" && Symbol.asyncIterator in inputs) {
      return checkAsyncIterable(inputs as AsyncIterable<unknown>, batchOptions);
    }
    return checkIterable(inputs as Iterable<unknown>, batchOptions);
  }

  function detached(input: unknown) {
    return run(input, undefined, sentHistory, true);
  }
  function recheck(input: unknown, seen: readonly string[]): Report {
    const known = new Set(seen);
    return run(input, undefined, { has: (fingerprint) => known.has(fingerprint), empty: known.size === 0 }, false).report;
  }

  const metadata = Object.freeze([inputInvalid, ...selected].map(toMetadata));
  return { rules: metadata, check, checkNext, checkBatch, detached, recheck };
}

// An LGO calls checkInvoice once per FSE, usually with nothing but a date and a language. `check`
// remembers nothing between calls, so those calls share one prebuilt checker per language instead of
// compiling the catalogue every time.
const sharedCheckers = new Map<Locale, Checker>();
const PER_CALL_OPTIONS: ReadonlySet<string> = new Set(["asOf", "locale"]);

/** Checks one invoice. Never throws on data: malformed input gives `input/invalid` diagnostics. */
export function checkInvoice(input: unknown, options: CheckerOptions = {}): Report {
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
  options: CheckerOptions = {},
): Generator<Report, void, undefined> | AsyncGenerator<Report, void, undefined> {
  const checker = createChecker(options);
  return Symbol.asyncIterator in Object(inputs)
    ? checker.checkBatch(inputs as AsyncIterable<unknown>)
    : checker.checkBatch(inputs as Iterable<unknown>);
}
