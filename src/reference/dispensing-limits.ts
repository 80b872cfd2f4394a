import { defineTable } from "../engine/reference-table.js";

/** The longest treatment one delivery may cover (CSP R5123-2). */
export interface DispensingLimitRow {
  readonly kind: "standard" | "large-pack" | "oral-contraceptive" | "narcotic";
  readonly maximumDays: number;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly source: { readonly label: string; readonly url?: string };
}

const R5123_2 = { label: "CSP R5123-2: délivrance de 4 semaines ou 30 jours au plus, 3 mois pour les conditionnements de plus d'un mois, 12 semaines pour les contraceptifs oraux" };

export const dispensingLimits = defineTable<DispensingLimitRow>("dispensing limits", [
  { kind: "standard", maximumDays: 30, effective: { from: "1990-01-01" }, source: R5123_2 },
  { kind: "large-pack", maximumDays: 92, effective: { from: "1990-01-01" }, source: R5123_2 },
  { kind: "oral-contraceptive", maximumDays: 84, effective: { from: "1990-01-01" }, source: R5123_2 },
  { kind: "narcotic", maximumDays: 28, effective: { from: "1990-01-01" }, source: { label: "CSP R5132-30: prescription des stupéfiants limitée à 28 jours au plus" } },
]);

/** ATC prefixes recognised from the line: oral hormonal contraceptives, opioid substitution drugs. */
export const ORAL_CONTRACEPTIVE_ATC = "G03A";
export const OPIOID_SUBSTITUTION_ATC = "N07BC";
