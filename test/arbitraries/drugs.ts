import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { restrictionOf } from "../../src/rules/support/prescription-conditions.js";

/**
 * Real presentations of the BDPM (files of 2026-01-28), a fixed stratified sample built by
 * scripts/extract-test-drugs.mjs from shared/data/bdpm/presentations.csv: reimbursed, sold in town,
 * valid CIP13. Source : Base de données publique des médicaments (ANSM/HAS/UNCAM), Licence Ouverte.
 */
export interface RealDrug {
  readonly cip13: string;
  readonly ratePercent: 100 | 65 | 30 | 15;
  readonly price: string;
  readonly list: "I" | "II" | "stupefiant" | "none";
  readonly atc: string | undefined;
  readonly genericType: "princeps" | "generic" | undefined;
  /** Units in the box when the label says (« de 90 comprimé(s) »), else 0. */
  readonly units: number;
  readonly name: string;
  /** Of restricted prescription (BDPM CIS_CPD): hospital prescription (PH), initial hospital prescription (PIH). */
  readonly restricted: boolean;
  /** The specialties its prescription, or its initial prescription, is reserved to (PRS, PSE); [] when none. */
  readonly specialists: readonly string[];
}

const rows = readFileSync(resolve(import.meta.dirname, "drugs.tsv"), "utf8").trimEnd().split("\n").slice(1);
export const realDrugs: readonly RealDrug[] = rows.map((row) => {
  const [cip13 = "", rate = "", price = "", list = "", atc = "", genericType = "", units = "0", name = "", restricted = "", reservedTo = ""] = row.split("\t");
  const reservation = restrictionOf(reservedTo === "" ? [] : reservedTo.split(" | "));
  return {
    cip13,
    ratePercent: Number(rate) as RealDrug["ratePercent"],
    price,
    list: list as RealDrug["list"],
    atc: atc || undefined,
    genericType: (genericType || undefined) as RealDrug["genericType"],
    units: Number(units),
    name,
    restricted: restricted !== "",
    specialists: reservation?.kind === "PRS" || reservation?.kind === "PSE" ? reservation.specialties : [],
  };
});

const FLU = /^(VAXIGRIP|INFLUVAC|FLUARIX|EFLUELDA|FLUAD)/;
// Hypnotics and anxiolytics of reduced duration (arrêté du 7 octobre 1991), matched by exact substance.
const REDUCED = /^N05(BA|CD|CF)/;

export const fluVaccines = realDrugs.filter((drug) => FLU.test(drug.name));
/** The vaccines reimbursed whatever the age in the target groups (Efluelda and Fluad only from 65). */
export const fluVaccinesForAll = fluVaccines.filter((drug) => !/^(EFLUELDA|FLUAD)/.test(drug.name));
export const narcotics = realDrugs.filter((drug) => drug.list === "stupefiant" && !drug.atc?.startsWith("N07BC"));
export const substitutionDrugs = realDrugs.filter((drug) => drug.atc?.startsWith("N07BC"));
/** Tramadol, codéine, dihydrocodéine: a secure ordonnance from 2025-03-01, so not on an everyday one. */
const SECURE_OPIOID = /^(N02AX02|N02AX52|N02AJ0[6-9]|N02AJ1[34]|N02AA[05]8|R05DA04)$/;
// A drug of hospital prescription, of initial hospital prescription, or reserved to specialists is not
// on a general practitioner's everyday ordonnance.
export const ordinaryDrugs = realDrugs.filter(
  (drug) => drug.list !== "stupefiant" && !FLU.test(drug.name) && !SECURE_OPIOID.test(drug.atc ?? "") && !drug.restricted && drug.specialists.length === 0,
);
/** What a stay abroad may take for months: no stupéfiant, no hypnotic or anxiolytic of reduced duration. */
export const travelDrugs = ordinaryDrugs.filter((drug) => !(drug.atc !== undefined && REDUCED.test(drug.atc)));
