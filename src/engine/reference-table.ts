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
  /** The rows in force on a date, in the table's order: the same frozen array for every date of a stretch where no row starts or ends. */
  rowsOn(date: string): readonly Row[];
  /** The first row in force on a date that matches, if any. */
  find(date: string, predicate: (row: Row) => boolean): Row | undefined;
}

const NO_ROWS: readonly never[] = Object.freeze([]);

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
  // The rows in force change only where a row starts or ends: between two such points, every date
  // has the same rows. They are computed once per stretch, so a date asks a binary search and gets a
  // shared frozen array (a batch's invoices are of many dates; filtering the rows again for each new
  // date was a microsecond an invoice for the prestation rates alone). A row ends after its `to`: the
  // first string above `to` is `to` + "\u0000", so a stretch holds exactly the dates isWithin admits.
  const points = [...new Set(frozen.flatMap(({ effective: { from, to } }) => (to === undefined ? [from] : [from, `${to}\u0000`])))].sort();
  const stretches = points.map((point) => Object.freeze(frozen.filter((row) => isWithin(point, row.effective))));
  const rowsOn = (date: string): readonly Row[] => {
    // The last point at or before the date; before the first, no row is in force.
    let low = 0;
    let high = points.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (points[middle]! <= date) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? NO_ROWS : stretches[low - 1]!;
  };
  return {
    name,
    rows: frozen,
    rowsOn,
    find: (date, predicate) => rowsOn(date).find(predicate),
  };
}
