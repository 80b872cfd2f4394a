import { defineTable } from "../engine/reference-table.js";

/**
 * Drugs delivered in tiers payant only against the carte Vitale or apCV since 17 June 2025
 * (avenant 1 to the convention pharmaceutique, art. 11; Le Quotidien du Pharmacien quoting the CNAM, 2025).
 */
export type SensitiveCriterion =
  | { readonly kind: "price-above"; readonly euros: string }
  | { readonly kind: "list"; readonly list: "stupefiant" }
  | { readonly kind: "atc"; readonly prefix: string; readonly label: string };

export interface SensitiveDrugRow {
  readonly criterion: SensitiveCriterion;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly source: { readonly label: string; readonly url?: string };
}

const AVENANT = { label: "Avenant n° 1 à la convention nationale pharmaceutique, art. 11 (arrêté du 5 juillet 2024, JORF n°0160); CNAM, communication du 17 juin 2025" };
const from = "2025-06-17";

export const sensitiveDrugs = defineTable<SensitiveDrugRow>("sensitive drugs", [
  { criterion: { kind: "price-above", euros: "300" }, effective: { from }, source: AVENANT },
  { criterion: { kind: "list", list: "stupefiant" }, effective: { from }, source: AVENANT },
  { criterion: { kind: "atc", prefix: "A10BJ", label: "analogue du GLP-1" }, effective: { from }, source: AVENANT },
  { criterion: { kind: "atc", prefix: "A10AB05", label: "insuline asparte" }, effective: { from }, source: AVENANT },
  { criterion: { kind: "atc", prefix: "A10AD05", label: "insuline asparte (mélange)" }, effective: { from }, source: AVENANT },
  { criterion: { kind: "atc", prefix: "A10AE04", label: "insuline glargine" }, effective: { from }, source: AVENANT },
  { criterion: { kind: "atc", prefix: "A10BD07", label: "sitagliptine + metformine" }, effective: { from }, source: AVENANT },
  // The fixed combinations of an insulin and a GLP-1 analogue are GLP-1 analogues too, under the
  // insulins' ATC class: matching A10BJ alone let them through.
  { criterion: { kind: "atc", prefix: "A10AE54", label: "insuline glargine + lixisénatide (analogue du GLP-1)" }, effective: { from }, source: AVENANT },
  { criterion: { kind: "atc", prefix: "A10AE56", label: "insuline dégludec + liraglutide (analogue du GLP-1)" }, effective: { from }, source: AVENANT },
]);
