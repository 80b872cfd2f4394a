// A worker thread of `tiers-payant check --jobs N`: parses and checks batches of invoices and renders
// their output, so that the main thread only reads, keeps the duplicate window and writes in order.
import { parentPort, workerData } from "node:worker_threads";
import { compileChecker, type SplitChecker } from "../engine/check.js";
import type { Report } from "../engine/types.js";
import { colours, plain, renderReport } from "./format.js";
import { expandItem, parseItem, type CheckableItem } from "./inputs.js";
import type { BatchResult, Outcome, WorkerRequest, WorkerSetup } from "./pool.js";

/** Invoices checked between two looks at the queue: a re-check waits for a slice, not a batch. */
const SLICE = 16;

const port = parentPort!;
const setup = workerData as WorkerSetup;
const style = setup.colour ? colours : plain;
let checker: SplitChecker;
try {
  checker = compileChecker(setup.options);
} catch (error) {
  // Bad options (an unknown rule id in the config…): the main thread reports them as a usage error.
  port.postMessage({ setupError: error instanceof Error ? error.message : String(error) });
  process.exit(0);
}

function outcomeOf(item: CheckableItem, seen: readonly string[] | undefined): Outcome {
  const parsed = parseItem(item);
  if (parsed.kind === "error") return parsed;
  const rendered = (report: Report) => ({ kind: "report" as const, source: parsed.source, ok: report.ok, output: renderReport(setup.format, parsed.source, report, setup.locale, style) });
  if (seen !== undefined) return rendered(checker.recheck(parsed.value, seen));
  const { report, fingerprints } = checker.detached(parsed.value);
  return { ...rendered(report), fingerprints };
}

type Batch = { readonly id: number; readonly items: readonly CheckableItem[] };
type Recheck = Extract<WorkerRequest, { kind: "recheck" }>;

// The main thread waits, output in hand, for each re-check: re-checks go before the batches.
const rechecks: Recheck[] = [];
const batches: Batch[] = [];
/** The items of every batch handed here and not released: a re-check names an item by its place. */
const kept = new Map<number, readonly CheckableItem[]>();
let current: { readonly request: Batch; readonly outcomes: Outcome[] } | undefined;
let scheduled = false;

const post = (id: number, outcomes: readonly Outcome[]) => port.postMessage({ id, outcomes } satisfies BatchResult);
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
