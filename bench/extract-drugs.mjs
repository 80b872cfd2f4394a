// Builds bench/data/drugs.tsv from the BDPM presentations table (shared/data/bdpm/presentations.csv):
// the reimbursed presentations a town pharmacy dispenses (a rate and a price, not hospital-only),
// with only the columns the benchmark mix uses. Run it again when the BDPM extract is refreshed:
//   node bench/extract-drugs.mjs ../shared/data/bdpm/presentations.csv
// Source : Base de données publique des médicaments (ANSM/HAS/UNCAM), Licence Ouverte.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** RFC 4180 rows: quoted fields may hold commas, newlines and doubled quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const source = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "../../shared/data/bdpm/presentations.csv");
const [header, ...rows] = parseCsv(readFileSync(source, "utf8"));
const column = (name) => {
  const index = header.indexOf(name);
  if (index < 0) throw new Error(`column ${name} missing from ${source}`);
  return index;
};
const at = {
  cip13: column("cip13"),
  rate: column("rate"),
  price: column("price_eur"),
  list: column("list"),
  hospitalOnly: column("hospital_only"),
  atc: column("atc_mitm"),
  name: column("specialty"),
};
const out = ["cip13\trate\tprice\tlist\tatc\tname"];
for (const row of rows) {
  const rate = row[at.rate];
  if (!["100%", "65%", "30%", "15%"].includes(rate) || row[at.price] === "" || row[at.hospitalOnly] !== "no") continue;
  const name = row[at.name].replace(/\s+/g, " ").slice(0, 60);
  out.push([row[at.cip13], rate.replace("%", ""), row[at.price], row[at.list], row[at.atc], name].join("\t"));
}
const target = join(dirname(fileURLToPath(import.meta.url)), "data/drugs.tsv");
writeFileSync(target, `${out.join("\n")}\n`);
console.log(`${out.length - 1} presentations written to ${target}`);
