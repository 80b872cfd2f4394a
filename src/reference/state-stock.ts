import { defineTable } from "../engine/reference-table.js";

/**
 * Flu vaccines of the State stock (2020-2021 campaign): they kept a CIP and were invoiced at a small
 * price at 100 % without exo 7, with the usual fees. A higher price is the commercial one.
 */
export interface StateStockRow {
  readonly unitPrice: string;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly source: { readonly label: string; readonly url?: string };
}

export const stateStockFluVaccines = defineTable<StateStockRow>("State-stock flu vaccines", [
  {
    unitPrice: "1.99",
    effective: { from: "2020-10-13", to: "2021-08-31" },
    source: {
      label: "Le Moniteur des pharmacies et Le Quotidien du Pharmacien (campagne 2020-2021): vaccins antigrippaux du stock État facturés 1,99 € TTC, pris en charge à 100 % sans exonération",
    },
  },
]);

/** The State-stock price on a date, when a State stock was distributed then. */
export const stateStockPriceOn = (date: string): string | undefined => stateStockFluVaccines.rowsOn(date)[0]?.unitPrice;
