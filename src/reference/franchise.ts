import { defineTable } from "../engine/reference-table.js";

/** Franchise médicale per box of drugs (CSS L160-13 III). */
export interface FranchiseRow {
  readonly perBox: string;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly source: { readonly label: string; readonly url?: string };
}

export const franchisePerBox = defineTable<FranchiseRow>("franchise per box", [
  { perBox: "0.50", effective: { from: "2008-01-01", to: "2024-03-30" }, source: { label: "Loi de financement de la sécurité sociale pour 2008: franchise de 0,50 € par boîte" } },
  { perBox: "1.00", effective: { from: "2024-03-31" }, source: { label: "Décret du 16 février 2024: franchise de 1 € par boîte à partir du 31 mars 2024" } },
]);
