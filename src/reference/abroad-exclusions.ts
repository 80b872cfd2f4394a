import { defineTable } from "../engine/reference-table.js";

/**
 * Products whose delivery for a stay abroad is limited: stupéfiants, médicaments d'exception, and the
 * hypnotics and anxiolytics of reduced prescription duration (a list of substances, see
 * reduced-durations.ts). ameli's older pharmacien page listed them; its newer médecin page no longer
 * keeps a list, hence a warning only.
 */
export type AbroadExclusion =
  | { readonly kind: "list"; readonly list: "stupefiant"; readonly label: string }
  | { readonly kind: "exception-drug"; readonly label: string }
  | { readonly kind: "reduced-duration"; readonly label: string };

export interface AbroadExclusionRow {
  readonly exclusion: AbroadExclusion;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly source: { readonly label: string; readonly url?: string };
}

const AMELI = {
  label: "ameli pharmacien, « Délivrance de médicaments pour départ à l'étranger »: exclusions (stupéfiants, médicaments à durée de prescription réduite, médicaments d'exception)",
  url: "https://www.ameli.fr/pharmacien/actualites/delivrance-de-medicaments-pour-depart-letranger-2",
};
const from = "2009-03-19"; // circulaire CNAMTS CIR-19/2009

export const abroadExclusions = defineTable<AbroadExclusionRow>("stay-abroad exclusions", [
  { exclusion: { kind: "list", list: "stupefiant", label: "stupéfiant" }, effective: { from }, source: AMELI },
  { exclusion: { kind: "exception-drug", label: "médicament d'exception" }, effective: { from }, source: AMELI },
  { exclusion: { kind: "reduced-duration", label: "hypnotique ou anxiolytique à durée de prescription réduite" }, effective: { from }, source: AMELI },
]);
