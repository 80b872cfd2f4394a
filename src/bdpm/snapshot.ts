import { isIsoDate } from "../engine/calendar.js";
import type { GenericType, PrescriptionRestriction, ProductFacts, ProductList } from "../engine/types.js";
import { validateCip13 } from "../identifiers/cip13.js";
import { restrictionOf } from "../rules/support/prescription-conditions.js";
import { decodeBdpm, parsePrice, parseRate, rowsOf } from "./text.js";

/** The files of a BDPM snapshot that the referential reads; any other file given is ignored. */
export const BDPM_FILES = ["CIS_CIP_bdpm.txt", "CIS_bdpm.txt", "CIS_CPD_bdpm.txt", "CIS_GENER_bdpm.txt", "CIS_MITM.txt"] as const;
export type BdpmFileName = (typeof BDPM_FILES)[number];

/** A row the loader could not read: reported, skipped, never thrown. */
export interface BdpmProblem {
  readonly file: string;
  /** 1-based; 0 for a problem of the whole file. */
  readonly line: number;
  readonly reason: string;
}

/** One published snapshot of the BDPM, parsed. */
export interface BdpmSnapshot {
  readonly publishedOn: string;
  readonly files: readonly BdpmFileName[];
  readonly presentations: ReadonlyMap<string, ProductFacts>;
  readonly problems: readonly BdpmProblem[];
}

/** A file that is not the BDPM file its name says, or a snapshot without presentations: an error of the caller's setup. */
export class BdpmFormatError extends Error {
  override readonly name = "BdpmFormatError";
}

/** Columns of each file, as published (a row with fewer is malformed). */
const COLUMNS: Readonly<Record<BdpmFileName, number>> = {
  "CIS_CIP_bdpm.txt": 12,
  "CIS_bdpm.txt": 12,
  "CIS_CPD_bdpm.txt": 2,
  "CIS_GENER_bdpm.txt": 4,
  "CIS_MITM.txt": 2,
};

const CIS = /^[0-9]{8}$/;
const GENERIC_TYPES: Readonly<Record<string, GenericType>> = { "0": "princeps", "1": "generic", "2": "generic", "4": "generic" };

type Row = { readonly line: number; readonly fields: readonly string[] };

/**
 * The rows of one file, those with too few columns or a CIS that is not 8 digits reported. More than
 * half of them malformed: the file is not what its name says.
 */
function readFile(name: BdpmFileName, bytes: Uint8Array, problems: BdpmProblem[]): Row[] {
  const rows: Row[] = [];
  let malformed = 0;
  let total = 0;
  for (const row of rowsOf(decodeBdpm(bytes))) {
    total++;
    const cisField = name === "CIS_GENER_bdpm.txt" ? row.fields[2] : row.fields[0];
    if (row.fields.length < COLUMNS[name] || !CIS.test(cisField ?? "")) {
      malformed++;
      if (problems.length < 1_000) {
        problems.push({ file: name, line: row.line, reason: row.fields.length < COLUMNS[name] ? `${row.fields.length} column(s), ${COLUMNS[name]} expected` : "no 8-digit CIS code" });
      }
      continue;
    }
    rows.push(row);
  }
  if (total === 0 || malformed * 2 > total) {
    throw new BdpmFormatError(`${name} is not a BDPM file: ${total === 0 ? "it is empty" : `${malformed} of its ${total} rows do not have its ${COLUMNS[name]} tab-separated columns and CIS code`}`);
  }
  return rows;
}

/** The restricted prescription a specialty's conditions set, as a field of its facts when there is one. */
function restrictionField(conditions: readonly string[]): { restriction?: PrescriptionRestriction } {
  const restriction = restrictionOf(conditions);
  return restriction === undefined ? {} : { restriction };
}

function listOf(conditions: readonly string[]): ProductList {
  const lower = conditions.map((condition) => condition.toLowerCase());
  if (lower.some((condition) => condition.startsWith("stupéfiant"))) return "stupefiant";
  if (lower.includes("liste i")) return "I";
  if (lower.includes("liste ii")) return "II";
  return "none";
}

const groupBy = <Value>(rows: readonly Row[], key: (row: Row) => string, value: (row: Row) => Value): Map<string, Value[]> => {
  const groups = new Map<string, Value[]>();
  for (const row of rows) {
    const id = key(row);
    let group = groups.get(id);
    if (group === undefined) groups.set(id, (group = []));
    group.push(value(row));
  }
  return groups;
};

