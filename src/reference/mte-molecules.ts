import { defineTable } from "../engine/reference-table.js";

/**
 * Molecules with a narrow therapeutic margin (marge thérapeutique étroite): the only ones for which
 * « non substituable MTE » is valid (arrêté du 12 novembre 2019). Matched by ATC code.
 */
export interface MteRow {
  readonly molecule: string;
  readonly atc: readonly string[];
  readonly effective: { readonly from: string; readonly to?: string };
  readonly source: { readonly label: string; readonly url?: string };
}

const ARRETE = { label: "Arrêté du 12 novembre 2019 précisant les situations médicales dans lesquelles peut être exclue la substitution (MTE, EFG, CIF)" };
const from = "2020-01-01";

export const mteMolecules = defineTable<MteRow>("MTE molecules", [
  { molecule: "lamotrigine", atc: ["N03AX09"], effective: { from }, source: ARRETE },
  { molecule: "prégabaline", atc: ["N03AX16"], effective: { from }, source: ARRETE },
  { molecule: "zonisamide", atc: ["N03AX15"], effective: { from }, source: ARRETE },
  { molecule: "lévétiracétam", atc: ["N03AX14"], effective: { from }, source: ARRETE },
  { molecule: "topiramate", atc: ["N03AX11"], effective: { from }, source: ARRETE },
  { molecule: "valproate", atc: ["N03AG01"], effective: { from }, source: ARRETE },
  { molecule: "lévothyroxine", atc: ["H03AA01"], effective: { from }, source: ARRETE },
  { molecule: "mycophénolate mofétil / sodique", atc: ["L04AA06"], effective: { from }, source: ARRETE },
  { molecule: "buprénorphine", atc: ["N07BC01", "N02AE01"], effective: { from }, source: ARRETE },
  { molecule: "azathioprine", atc: ["L04AX01"], effective: { from }, source: ARRETE },
  { molecule: "ciclosporine", atc: ["L04AD01"], effective: { from }, source: ARRETE },
  { molecule: "évérolimus", atc: ["L04AA18", "L01EG02"], effective: { from }, source: ARRETE },
]);
