// A worker thread of `tiers-payant check --jobs N`: parses and checks batches of invoices and renders
// their output, so that the main thread only reads, keeps the duplicate window and writes in order.
import type { SeenFingerprint } from "./number-window.js";
import { parentPort, workerData } from "node:worker_threads";
import { compileChecker, type SplitChecker } from "../checking.js";
import type { Report } from "../engine/types.js";
import { colours, plain, renderReport, warningsOf } from "./format.js";
import { expandItem, parseItem, type CheckableItem } from "./inputs.js";
import { fingerprintNumber } from "./number-window.js";
import { loadReferential } from "./referential.js";
import { buffersOf, type BatchOutcomes, type ItemError } from "./outcomes.js";
import type { WorkerRequest, WorkerSetup } from "./pool.js";

/** Invoices checked between two looks at the queue: a re-check waits for a slice, not a batch. */
const SLICE = 16;

const port = parentPort!;
const setup = workerData as WorkerSetup;
const style = setup.colour ? colours : plain;
let checker: SplitChecker;
try {
  const loaded = setup.bdpm.length === 0 ? undefined : await loadReferential(setup.bdpm);
  if (loaded !== undefined && loaded.problems.length > 0) port.postMessage({ notices: loaded.problems });
  checker = compileChecker(loaded === undefined ? setup.options : { ...setup.options, referential: loaded.referential });
} catch (error) {
  // Bad options (an unknown rule id in the config, a --bdpm folder that is no snapshot…): the main
  // thread reports them as a usage error.
  port.postMessage({ setupError: error instanceof Error ? error.message : String(error) });
  process.exit(0);
}

/** What one item gave, its report still text: a batch's texts are encoded together (see `encode`). */
type Rendered =
  | { readonly kind: "error"; readonly source: string; readonly message: string }
  | { readonly kind: "report"; readonly ok: boolean; readonly warnings: number; readonly text: string; readonly fingerprints: readonly string[] };

const NO_FINGERPRINT: readonly string[] = [];

/**
 * For the CLI's own tests only: a worker that meets an invoice with this id fills its heap until it
 * dies, as a pathological input could, so that the tests can see the run go on without it.
 */
const EXHAUST_MEMORY_ON = process.env.TIERS_PAYANT_TEST_EXHAUST_MEMORY_ON;

function exhaustMemory(): never {
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array<number>(1_000_000).fill(hoard.length));
}

/** Checks an item; `seen` names, by place, those of its fingerprints the stream had seen before it, and where. */
function outcomeOf(item: CheckableItem, seen: readonly SeenFingerprint[] | undefined): Rendered {
  const parsed = parseItem(item);
  if (parsed.kind === "error") return parsed;
  if (EXHAUST_MEMORY_ON !== undefined && (parsed.value as { id?: unknown } | null)?.id === EXHAUST_MEMORY_ON) exhaustMemory();
  const rendered = (report: Report, fingerprints: readonly string[]): Rendered => ({
    kind: "report",
    ok: report.ok,
    warnings: warningsOf(report),
    text: renderReport(setup.format, parsed.source, report, setup.locale, style, setup.render),
    fingerprints,
  });
  const { report, fingerprints } = checker.detached(parsed.value);
  if (seen === undefined) return rendered(report, fingerprints);
  // Rare (a re-sent invoice): its fingerprints are taken again to know which ones were seen.
  return rendered(checker.recheck(parsed.value, new Map(seen.map(({ place, position }) => [fingerprints[place]!, position]))), NO_FINGERPRINT);
}

const utf8 = new TextEncoder();

/** A batch's outcomes as the typed arrays of BatchOutcomes, and the buffers to move with them. */
function encode(id: number, rendered: readonly Rendered[]): { readonly outcomes: BatchOutcomes; readonly transfer: ArrayBuffer[] } {
  const count = rendered.length;
  const ends = new Uint32Array(count);
  const ok = new Uint8Array(count);
  const warnings = new Uint32Array(count);
  const fingerprintEnds = new Uint32Array(count);
  const errors: ItemError[] = [];
  const texts: string[] = [];
  const numbers: number[] = [];
  let end = 0;
  rendered.forEach((outcome, index) => {
    if (outcome.kind === "error") errors.push({ index, source: outcome.source, message: outcome.message });
    else {
      texts.push(outcome.text);
      end += Buffer.byteLength(outcome.text);
      ok[index] = outcome.ok ? 1 : 0;
      warnings[index] = outcome.warnings;
      for (const fingerprint of outcome.fingerprints) numbers.push(fingerprintNumber(fingerprint));
    }
    ends[index] = end;
    fingerprintEnds[index] = numbers.length;
  });
  const output = utf8.encode(texts.join(""));
  const fingerprints = Float64Array.from(numbers);
  const outcomes = { id, output, ends, ok, warnings, fingerprints, fingerprintEnds, errors };
  return { outcomes, transfer: buffersOf(outcomes) };
}

type Batch = { readonly id: number; readonly items: readonly CheckableItem[] };
type Recheck = Extract<WorkerRequest, { kind: "recheck" }>;

// The main thread waits, output in hand, for each re-check: re-checks go before the batches.
const rechecks: Recheck[] = [];
const batches: Batch[] = [];
/** The items of every batch handed here and not released: a re-check names an item by its place. */
const kept = new Map<number, readonly CheckableItem[]>();
let current: { readonly request: Batch; readonly outcomes: Rendered[] } | undefined;
let scheduled = false;

const post = (id: number, rendered: readonly Rendered[]) => {
  const { outcomes, transfer } = encode(id, rendered);
  port.postMessage(outcomes, transfer);
};
const schedule = () => {
  if (scheduled) return;
  scheduled = true;
  setImmediate(work);
};

function work(): void {
  scheduled = false;
  const recheck = rechecks.shift();
  if (recheck !== undefined) post(recheck.id, [outcomeOf(kept.get(recheck.batch)![recheck.index]!, recheck.seen)]);
  else {
    if (current === undefined) {
      const request = batches.shift();
      if (request !== undefined) current = { request, outcomes: [] };
    }
    if (current !== undefined) {
      const { request, outcomes } = current;
      for (const item of request.items.slice(outcomes.length, outcomes.length + SLICE)) outcomes.push(outcomeOf(item, undefined));
      if (outcomes.length === request.items.length) {
        post(request.id, outcomes);
        current = undefined;
      }
    }
  }
  if (rechecks.length > 0 || batches.length > 0 || current !== undefined) schedule();
}

port.on("message", (request: WorkerRequest) => {
  if (request.kind === "release") {
    // Its buffers come back with it, and are left to this heap's next collection.
    kept.delete(request.batch);
    return;
  }
  if (request.kind === "batch") {
    const items = request.items.flatMap(expandItem);
    kept.set(request.id, items);
    batches.push({ id: request.id, items });
  } else rechecks.push(request);
  schedule();
});