/**
 * Parses the official BDPM text files of one snapshot, as published on `publishedOn`: `files` maps a
 * file name to its bytes (read from disk, fetched, or an upload: it runs in a browser too).
 * CIS_CIP_bdpm.txt is required; CIS_bdpm.txt, CIS_CPD_bdpm.txt, CIS_GENER_bdpm.txt and CIS_MITM.txt
 * are optional, and what a missing one would tell stays unknown (undefined), never "none".
 * Malformed rows are listed in `problems` and skipped. Throws BdpmFormatError for a file that is not
 * the BDPM file its name says, TypeError for a bad `publishedOn`.
 */
export function loadBdpm(files: Readonly<Record<string, Uint8Array>>, options: { readonly publishedOn: string }): BdpmSnapshot {
  if (!isIsoDate(options?.publishedOn)) throw new TypeError(`loadBdpm: publishedOn must be a YYYY-MM-DD date, got ${JSON.stringify(options?.publishedOn)}`);
  const problems: BdpmProblem[] = [];
  const given = new Set<BdpmFileName>();
  const rowsOfFile = (name: BdpmFileName): Row[] | undefined => {
    const bytes = files[name];
    if (bytes === undefined) return undefined;
    given.add(name);
    return readFile(name, bytes, problems);
  };
  for (const name of Object.keys(files)) {
    if (!(BDPM_FILES as readonly string[]).includes(name)) problems.push({ file: name, line: 0, reason: "not a file the referential reads: ignored" });
  }
  const presentationRows = rowsOfFile("CIS_CIP_bdpm.txt");
  if (presentationRows === undefined) throw new BdpmFormatError("a BDPM snapshot needs CIS_CIP_bdpm.txt (the presentations, their prices and rates)");

  const names = rowsOfFile("CIS_bdpm.txt");
  const nameOf = names && new Map(names.map((row) => [row.fields[0]!, row.fields[1]!]));
  const conditionRows = rowsOfFile("CIS_CPD_bdpm.txt");
  const conditionsOf = conditionRows && groupBy(conditionRows, (row) => row.fields[0]!, (row) => row.fields[1]!);
  const genericRows = rowsOfFile("CIS_GENER_bdpm.txt");
  const groupsOf =
    genericRows &&
    groupBy(
      genericRows.filter((row) => {
        if (GENERIC_TYPES[row.fields[3]!] !== undefined) return true;
        problems.push({ file: "CIS_GENER_bdpm.txt", line: row.line, reason: `unknown generic type ${JSON.stringify(row.fields[3])}` });
        return false;
      }),
      (row) => row.fields[2]!,
      (row) => ({ id: row.fields[0]!, label: row.fields[1]!, type: GENERIC_TYPES[row.fields[3]!]! }),
    );
  const atcRows = rowsOfFile("CIS_MITM.txt");
  const atcOf = atcRows && new Map(atcRows.map((row) => [row.fields[0]!, row.fields[1]!]));

  const presentations = new Map<string, ProductFacts>();
  for (const { line, fields } of presentationRows) {
    const [cis, , label, presentationStatus, marketingStatus, , cip13, , rateField, priceField] = fields as string[];
    const problem = (reason: string) => problems.push({ file: "CIS_CIP_bdpm.txt", line, reason });
    if (!validateCip13(cip13).ok) {
      problem(`${JSON.stringify(cip13)} is not a CIP13`);
      continue;
    }
    const ratePercent = parseRate(rateField ?? "");
    const price = parsePrice(priceField ?? "");
    if (ratePercent === null) {
      problem(`rate ${JSON.stringify(rateField)} is not a percentage`);
      continue;
    }
    if (price === null) {
      problem(`price ${JSON.stringify(priceField)} is not an amount in euros`);
      continue;
    }
    if (presentations.has(cip13!)) {
      problem(`CIP13 ${cip13} listed twice: the first row is kept`);
      continue;
    }
    const conditions = conditionsOf === undefined ? undefined : (conditionsOf.get(cis!) ?? []);
    const groups = groupsOf === undefined ? undefined : (groupsOf.get(cis!) ?? []);
    const name = nameOf?.get(cis!);
    const atc = atcOf?.get(cis!);
    presentations.set(cip13!, {
      cip13: cip13!,
      label: label!,
      ...(name !== undefined && { name }),
      ...(ratePercent !== undefined && { ratePercent }),
      ...(price !== undefined && { price }),
      reimbursed: ratePercent !== undefined,
      marketed: presentationStatus === "Présentation active" && marketingStatus === "Déclaration de commercialisation",
      ...(conditions !== undefined && {
        list: listOf(conditions),
        hospitalOnly: conditions.some((condition) => condition.toLowerCase() === "réservé à l'usage hospitalier"),
        prescriptionConditions: conditions,
        ...restrictionField(conditions),
      }),
      ...(groups !== undefined && { genericGroups: groups }),
      ...(atc !== undefined && { atc }),
    });
  }
  return { publishedOn: options.publishedOn, files: BDPM_FILES.filter((name) => given.has(name)), presentations, problems };
}
