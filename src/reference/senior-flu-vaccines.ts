import { defineTable } from "../engine/reference-table.js";

/**
 * The "improved" flu vaccines reimbursed from 65 years only: Efluelda (high dose) and Fluad
 * (adjuvanted), by CIP13, for the campaigns they are in (from the 2025-2026 campaign, opened on
 * 2025-10-14). Efluelda Tetra of the earlier campaigns is not listed: its reimbursement is not read.
 */
export interface SeniorFluVaccineRow {
  readonly cip13: string;
  readonly name: string;
  readonly minimumAge: number;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly source: { readonly label: string; readonly url?: string };
}

const CAMPAIGN_2025 = {
  label: "Le Quotidien du Pharmacien, « Grippe : avez-vous pensé à commander des vaccins pour les seniors ? » (10/2025): Efluelda et Fluad recommandés par la HAS chez les 65 ans et plus, remboursement accordé en juillet 2025; avis HAS du 22 mai 2025 (adulte de 65 ans et plus)",
  url: "https://www.lequotidiendupharmacien.fr/exercice-pro/grippe-avez-vous-pense-commander-des-vaccins-pour-les-seniors",
};
const from = "2025-10-14";

export const seniorFluVaccines = defineTable<SeniorFluVaccineRow>("flu vaccines reimbursed from 65", [
  { cip13: "3400930305010", name: "EFLUELDA", minimumAge: 65, effective: { from }, source: CAMPAIGN_2025 },
  { cip13: "3400930304716", name: "FLUAD", minimumAge: 65, effective: { from }, source: CAMPAIGN_2025 },
]);

/** Their codes, whatever the date: whether an invoice holds one at all. */
export const SENIOR_FLU_VACCINE_CODES: ReadonlySet<string> = new Set(seniorFluVaccines.rows.map((row) => row.cip13));

export const seniorFluVaccineOf = (cip13: string | undefined, date: string): SeniorFluVaccineRow | undefined =>
  cip13 === undefined ? undefined : seniorFluVaccines.find(date, (row) => row.cip13 === cip13);
