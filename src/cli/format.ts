import type { Diagnostic, Fix, Locale, Report, RuleMetadata } from "../engine/types.js";
import { redactNirs } from "../identifiers/nir.js";
import { printable } from "./printable.js";

export type OutputFormat = "pretty" | "json" | "ndjson";

/** What a run shows of each report: `quiet`, its errors only; `verbose`, clean invoices and every rule not evaluated too. */
export interface RenderOptions {
  readonly quiet: boolean;
  readonly verbose: boolean;
}
export const DEFAULT_RENDER: RenderOptions = { quiet: false, verbose: false };

export interface Style {
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

const ansi = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
export const colours: Style = { red: ansi(31), yellow: ansi(33), green: ansi(32), dim: ansi(2), bold: ansi(1) };
const same = (text: string) => text;
export const plain: Style = { red: same, yellow: same, green: same, dim: same, bold: same };

const words = {
  fr: {
    error: "erreur", warning: "alerte", info: "info", ok: "OK", errors: "erreur(s)", warnings: "alerte(s)", atRisk: "montant à risque",
    amountAtRisk: "à risque", notEvaluated: "non évaluée(s)", waived: "dérogée(s)", patient: "patient", invoice: "(facture)", line: "ligne",
    received: "reçu", expected: "attendu", folded: (count: number) => `${count} règle(s) non évaluée(s), faute de données (--verbose pour le détail)`,
  },
  en: {
    error: "error", warning: "warning", info: "info", ok: "OK", errors: "error(s)", warnings: "warning(s)", atRisk: "at risk",
    amountAtRisk: "at risk", notEvaluated: "not evaluated", waived: "waived", patient: "patient", invoice: "(invoice)", line: "line",
    received: "received", expected: "expected", folded: (count: number) => `${count} rule(s) not evaluated, for want of data (--verbose for the detail)`,
  },
} as const;

/** A path as the messages say it: `lines[0].daysOfTreatment` is « ligne 1 · daysOfTreatment ». */
function formatPath(path: Diagnostic["path"], locale: Locale): string {
  if (path.length === 0) return words[locale].invoice;
  const parts: string[] = [];
  for (let index = 0; index < path.length; index++) {
    const part = path[index]!;
    const next = path[index + 1];
    if (part === "lines" && typeof next === "number") {
      parts.push(`${words[locale].line} ${next + 1}`);
      index++;
    } else parts.push(typeof part === "number" ? `[${part}]` : part);
  }
  return printable(parts.join(" · "));
}

/** What was found and what was expected, in words: « reçu 90, attendu ≤ 30 ». */
function foundText(diagnostic: Diagnostic, locale: Locale): string {
  const text = words[locale];
  const parts = [
    diagnostic.value !== undefined && `${text.received} ${printable(String(diagnostic.value))}`,
    diagnostic.expected !== undefined && `${text.expected} ${printable(String(diagnostic.expected))}`,
  ].filter((part): part is string => part !== false);
  return parts.length === 0 ? "" : `  ${parts.join(", ")}`;
}

function formatDiagnostic(diagnostic: Diagnostic, locale: Locale, style: Style): string {
  const colour = diagnostic.severity === "error" ? style.red : diagnostic.severity === "warning" ? style.yellow : style.dim;
  const amount = diagnostic.amountAtRisk ? ` (${words[locale].amountAtRisk}${locale === "fr" ? " :" : ":"} ${diagnostic.amountAtRisk} €)` : "";
  return [
    `  ${colour(words[locale][diagnostic.severity].padEnd(7))} ${style.bold(diagnostic.ruleId)}  ${style.dim(formatPath(diagnostic.path, locale))}${foundText(diagnostic, locale)}`,
    `          ${printable(diagnostic.message)}${amount}`,
    `          ${style.dim(`→ ${printable(diagnostic.hint)}`)}`,
  ].join("\n");
}

/** The warnings of a report: what the pretty header counts and --max-warnings sums. */
export const warningsOf = (report: Report): number => report.diagnostics.filter((diagnostic) => diagnostic.severity === "warning").length;

/** The report as the run shows it: with `quiet`, its errors only. */
export const shownReport = (report: Report, render: RenderOptions): Report =>
  render.quiet ? { ...report, diagnostics: report.diagnostics.filter((diagnostic) => diagnostic.severity === "error"), waived: [] } : report;

/**
 * The human report of one invoice, as a pharmacist would read it in a terminal; "" for a clean one
 * (nothing found, nothing waived) unless `verbose`: the run's summary counts it.
 */
export function formatPretty(source: string, report: Report, locale: Locale, style: Style, render: RenderOptions = DEFAULT_RENDER): string {
  const text = words[locale];
  if (!render.verbose && report.diagnostics.length === 0 && report.waived.length === 0) return "";
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
  const warnings = warningsOf(report);
  const mark = report.ok ? style.green("✔") : style.red("✖");
  const { amo, amc, patient } = report.amountAtRisk;
  const risk = [amo, amc, patient].some((amount) => amount !== "0.00") ? ` — ${text.atRisk}: AMO ${amo} €, AMC ${amc} €, ${text.patient} ${patient} €` : "";
  const lines = [`${mark} ${style.bold(printable(source))}  ${report.invoiceId === null ? "?" : printable(report.invoiceId)}  ${report.asOf ?? ""}  ${errors} ${text.errors}, ${warnings} ${text.warnings}${risk}`];
  for (const diagnostic of report.diagnostics) lines.push(formatDiagnostic(diagnostic, locale, style));
  for (const diagnostic of report.waived) lines.push(style.dim(`  ${text.waived}: ${diagnostic.ruleId} ${formatPath(diagnostic.path, locale)} — ${printable(diagnostic.waiver?.justification ?? "")}`));
  if (!render.verbose) {
    if (report.notEvaluated.length > 0 && !render.quiet) lines.push(style.dim(`  ${text.folded(report.notEvaluated.length)}`));
    return lines.join("\n");
  }
  // Rules skipped for one shared reason (no date, a broken section) are listed on one line.
  const byReason = new Map<string, string[]>();
  for (const { ruleId, reason } of report.notEvaluated) byReason.set(reason, [...(byReason.get(reason) ?? []), ruleId]);
  for (const [reason, ruleIds] of byReason) lines.push(style.dim(`  ${text.notEvaluated}: ${printable(reason)} — ${printable(ruleIds.join(", "))}`));
  return lines.join("\n");
}

/**
 * What the CLI prints of a fix: its kind, whether it is safe, and how many invoices it makes. The
 * invoices themselves are whole invoices, NIRs and all: the CLI writes no full NIR, so they are
 * left out; a program that wants them calls the library (`applyFix`).
 */
const fixSummary = (fix: Fix) => ({ kind: fix.kind, safe: fix.safe, invoiceCount: fix.invoices.length });

const withoutFixPayload = (diagnostic: Diagnostic): Diagnostic =>
  diagnostic.fix === undefined ? diagnostic : ({ ...diagnostic, fix: fixSummary(diagnostic.fix) } as unknown as Diagnostic);

const hasFix = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((diagnostic) => diagnostic.fix !== undefined);

export function formatRecord(source: string, report: Report): string {
  const printed =
    hasFix(report.diagnostics) || hasFix(report.waived)
      ? { ...report, diagnostics: report.diagnostics.map(withoutFixPayload), waived: report.waived.map(withoutFixPayload) }
      : report;
  return JSON.stringify({ source: redactNirs(source), ...printed });
}

/**
 * What the CLI prints for one report, its line end included: the pretty block and its blank line
 * (nothing for a clean invoice unless `verbose`), or the JSON record.
 */
export function renderReport(format: OutputFormat, source: string, report: Report, locale: Locale, style: Style, render: RenderOptions = DEFAULT_RENDER): string {
  const shown = shownReport(report, render);
  if (format !== "pretty") return `${formatRecord(source, shown)}\n`;
  const block = formatPretty(source, shown, locale, style, render);
  return block === "" ? "" : `${block}\n\n`;
}

export function formatRules(rules: readonly RuleMetadata[], locale: Locale): string {
  const width = Math.max(...rules.map((rule) => rule.id.length));
  return rules
    .map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.payer.padEnd(7)}  ${rule.confidence.padEnd(11)}  ${rule.title[locale]}`)
    .join("\n");
}
