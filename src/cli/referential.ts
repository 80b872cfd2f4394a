import { basename } from "node:path";
import { isIsoDate } from "../engine/calendar.js";
import type { Referential } from "../engine/types.js";

/** A snapshot the CLI is asked to read: `--bdpm DIR` (the date in the folder's name) or `--bdpm DIR@YYYY-MM-DD`. */
export interface BdpmSpec {
  readonly path: string;
  readonly publishedOn: string;
}

const DATE_IN_NAME = /([0-9]{4}-[0-9]{2}-[0-9]{2})(?!.*[0-9]{4}-[0-9]{2}-[0-9]{2})/;

/** The snapshots of the `--bdpm` values; a message for the first that cannot be read as one. */
export function bdpmSpecs(values: readonly string[]): BdpmSpec[] | string {
  const specs: BdpmSpec[] = [];
  for (const value of values) {
    const at = value.lastIndexOf("@");
    const [path, date] = at > 0 && isIsoDate(value.slice(at + 1)) ? [value.slice(0, at), value.slice(at + 1)] : [value, DATE_IN_NAME.exec(basename(value))?.[1]];
    if (date === undefined || !isIsoDate(date)) return `--bdpm ${value}: say when the snapshot was published, in the folder's name (bdpm-2026-01-28) or as DIR@YYYY-MM-DD`;
    specs.push({ path, publishedOn: date });
  }
  return specs;
}

/**
 * The referential of the snapshots, and what their files had that could not be read; an error that
 * says `cannot read --bdpm` when a folder is not a snapshot. Read by the thread that checks, once:
 * the main thread for a short input, each worker for itself (a referential is a map of functions
 * and cannot be handed to a thread), so that the main thread of a long run stays small.
 */
export async function loadReferential(specs: readonly BdpmSpec[]): Promise<{ readonly referential: Referential; readonly problems: readonly string[] }> {
  const { readBdpmFolder, createReferential } = await import("../bdpm/node.js");
  const snapshots = [];
  const problems: string[] = [];
  for (const spec of specs) {
    let snapshot;
    try {
      snapshot = await readBdpmFolder(spec.path, { publishedOn: spec.publishedOn });
    } catch (error) {
      throw new Error(`cannot read --bdpm: ${error instanceof Error ? error.message : String(error)}`);
    }
    const rows = snapshot.problems.filter((problem) => problem.line > 0).length;
    if (rows > 0) problems.push(`--bdpm ${spec.path}: ${rows} row(s) could not be read and were skipped (first: ${snapshot.problems.find((problem) => problem.line > 0)!.file}:${snapshot.problems.find((problem) => problem.line > 0)!.line})`);
    snapshots.push(snapshot);
  }
  return { referential: createReferential(snapshots), problems };
}
