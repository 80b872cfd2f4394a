import type { RuleMetadata } from "./types.js";

/** The plain-data part of a rule, without its functions and message templates. */
export function toMetadata(rule: RuleMetadata): RuleMetadata {
  const { id, title, severity, payer, consequence, source, effective, confidence, reads } = rule;
  return { id, title, severity, payer, consequence, source, effective, confidence, reads };
}
