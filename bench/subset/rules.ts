import type { InvoiceInput } from "tiers-payant";

/**
 * The ten rules the three implementations share: one or two per family, chosen to exercise what the
 * catalogue does (identifier keys, dates and rights periods, the mutuelle, travel, vaccination and
 * ages, prescription limits, narcotics, money per line).
 */
export const SUBSET = [
  "identity/nir-invalid",
  "prescriber/rpps-invalid",
  "product/cip13-invalid",
  "rights/amo-not-open",
  "amc/not-valid-on-date",
  "abroad/stay-too-short",
  "vaccination/minor-needs-doctor-prescriber",
  "prescription/expired-first-dispensing",
  "prescription/narcotic-over-28-days",
  "amounts/line-total-mismatch",
] as const;

export type SubsetRuleId = (typeof SUBSET)[number];

/**
 * What each implementation answers for one invoice: the ids of the rules that found a problem, and
 * `id?` for a rule that lacked the data to decide, sorted. Three implementations agree when their
 * verdicts are equal on every invoice of the mix.
 */
export type Verdict = string;

export const verdictOf = (fired: Iterable<string>, notEvaluated: Iterable<string> = []): Verdict =>
  [...new Set([...fired, ...[...notEvaluated].map((id) => `${id}?`)])].sort().join(" ");

/** The generated invoices are valid input: the baselines read them as the model's output type. */
export type BenchInvoice = InvoiceInput & {
  lines: (InvoiceInput["lines"][number] & { exonerationCode?: string })[];
};
