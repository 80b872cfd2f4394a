import { readFileSync } from "node:fs";
import { inBench } from "./paths.js";

/** A reimbursed presentation of the BDPM extract (bench/data/drugs.tsv, built by extract-drugs.mjs). */
export interface BdpmDrug {
  readonly cip13: string;
  readonly ratePercent: 100 | 65 | 30 | 15;
  readonly price: string;
  readonly list: "I" | "II" | "stupefiant" | "none";
  readonly atc: string | undefined;
  readonly name: string;
}

export interface DrugPools {
  readonly all: readonly BdpmDrug[];
  /** Everything a plain ordonnance may hold: neither a narcotic nor a vaccine. */
  readonly ordinary: readonly BdpmDrug[];
  readonly narcotics: readonly BdpmDrug[];
  readonly fluVaccines: readonly BdpmDrug[];
}

const FLU_VACCINE = /VAXIGRIP|INFLUVAC|FLUARIX|EFLUELDA|FLUAD/;

export function loadDrugs(path = inBench("data", "drugs.tsv")): DrugPools {
  const [, ...rows] = readFileSync(path, "utf8").trimEnd().split("\n");
  const all = rows.map((row): BdpmDrug => {
    const [cip13 = "", rate = "", price = "", list = "", atc = "", name = ""] = row.split("\t");
    return { cip13, ratePercent: Number(rate) as BdpmDrug["ratePercent"], price, list: list as BdpmDrug["list"], atc: atc || undefined, name };
  });
  const fluVaccines = all.filter((drug) => FLU_VACCINE.test(drug.name));
  return {
    all,
    ordinary: all.filter((drug) => drug.list !== "stupefiant" && !fluVaccines.includes(drug)),
    narcotics: all.filter((drug) => drug.list === "stupefiant"),
    fluVaccines,
  };
}
