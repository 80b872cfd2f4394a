import type { ParsedInput } from "../model/parse.js";
import type { Section } from "../model/sections.js";
import { redactNirs } from "../identifiers/nir.js";
import type { CompiledRules } from "./compile-rules.js";
import { toDiagnostic } from "./diagnostics.js";
import type { History } from "./fingerprints.js";
import { withReferentialFacts } from "./enrich.js";
import { inputInvalid } from "./input-invalid.js";
import type { RuleId } from "../model/rule-ids.js";
import type { Diagnostic, Finding, Locale, NotEvaluated, Referential, RuleContext, RuleSettings, Severity, SkipReason } from "./types.js";

/** What the rules found of one invoice, before waivers, order and sums make it a report. */
export interface Evaluation {
  readonly diagnostics: Diagnostic[];
  readonly notEvaluated: { ruleId: RuleId; reason: string }[];
  readonly ran: { ruleId: RuleId; reads: readonly Section[]; findings: number }[];
  readonly skipped: { ruleId: RuleId; reason: SkipReason }[];
  /** What the invoice leaves in a stream's memory for the duplicate rule; empty unless asked. */
  readonly fingerprints: string[];
}

export interface EvaluationContext {
  readonly locale: Locale;
  readonly trace: boolean;
  /** Fingerprints seen before: the caller's history, and in a stream, the invoices before this one. */
  readonly history: History;
  /** Whether to take the invoice's fingerprints (a stream remembers them; a single check need not hash anything). */
  readonly remember: boolean;
  readonly referential: Referential | undefined;
}

/**
 * The earliest date of care the catalogue knows: no rule is older. An invoice dated before it would
 * pass every rule by default (none is law then), a silent "ok" on an invoice no caisse would pay.
 */
export const EARLIEST_DATE_OF_CARE = "2000-01-01";

const NONE: readonly Section[] = [];
const NO_SETTINGS: RuleSettings = Object.freeze({});

const NO_DATE_OF_CARE = {
  fr: "aucune date de soins : la date de délivrance est absente ou illisible",
  en: "no date of care: the dispensing date is missing or unreadable",
} as const;

const TOO_OLD = {
  fr: `date de soins antérieure au ${EARLIEST_DATE_OF_CARE} : le catalogue ne connaît aucune règle de cette époque`,
  en: `date of care before ${EARLIEST_DATE_OF_CARE}: the catalogue knows no rule of that time`,
} as const;

// A rule's reasons are nearly always the same few constant texts: each is masked once, not on every
// invoice. Bounded, since a reason may quote the invoice's data.
const reasons = new Map<string, string>();
function redactedReason(reason: string): string {
  let redacted = reasons.get(reason);
  if (redacted === undefined) {
    redacted = redactNirs(reason);
    if (reasons.size >= 1_000) reasons.clear();
    reasons.set(reason, redacted);
  }
  return redacted;
}

/** Runs the compiled rules on one parsed invoice, on its date of care; never throws on data. */
export function evaluateInvoice(
  { compiled, inputSeverity }: CompiledRules,
  parsed: ParsedInput,
  asOf: string | null,
  context: EvaluationContext,
): Evaluation {
  const { locale, trace, history, remember, referential } = context;
  const evaluation: Evaluation = { diagnostics: [], notEvaluated: [], ran: [], skipped: [], fingerprints: [] };
  const { diagnostics, notEvaluated, ran, skipped, fingerprints } = evaluation;
  // Two dates: the date of care (the dispensing date), on which the law, ages and rights are read;
  // and the date of the check, which only lateness and "dispensed in the future" read.
  const dateOfCare = parsed.invoice.dispensingDate;
  const tooOld = dateOfCare !== undefined && dateOfCare < EARLIEST_DATE_OF_CARE;

  if (inputSeverity !== "off") {
    for (const issue of parsed.issues) diagnostics.push(toDiagnostic(inputInvalid, inputSeverity, issue, locale));
    if (tooOld) {
      const issue = { path: ["dispensingDate"], messageId: "outOfRange", params: { bound: `≥ ${EARLIEST_DATE_OF_CARE}`, received: JSON.stringify(dateOfCare) } } as const;
      diagnostics.push(toDiagnostic(inputInvalid, inputSeverity, issue, locale));
    }
  }

  // With a referential, a line's missing list, ATC and generic type are the official ones.
  const invoice = dateOfCare === undefined || tooOld ? parsed.invoice : withReferentialFacts(parsed.invoice, referential, dateOfCare);

  // One context for the whole invoice, its settings those of the rule it is handed to: a check is
  // synchronous, and 87 objects an invoice were a fifth of the engine's own cost.
  const ruleContext: { -readonly [Key in keyof RuleContext<Section>]: RuleContext<Section>[Key] } = {
    history,
    invoice: invoice as never,
    dateOfCare: dateOfCare ?? "",
    asOf: asOf ?? dateOfCare ?? "",
    settings: NO_SETTINGS,
    referential,
  };

  for (let position = 0; position < compiled.length; position++) {
    const entry = compiled[position]!;
    const { rule, id: ruleId, from, to, severity, overridden, reads, settings } = entry;
    if (severity === "off") {
      if (trace) skipped.push({ ruleId, reason: "off" });
      continue;
    }
    if (dateOfCare === undefined || tooOld) {
      notEvaluated.push({ ruleId, reason: (tooOld ? TOO_OLD : NO_DATE_OF_CARE)[locale] });
      continue;
    }
    // A rule is law on the date of care, whenever the check runs.
    if (from > dateOfCare || (to !== undefined && dateOfCare > to)) {
      if (trace) skipped.push({ ruleId, reason: "not-effective" });
      continue;
    }
    const broken = parsed.invalidSections.size === 0 ? NONE : reads.filter((section) => parsed.invalidSections.has(section));
    if (broken.length > 0) {
      notEvaluated.push({
        ruleId,
        reason: locale === "fr" ? `données invalides dans : ${broken.join(", ")}` : `invalid data in: ${broken.join(", ")}`,
      });
      if (trace) skipped.push({ ruleId, reason: "input-invalid" });
      continue;
    }
    const view = invoice as never;
    try {
      const { appliesTo, check, fingerprints: fingerprintsOf } = entry;
      // Called on the rule, as `rule.check(…)` would be: a custom rule may read `this`.
      if (appliesTo && !appliesTo.call(rule, view)) {
        if (trace) skipped.push({ ruleId, reason: "not-applicable" });
        continue;
      }
      ruleContext.settings = settings;
      const outcome = check.call(rule, ruleContext as never);
      // One push a fingerprint: an invoice of 130,000 lines has as many, too many for a spread.
      if (remember && fingerprintsOf) for (const fingerprint of fingerprintsOf.call(rule, view)) fingerprints.push(fingerprint);
      if (!Array.isArray(outcome)) {
        notEvaluated.push({ ruleId, reason: redactedReason((outcome as NotEvaluated).notEvaluated[locale]) });
        continue;
      }
      for (let index = 0; index < outcome.length; index++) {
        const finding = outcome[index] as Finding;
        const findingSeverity = overridden ? (severity as Severity) : (finding.severity ?? (severity as Severity));
        diagnostics.push(toDiagnostic(rule, findingSeverity, finding, locale));
      }
      if (trace) ran.push({ ruleId, reads: rule.reads, findings: outcome.length });
    } catch (error) {
      // A rule must never throw on data; if one does, the report says so instead of crashing the LGO.
      const detail = error instanceof Error ? error.message : String(error);
      notEvaluated.push({ ruleId, reason: `internal error: ${redactNirs(detail)}` });
    }
  }
  return evaluation;
}
