// What a worker answers for a batch, as typed arrays: shared by the pool (main thread) and the
// workers. Kept apart from pool.ts so that a worker never bundles the pool, whose worker URL is
// relative to its own file.

/**
 * What a worker answers for a batch, or for a re-check (a batch of one): for each item in order, its
 * rendered report (UTF-8, line feed included) or a read error, and the fingerprints it leaves. A few
 * typed arrays a batch, their buffers moved from the worker, instead of objects and strings for
 * every invoice: the main thread, whose young generation no option bounds, keeps nothing of an
 * invoice alive but numbers in its window (see NumberWindow), and writes the reports without making
 * a string of any.
 */
export interface BatchOutcomes {
  readonly id: number;
  /** The reports back to back: item i's ends at `ends[i]` and starts where item i − 1's ends. */
  readonly output: Uint8Array;
  readonly ends: Uint32Array;
  /** 1 when item i's report has no error. */
  readonly ok: Uint8Array;
  /** The warnings of item i's report (for --max-warnings). */
  readonly warnings: Uint32Array;
  /** The fingerprints of all items as numbers (`fingerprintNumber`), back to back, item i's ending at `fingerprintEnds[i]`. */
  readonly fingerprints: Float64Array;
  readonly fingerprintEnds: Uint32Array;
  /** The items that could not be read (invalid JSON…), by place; they have no report and no fingerprint. */
  readonly errors: readonly ItemError[];
}

/** The buffers of a batch's outcomes, which a transfer moves as a whole. */
export const buffersOf = (outcomes: BatchOutcomes): ArrayBuffer[] =>
  [outcomes.output, outcomes.ends, outcomes.ok, outcomes.warnings, outcomes.fingerprints, outcomes.fingerprintEnds].map((view) => view.buffer as ArrayBuffer);

export interface ItemError {
  readonly index: number;
  readonly source: string;
  readonly message: string;
}
