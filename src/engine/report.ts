import type { JsonPath } from "../model/parse.js";
import { redactNirs } from "../identifiers/nir.js";
import { rulesVersion } from "../version.js";
import { compareDiagnostics } from "./diagnostics.js";
import type { Evaluation } from "./evaluate.js";
import { Money, toCents } from "./money.js";
import type { AmountAtRisk, Diagnostic, Payer, Report, Trace, Waiver } from "./types.js";

const NOTHING_AT_RISK: AmountAtRisk = Object.freeze({ amo: "0.00", amc: "0.00", patient: "0.00" });

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

/** The waiver that holds for a diagnostic on the date of the check, if any. */
const waiverFor = (diagnostic: Diagnostic, waivers: readonly Waiver[], asOf: string): Waiver | undefined =>
  waivers.find(
    (candidate) =>
      candidate.ruleId === diagnostic.ruleId && asOf <= candidate.until && (candidate.path === undefined || startsWith(diagnostic.path, candidate.path)),
  );

/** An evaluation as the caller reads it: waivers applied, everything in a stable order, amounts summed. */
export function buildReport(
  evaluation: Evaluation,
  { invoiceId, asOf, waivers, trace }: { readonly invoiceId: unknown; readonly asOf: string | null; readonly waivers: readonly Waiver[]; readonly trace: boolean },
): Report {
  const kept: Diagnostic[] = [];
  const waived: Diagnostic[] = [];
  for (const diagnostic of evaluation.diagnostics) {
    const waiver = asOf === null || waivers.length === 0 ? undefined : waiverFor(diagnostic, waivers, asOf);
    if (waiver) waived.push({ ...diagnostic, waiver: { justification: redactNirs(waiver.justification), until: waiver.until } });
    else kept.push(diagnostic);
  }
  kept.sort(compareDiagnostics);
  waived.sort(compareDiagnostics);
  // The report must not depend on the order rules were given in.
  const notEvaluated = evaluation.notEvaluated.sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  const traced: Trace | undefined = trace ? { ran: evaluation.ran, skipped: evaluation.skipped } : undefined;
  return {
    ok: !kept.some((diagnostic) => diagnostic.severity === "error"),
    // The LGO's own id, but free text: a NIR put in it is masked like anywhere else.
    invoiceId: typeof invoiceId === "string" ? redactNirs(invoiceId) : null,
    diagnostics: kept,
    notEvaluated,
    waived,
    amountAtRisk: sumAmountAtRisk(kept),
    asOf,
    rulesVersion,
    ...(traced && { trace: traced }),
  };
}
