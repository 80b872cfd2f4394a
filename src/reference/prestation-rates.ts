import { defineTable } from "../engine/reference-table.js";
import type { PrestationCode } from "../model/codes.js";

/** AMO reimbursement rate of a prestation code, in percent of the base, métropole, régime général. */
export interface PrestationRateRow {
  readonly codes: readonly PrestationCode[];
  readonly ratePercent: number;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly source: { readonly label: string; readonly url?: string };
}

const R160_5 = { label: "CSS R160-5 (ancien R322-1): participation de l'assuré par classe de médicaments et honoraires afférents; SNDS, nomenclature IR_NAT_V" };
const PH4_2011 = {
  label: "Décret n° 2011-56 du 14 janvier 2011 et décision de l'UNCAM (JO du 6 avril 2011): médicaments à vignette bleue et homéopathie remboursés à 30 % au lieu de 35 % à partir du 2 mai 2011",
};
const PH2_2010 = { label: "Taux de 15 % (vignette orange, service médical rendu faible) en vigueur depuis avril 2010" };
const HOMEOPATHY = {
  label: "Décrets n° 2019-904 et 2019-905 (JO du 31 août 2019) et arrêtés du 8 octobre 2019: homéopathie remboursée à 15 % en 2020, plus du tout à partir du 1er janvier 2021",
};
const ORDONNANCE_FEES = {
  label: "ameli pharmacien (2025): « le ticket modérateur des honoraires de garde est de 35 %, comme les autres honoraires à l'ordonnance »; avenant 11 à la convention nationale pharmaceutique (honoraires à l'ordonnance, 2019)",
};

// Codes absent from this table (HC, HDS, PPI, PDP, GS1, GS2, LPP, TRD) have no rate pinned by a
// public source read: the money rules say so instead of guessing.
export const prestationRates = defineTable<PrestationRateRow>("prestation rates", [
  { codes: ["PH1", "HD1", "HG1"], ratePercent: 100, effective: { from: "1990-01-01" }, source: { label: "CSS R160-8 (médicaments irremplaçables et coûteux, honoraire afférent)" } },
  { codes: ["PH7", "HD7", "HG7", "PMR"], ratePercent: 65, effective: { from: "1990-01-01" }, source: R160_5 },
  { codes: ["PH4", "HD4", "HG4", "PM4"], ratePercent: 35, effective: { from: "1990-01-01", to: "2011-05-01" }, source: PH4_2011 },
  { codes: ["PH4", "HD4", "HG4", "PM4"], ratePercent: 30, effective: { from: "2011-05-02" }, source: PH4_2011 },
  { codes: ["PH2", "HD2", "HG2"], ratePercent: 15, effective: { from: "2010-04-15" }, source: PH2_2010 },
  { codes: ["PHN"], ratePercent: 0, effective: { from: "1990-01-01" }, source: { label: "SNDS, nomenclature IR_NAT_V: PHN pharmacie non remboursable" } },
  { codes: ["PMH", "MHU"], ratePercent: 35, effective: { from: "1990-01-01", to: "2011-05-01" }, source: PH4_2011 },
  { codes: ["PMH", "MHU"], ratePercent: 30, effective: { from: "2011-05-02", to: "2019-12-31" }, source: PH4_2011 },
  { codes: ["PMH", "MHU"], ratePercent: 15, effective: { from: "2020-01-01", to: "2020-12-31" }, source: HOMEOPATHY },
  { codes: ["PMH", "MHU"], ratePercent: 0, effective: { from: "2021-01-01" }, source: HOMEOPATHY },
  { codes: ["HDR", "HDA", "HDE"], ratePercent: 65, effective: { from: "2019-01-01" }, source: ORDONNANCE_FEES },
  { codes: ["VGP"], ratePercent: 60, effective: { from: "1990-01-01", to: "2019-10-31" }, source: { label: "FSPF 13, « Facturation de l'acte de vaccination antigrippale » (10/2019): 60 % avant le 1er novembre 2019", url: "https://pharmaciens13.info/2019/10/facturation-de-lacte-de-vaccination-antigrippale-et-du-vaccin" } },
  { codes: ["VGP"], ratePercent: 70, effective: { from: "2019-11-01" }, source: { label: "FSPF 13 (10/2019): VGP remboursé à 70 % AMO à partir du 1er novembre 2019", url: "https://pharmaciens13.info/2019/10/facturation-de-lacte-de-vaccination-antigrippale-et-du-vaccin" } },
  { codes: ["RVA"], ratePercent: 70, effective: { from: "2023-08-09" }, source: { label: "Le Moniteur des pharmacies, « Vaccination à l'officine : la facturation » (02/01/2024): RVA à 70 % si le vaccin est remboursé" } },
  { codes: ["INJ"], ratePercent: 100, effective: { from: "2021-01-01" }, source: { label: "ameli pharmacien, injection du vaccin COVID-19 (INJ) prise en charge à 100 %" } },
]);

// The rates by code of each stretch of dates: rowsOn gives the same array for every date of a stretch.
const ratesOfRows = new WeakMap<readonly PrestationRateRow[], ReadonlyMap<PrestationCode, number>>();

/** The rate of a prestation code on a date, or undefined when no rate is pinned for it then. */
export function prestationRate(code: PrestationCode, date: string): number | undefined {
  const rows = prestationRates.rowsOn(date);
  let byCode = ratesOfRows.get(rows);
  if (byCode === undefined) {
    // The first row in force that names a code gives its rate, as a search of the table would.
    const rates = new Map<PrestationCode, number>();
    for (const row of rows) for (const each of row.codes) if (!rates.has(each)) rates.set(each, row.ratePercent);
    ratesOfRows.set(rows, rates);
    byCode = rates;
  }
  return byCode.get(code);
}

/** The vignette bleue class (30 %, 35 % before 2011-05-02): invalidité does not cover it. */
export const BLUE_VIGNETTE_CODES: ReadonlySet<PrestationCode> = new Set(["PH4", "HD4", "HG4", "PM4"]);
/** The 15 % class (SMR faible): no exonération takes it higher, and adults of the AME have it at 0 %. */
export const FIFTEEN_PERCENT_CODES: ReadonlySet<PrestationCode> = new Set(["PH2", "HD2", "HG2"]);

/** Régime local d'Alsace-Moselle (nature 13): 65 % → 90 %, 30 % → 80 %, 15 % not complemented. */
export const alsaceMoselleRates: Readonly<Record<number, number>> = { 100: 100, 90: 90, 80: 80, 65: 90, 30: 80, 15: 15, 0: 0 };
