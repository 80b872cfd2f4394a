import { defineTable } from "../engine/reference-table.js";

/** Classes excluded from the delivery for a stay abroad (ameli pharmacien list, facts §8 ETR-06, §17.2). */
export type AbroadExclusion =
  | { readonly kind: "list"; readonly list: "stupefiant"; readonly label: string }
  | { readonly kind: "exception-drug"; readonly label: string }
  | { readonly kind: "atc"; readonly prefix: string; readonly label: string };

export interface AbroadExclusionRow {
  readonly exclusion: AbroadExclusion;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly source: { readonly label: string; readonly url?: string };
}

const AMELI = {
  label: "ameli pharmacien, « Délivrance de médicaments pour départ à l'étranger »: exclusions (stupéfiants, hypnotiques, anxiolytiques, médicaments d'exception, traitements préventifs et trousses d'urgence)",
  url: "https://www.ameli.fr/pharmacien/actualites/delivrance-de-medicaments-pour-depart-letranger-2",
};
const from = "2009-03-19"; // circulaire CNAMTS CIR-19/2009

export const abroadExclusions = defineTable<AbroadExclusionRow>("stay-abroad exclusions", [
  { exclusion: { kind: "list", list: "stupefiant", label: "stupéfiant" }, effective: { from }, source: AMELI },
  { exclusion: { kind: "exception-drug", label: "médicament d'exception" }, effective: { from }, source: AMELI },
  { exclusion: { kind: "atc", prefix: "N05C", label: "hypnotique" }, effective: { from }, source: AMELI },
  { exclusion: { kind: "atc", prefix: "N05B", label: "anxiolytique" }, effective: { from }, source: AMELI },
  { exclusion: { kind: "atc", prefix: "P01B", label: "antipaludéen (traitement préventif de voyage)" }, effective: { from }, source: AMELI },
]);
