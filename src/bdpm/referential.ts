import { daysBetween, isIsoDate } from "../engine/calendar.js";
import type { ProductLookup, Referential } from "../engine/types.js";
import type { BdpmSnapshot } from "./snapshot.js";

/**
 * How long a snapshot answers after its publication, by default: the BDPM is published every month,
 * and prices change with it. An invoice of a date of care further from the latest snapshot gets
 * "stale" (rules not evaluated) rather than last season's price.
 */
export const DEFAULT_MAX_AGE_DAYS = 62;

/**
 * A dated referential from snapshots of the BDPM (`loadBdpm`): for a CIP13 and a date of care, the
 * facts of the latest snapshot published on or before that date, if it is at most `maxAgeDays` old.
 * A vendor feeds the monthly files it already downloads; lookups are a map read.
 */
export function createReferential(snapshots: readonly BdpmSnapshot[], options: { readonly maxAgeDays?: number } = {}): Referential {
  const maxAgeDays = options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
  if (!Number.isInteger(maxAgeDays) || maxAgeDays < 0) throw new TypeError(`createReferential: maxAgeDays must be a whole number ≥ 0, got ${String(maxAgeDays)}`);
  const sorted = [...snapshots].sort((a, b) => (a.publishedOn < b.publishedOn ? -1 : a.publishedOn > b.publishedOn ? 1 : 0));
  for (let index = 1; index < sorted.length; index++) {
    if (sorted[index]!.publishedOn === sorted[index - 1]!.publishedOn) throw new TypeError(`createReferential: two snapshots published on ${sorted[index]!.publishedOn}`);
  }
  // What a date of care gets, remembered: a batch asks for a few dates many times, and a lookup is
  // then one read of this map and one of the snapshot's.
  type Answer = { readonly snapshot: BdpmSnapshot; readonly unknown: ProductLookup } | ProductLookup;
  const byDate = new Map<string, Answer>();
  const answerOn = (date: string): Answer => {
    let answer = byDate.get(date);
    if (answer !== undefined) return answer;
    let found: BdpmSnapshot | undefined;
    if (isIsoDate(date)) {
      for (const snapshot of sorted) {
        if (snapshot.publishedOn > date) break;
        found = snapshot;
      }
    }
    if (found === undefined) answer = { status: "no-snapshot" };
    else if (daysBetween(found.publishedOn, date) > maxAgeDays) answer = { status: "stale", publishedOn: found.publishedOn };
    else answer = { snapshot: found, unknown: { status: "unknown-product", publishedOn: found.publishedOn } };
    if (byDate.size > 10_000) byDate.clear();
    byDate.set(date, answer);
    return answer;
  };
  return {
    publishedOn: Object.freeze(sorted.map((snapshot) => snapshot.publishedOn)),
    product(cip13: string, dateOfCare: string): ProductLookup {
      const answer = answerOn(dateOfCare);
      if (!("snapshot" in answer)) return answer;
      const facts = answer.snapshot.presentations.get(cip13);
      return facts === undefined ? answer.unknown : { status: "found", facts, publishedOn: answer.snapshot.publishedOn };
    },
  };
}
