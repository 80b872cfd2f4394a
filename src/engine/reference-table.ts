import type { Effective, Source } from "./types.js";
import { isWithin } from "./calendar.js";

/** A row of law with the dates it holds and where it comes from. */
export interface DatedRow {
  readonly effective: Effective;
  readonly source: Source;
}

export interface ReferenceTable<Row extends DatedRow> {
  readonly name: string;
  readonly rows: readonly Row[];
  /** The rows in force on a date. */
  rowsOn(date: string): readonly Row[];
  /** The first row in force on a date that matches, if any. */
  find(date: string, predicate: (row: Row) => boolean): Row | undefined;
}

/**
 * Declares a dated reference table. Amounts, lists and thresholds change with the law, so rules
 * read them by date instead of holding literals. Bad rows are programmer errors and throw at load.
 */
export function defineTable<Row extends DatedRow>(name: string, rows: readonly Row[]): ReferenceTable<Row> {
  for (const [index, row] of rows.entries()) {
    const { from, to } = row.effective;
    if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(from) || (to !== undefined && to < from)) {
      throw new TypeError(`table ${name}, row ${index}: effective dates must be YYYY-MM-DD with from ≤ to`);
    }
    if (!row.source.label.trim()) throw new TypeError(`table ${name}, row ${index}: a source is required`);
  }
  const frozen = Object.freeze([...rows]);
  // The rows of the last date asked: a rule asks once per line, and an invoice's lines, like most
  // invoices of a batch, share their date of care. One entry, so memory does not grow with dates.
  let lastDate: string | undefined;
  let lastRows: readonly Row[] = frozen;
  const rowsOn = (date: string): readonly Row[] => {
    if (date !== lastDate) {
      lastRows = Object.freeze(frozen.filter((row) => isWithin(date, row.effective)));
      lastDate = date;
    }
    return lastRows;
  };
  return {
    name,
    rows: frozen,
    rowsOn,
    find: (date, predicate) => rowsOn(date).find(predicate),
  };
}
