import { defineTable } from "../engine/reference-table.js";
import type { PrestationCode } from "../model/codes.js";

/** AMO reimbursement rate of a prestation code, in percent of the base, métropole, régime général. */
export interface PrestationRateRow {
  readonly codes: readonly PrestationCode[];
  readonly ratePercent: number;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly source: { readonly label: string; readonly url?: string };
}

const R160_5 = { label: "CSS R160-5 (participation de l'assuré par classe de médicaments et honoraire afférent); SNDS IR_NAT_V" };

// Codes absent from this table (HDR, HDA, HDE, HC, HDS, PPI, PDP, GS1, GS2, LPP, TRD) have no
// rate pinned in facts.md (§2.6, §16-7): the money rules say so instead of guessing.
export const prestationRates = defineTable<PrestationRateRow>("prestation rates", [
  { codes: ["PH1", "HD1", "HG1"], ratePercent: 100, effective: { from: "1990-01-01" }, source: { label: "CSS R160-8 (médicaments irremplaçables et coûteux, honoraire afférent)" } },
  { codes: ["PH7", "HD7", "HG7", "PMR"], ratePercent: 65, effective: { from: "1990-01-01" }, source: R160_5 },
  { codes: ["PH4", "HD4", "HG4", "PM4"], ratePercent: 30, effective: { from: "1990-01-01" }, source: R160_5 },
  { codes: ["PH2", "HD2", "HG2"], ratePercent: 15, effective: { from: "1990-01-01" }, source: R160_5 },
  { codes: ["PHN"], ratePercent: 0, effective: { from: "1990-01-01" }, source: { label: "SNDS IR_NAT_V: PHN pharmacie non remboursable" } },
  { codes: ["PMH", "MHU"], ratePercent: 30, effective: { from: "1990-01-01", to: "2020-12-31" }, source: { label: "Homéopathie remboursée à 30 % jusqu'au 31/12/2020" } },
  { codes: ["PMH", "MHU"], ratePercent: 0, effective: { from: "2021-01-01" }, source: { label: "Déremboursement de l'homéopathie au 1er janvier 2021" } },
  { codes: ["VGP"], ratePercent: 60, effective: { from: "1990-01-01", to: "2019-10-31" }, source: { label: "FSPF 13, « Facturation de l'acte de vaccination antigrippale » (10/2019): 60 % avant le 1er novembre 2019" } },
  { codes: ["VGP"], ratePercent: 70, effective: { from: "2019-11-01" }, source: { label: "FSPF 13 (10/2019): VGP remboursé à 70 % AMO à partir du 1er novembre 2019", url: "https://pharmaciens13.info/2019/10/facturation-de-lacte-de-vaccination-antigrippale-et-du-vaccin" } },
  { codes: ["RVA"], ratePercent: 70, effective: { from: "2023-08-09" }, source: { label: "Le Moniteur, « Vaccination à l'officine : la facturation » (02/01/2024): RVA à 70 % si le vaccin est remboursé" } },
  { codes: ["INJ"], ratePercent: 100, effective: { from: "2021-01-01" }, source: { label: "ameli pharmacien, injection vaccin COVID-19 (INJ) prise en charge à 100 %" } },
]);

/** The rate of a prestation code on a date, or undefined when no rate is pinned for it. */
export function prestationRate(code: PrestationCode, date: string): number | undefined {
  return prestationRates.find(date, (row) => row.codes.includes(code))?.ratePercent;
}

/** Régime local d'Alsace-Moselle (nature 13): 65 % → 90 %, 30 % → 80 %, 15 % not complemented (facts §4.7). */
export const alsaceMoselleRates: Readonly<Record<number, number>> = { 100: 100, 90: 90, 80: 80, 65: 90, 30: 80, 15: 15, 0: 0 };
