import type { RuleId } from "../model/rule-ids.js";
import { redactNirs } from "../identifiers/nir.js";
import type { JsonPath } from "../model/parse.js";
import { decimalEuros } from "./cents.js";
import { renderTemplate } from "./render.js";
import type { AnyRule, Diagnostic, Finding, Locale, RuleMetadata, Severity } from "./types.js";

/**
 * A path with its names masked: the names of unknown fields are the caller's data, and a NIR may be
 * one (`{"185057800608491": 1}`). The path itself when no name changes, as nearly always.
 */
export function redactPath(path: JsonPath): JsonPath {
  let redacted: (string | number)[] | undefined;
  for (let index = 0; index < path.length; index++) {
    const part = path[index]!;
    if (typeof part !== "string") continue;
    const masked = redactNirs(part);
    if (masked === part) continue;
    redacted ??= path.slice();
    redacted[index] = masked;
  }
  return redacted ?? path;
}

/** A rule's finding as the report shows it: messages rendered in the locale, the rule's metadata, no full NIR. */
export function toDiagnostic(
  rule: RuleMetadata & Pick<AnyRule, "messages">,
  severity: Severity,
  finding: Finding,
  locale: Locale,
): Diagnostic {
  const template = rule.messages[finding.messageId];
  if (!template) throw new TypeError(`rule ${rule.id} returned unknown message ${finding.messageId}`);
  if (finding.amountAtRisk !== undefined && decimalEuros(finding.amountAtRisk) === undefined) {
    throw new TypeError(redactNirs(`rule ${rule.id} returned amountAtRisk ${JSON.stringify(finding.amountAtRisk)}: expected euros as a decimal string that is not negative, e.g. "12.30"`));
  }
  const diagnostic: Diagnostic = {
    // A custom rule's id is a RuleId once its author registers it in CustomRuleIds.
    ruleId: rule.id as RuleId,
    severity,
    payer: rule.payer,
    consequence: rule.consequence,
    path: redactPath(finding.path),
    message: renderTemplate(template[locale], finding.params, locale),
    hint: renderTemplate(template.hint[locale], finding.params, locale),
    source: rule.source,
    ...(finding.value !== undefined && { value: typeof finding.value === "string" ? redactNirs(finding.value) : finding.value }),
    ...(finding.expected !== undefined && { expected: typeof finding.expected === "string" ? redactNirs(finding.expected) : finding.expected }),
    ...(finding.amountAtRisk !== undefined && { amountAtRisk: finding.amountAtRisk }),
    ...(finding.fix !== undefined && { fix: finding.fix }),
  };
  return diagnostic;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The order of a report's diagnostics: errors first, then by path, then by rule id. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity;
  const length = Math.min(a.path.length, b.path.length);
  for (let index = 0; index < length; index++) {
    const [left, right] = [a.path[index]!, b.path[index]!];
    if (left === right) continue;
    if (typeof left === "number" && typeof right === "number") return left - right;
    return String(left) < String(right) ? -1 : 1;
  }
  if (a.path.length !== b.path.length) return a.path.length - b.path.length;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
