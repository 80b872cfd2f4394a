import type { Diagnostic, Fix, Locale, Report, RuleMetadata } from "../engine/types.js";
import { redactNirs } from "../identifiers/nir.js";
import { printable } from "./printable.js";

export type OutputFormat = "pretty" | "json" | "ndjson";

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
  fr: { error: "erreur", warning: "alerte", info: "info", ok: "OK", errors: "erreur(s)", warnings: "alerte(s)", atRisk: "montant à risque", notEvaluated: "non évaluée(s)", waived: "dérogée(s)", patient: "patient" },
  en: { error: "error", warning: "warning", info: "info", ok: "OK", errors: "error(s)", warnings: "warning(s)", atRisk: "at risk", notEvaluated: "not evaluated", waived: "waived", patient: "patient" },
} as const;

const formatPath = (path: Diagnostic["path"]): string =>
  path.length === 0 ? "(invoice)" : printable(path.map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`)).join(""));

function formatDiagnostic(diagnostic: Diagnostic, locale: Locale, style: Style): string {
  const colour = diagnostic.severity === "error" ? style.red : diagnostic.severity === "warning" ? style.yellow : style.dim;
  const amount = diagnostic.amountAtRisk ? ` (${diagnostic.amountAtRisk} €)` : "";
  const found = [
    diagnostic.value !== undefined && printable(String(diagnostic.value)),
    diagnostic.expected !== undefined && `≠ ${printable(String(diagnostic.expected))}`,
  ].filter((part): part is string => part !== false);
  return [
    `  ${colour(words[locale][diagnostic.severity].padEnd(7))} ${style.bold(diagnostic.ruleId)}  ${style.dim(formatPath(diagnostic.path))}${found.length ? `  ${found.join(" ")}` : ""}`,
    `          ${printable(diagnostic.message)}${amount}`,
    `          ${style.dim(`→ ${printable(diagnostic.hint)}`)}`,
  ].join("\n");
}

/** The human report of one invoice, as a pharmacist would read it in a terminal. */
export function formatPretty(source: string, report: Report, locale: Locale, style: Style): string {
  const text = words[locale];
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
  const warnings = report.diagnostics.filter((diagnostic) => diagnostic.severity === "warning").length;
  const mark = report.ok ? style.green("✔") : style.red("✖");
  const { amo, amc, patient } = report.amountAtRisk;
  const risk = [amo, amc, patient].some((amount) => amount !== "0.00") ? ` — ${text.atRisk}: AMO ${amo} €, AMC ${amc} €, ${text.patient} ${patient} €` : "";
  const lines = [`${mark} ${style.bold(printable(source))}  ${report.invoiceId === null ? "?" : printable(report.invoiceId)}  ${report.asOf ?? ""}  ${errors} ${text.errors}, ${warnings} ${text.warnings}${risk}`];
  for (const diagnostic of report.diagnostics) lines.push(formatDiagnostic(diagnostic, locale, style));
  for (const diagnostic of report.waived) lines.push(style.dim(`  ${text.waived}: ${diagnostic.ruleId} ${formatPath(diagnostic.path)} — ${printable(diagnostic.waiver?.justification ?? "")}`));
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

/** What the CLI prints for one report: the pretty block (with its blank line) or the JSON record. */
export function renderReport(format: OutputFormat, source: string, report: Report, locale: Locale, style: Style): string {
  return format === "pretty" ? `${formatPretty(source, report, locale, style)}\n` : formatRecord(source, report);
}

export function formatRules(rules: readonly RuleMetadata[], locale: Locale): string {
  const width = Math.max(...rules.map((rule) => rule.id.length));
  return rules
    .map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.payer.padEnd(7)}  ${rule.confidence.padEnd(11)}  ${rule.title[locale]}`)
    .join("\n");
}
