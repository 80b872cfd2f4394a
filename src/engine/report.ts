import type { JsonPath } from "../model/parse.js";
import { redactNirs } from "../identifiers/nir.js";
import { rulesVersion } from "../version.js";
import { compareDiagnostics } from "./diagnostics.js";
import type { Evaluation } from "./evaluate.js";
import { decimalEuros, eurosOf, unitsToCents } from "./cents.js";
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
 * per payer and per line (or per path outside the lines), only the largest amount counts. Exact in
 * integers at the finest scale the amounts use (the catalogue's have two decimals, a custom rule's
 * may have more), then rounded half-up to the cent.
 */
function sumAmountAtRisk(diagnostics: readonly Diagnostic[]): AmountAtRisk {
  // Most invoices put nothing at risk: no arithmetic for them.
  if (!diagnostics.some((diagnostic) => diagnostic.amountAtRisk !== undefined)) return { ...NOTHING_AT_RISK };
  const amounts: { readonly key: string; readonly payer: Payer; readonly units: bigint; readonly scale: number }[] = [];
  let scale = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.amountAtRisk === undefined) continue;
    // toDiagnostic let only decimal strings through.
    const amount = decimalEuros(diagnostic.amountAtRisk)!;
    if (amount.scale > scale) scale = amount.scale;
    amounts.push({ key: `${diagnostic.payer}\u0001${lossKey(diagnostic.path)}`, payer: diagnostic.payer, ...amount });
  }
  const largest = new Map<string, { payer: Payer; units: bigint }>();
  for (const amount of amounts) {
    const units = amount.units * 10n ** BigInt(scale - amount.scale);
    const current = largest.get(amount.key);
    if (!current || units > current.units) largest.set(amount.key, { payer: amount.payer, units });
  }
  const totals: Record<Payer, bigint> = { amo: 0n, amc: 0n, patient: 0n };
  for (const { payer, units } of largest.values()) totals[payer] += units;
  return { amo: eurosOf(unitsToCents(totals.amo, scale)), amc: eurosOf(unitsToCents(totals.amc, scale)), patient: eurosOf(unitsToCents(totals.patient, scale)) };
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
