import type { RuleId } from "../model/rule-ids.js";
import type { Section } from "../model/sections.js";
import { inputInvalid } from "./input-invalid.js";
import { toMetadata } from "./metadata.js";
import { didYouMean } from "./did-you-mean.js";
import { optionError, type ResolvedOptions } from "./options.js";
import type { AnyRule, RuleMetadata, RuleSettings, SeveritySetting } from "./types.js";

/**
 * A rule as a checker runs it: its settings merged, its severity chosen, what it reads deduplicated,
 * and what the engine reads of it on every invoice copied out. The catalogue's 87 rule objects have
 * as many shapes, so reading `rule.effective` or `rule.check` from each was a lookup of its own
 * (megamorphic); the compiled records all share one shape.
 */
export interface CompiledRule {
  readonly rule: AnyRule;
  readonly id: RuleId;
  readonly from: string;
  readonly to: string | undefined;
  readonly appliesTo: AnyRule["appliesTo"];
  readonly check: AnyRule["check"];
  readonly fingerprints: AnyRule["fingerprints"];
  readonly settings: RuleSettings;
  readonly severity: SeveritySetting;
  readonly overridden: boolean;
  readonly reads: readonly Section[];
}

export interface CompiledRules {
  readonly compiled: readonly CompiledRule[];
  /** The severity of input/invalid, which the engine raises itself. */
  readonly inputSeverity: SeveritySetting;
  /** What `checker.rules` lists: input/invalid, then the selected rules. */
  readonly metadata: readonly RuleMetadata[];
}

/** Checks that every rule id the options name exists, with a "did you mean" for a typo. */
function checkRuleIds(options: ResolvedOptions, known: ReadonlySet<string>): void {
  const unknown = (where: string, id: string) => optionError(`${where}: unknown rule ${JSON.stringify(id)}${didYouMean(id, known)}`);
  for (const id of options.only ?? []) if (!known.has(id)) unknown("only", id);
  for (const id of Object.keys(options.severity)) if (!known.has(id)) unknown("severity", id);
  options.waivers.forEach((waiver, index) => {
    if (!known.has(waiver.ruleId)) unknown(`waivers[${index}].ruleId`, waiver.ruleId);
  });
}

function checkSettings(options: ResolvedOptions, selected: readonly AnyRule[]): void {
  for (const [id, values] of Object.entries(options.settings)) {
    const rule = selected.find((candidate) => candidate.id === id);
    if (!rule) optionError(`settings: unknown rule ${JSON.stringify(id)}${didYouMean(id, selected.map((candidate) => candidate.id))}`);
    const names = Object.keys(rule.settings ?? {});
    for (const [name, value] of Object.entries(values)) {
      const defaultValue = rule.settings?.[name];
      if (defaultValue === undefined) {
        optionError(`settings: rule ${id} has no setting ${JSON.stringify(name)}${names.length === 0 ? " (it has no settings)" : `${didYouMean(name, names)} (its settings: ${names.join(", ")})`}`);
      }
      if (typeof value !== typeof defaultValue) optionError(`settings: ${id}.${name} must be a ${typeof defaultValue}`);
    }
  }
}

/** The rules a checker runs, from the catalogue (or the caller's rules) and the options. */
export function compileRules(catalogue: readonly AnyRule[], options: ResolvedOptions): CompiledRules {
  let selected = options.extraRules.length === 0 ? (options.rules ?? catalogue) : [...(options.rules ?? catalogue), ...options.extraRules];
  const known = new Set<string>([inputInvalid.id]);
  for (const rule of selected) {
    if (known.has(rule.id)) optionError(`rules: two rules share the id ${JSON.stringify(rule.id)}`);
    known.add(rule.id);
  }
  checkRuleIds(options, known);
  if (options.only) {
    const only = new Set(options.only);
    selected = selected.filter((rule) => only.has(rule.id));
  }
  checkSettings(options, selected);
  const overrides = options.severity;
  const compiled = selected.map((rule) => ({
    rule,
    // A custom rule's id is a RuleId once its author registers it in CustomRuleIds.
    id: rule.id as RuleId,
    from: rule.effective.from,
    to: rule.effective.to,
    appliesTo: rule.appliesTo,
    check: rule.check,
    fingerprints: rule.fingerprints,
    settings: Object.freeze({ ...rule.settings, ...options.settings[rule.id] }),
    severity: overrides[rule.id] ?? rule.severity,
    overridden: overrides[rule.id] !== undefined,
    reads: [...new Set(rule.reads)],
  }));
  const metadata = Object.freeze([inputInvalid, ...selected].map(toMetadata));
  return { compiled, inputSeverity: overrides[inputInvalid.id] ?? inputInvalid.severity, metadata };
}
