// Builds test/arbitraries/drugs.tsv: a fixed, stratified sample of real BDPM presentations for the
// clean-invoice generator, from shared/data/bdpm/presentations.csv (BDPM files of 2026-01-28).
// Source : Base de données publique des médicaments (ANSM/HAS/UNCAM), Licence Ouverte.
//   node scripts/extract-test-drugs.mjs ../shared/data/bdpm/presentations.csv > test/arbitraries/drugs.tsv
import { readFileSync } from "node:fs";

function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') { field += '"'; index++; }
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") { row.push(field); field = ""; }
    else if (char === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    else if (char !== "\r") field += char;
  }
  if (field !== "" || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

const [header, ...records] = parseCsv(readFileSync(process.argv[2], "utf8"));
const column = (name) => header.indexOf(name);
const get = (record, name) => record[column(name)] ?? "";
const RATES = new Map([["100%", 100], ["65%", 65], ["30%", 30], ["15%", 15]]);
// The number of units in the box, read from the BDPM label (« … de 90 comprimé(s) »).
const units = (label) => Number(/de (\d+)\s+(?:comprimé|gélule|capsule)/.exec(label)?.[1] ?? 0);

const usable = records.filter(
  (record) =>
    RATES.has(get(record, "rate")) &&
    get(record, "price_eur") !== "" &&
    get(record, "hospital_only") === "no" &&
    get(record, "cip13_check_ok") === "yes" &&
    get(record, "presentation_status") === "Présentation active" &&
    get(record, "marketing_status") === "Déclaration de commercialisation",
);
const FLU = /^(VAXIGRIP|INFLUVAC|FLUARIX|EFLUELDA|FLUAD)/;
const strata = {
  flu: (record) => FLU.test(get(record, "specialty")),
  narcotic: (record) => get(record, "list") === "stupefiant",
  listI: (record) => get(record, "list") === "I",
  listII: (record) => get(record, "list") === "II",
  unlisted: (record) => get(record, "list") === "none",
};
const SIZE = { flu: 20, narcotic: 30, listI: 160, listII: 70, unlisted: 60 };
const taken = [];
for (const [name, test] of Object.entries(strata)) {
  const pool = usable.filter((record) => test(record) && (name === "flu" || !FLU.test(get(record, "specialty"))));
  const step = Math.max(1, Math.floor(pool.length / SIZE[name]));
  for (let index = 0; index < pool.length && taken.filter((entry) => entry.stratum === name).length < SIZE[name]; index += step) taken.push({ stratum: name, record: pool[index] });
}
const lines = ["cip13\trate\tprice\tlist\tatc\tgenericType\tunits\tname\trestricted\treservedTo"];
// The conditions that reserve a drug to some prescribers (PRS, PSE, their specialties), as published.
const reserving = (conditions) => conditions.split(" | ").filter((condition) => /spécialistes|réservée? aux|renouvellement non restreint/.test(condition)).join(" | ");
for (const { record } of taken) {
  const price = get(record, "price_eur").replace(/,(?=\d{3},)/g, "").replace(",", ".");
  const type = get(record, "generic_type");
  const genericType = type === "princeps" ? "princeps" : type.startsWith("generique") ? "generic" : "";
  lines.push([get(record, "cip13"), RATES.get(get(record, "rate")), price, get(record, "list"), get(record, "atc_mitm"), genericType, units(get(record, "label")), get(record, "specialty").replace(/\t/g, " "), get(record, "hospital_flags").split(";").filter((flag) => flag === "PH" || flag === "PIH").join(";"), reserving(get(record, "cpd_conditions"))].join("\t"));
}
process.stdout.write(`${lines.join("\n")}\n`);
