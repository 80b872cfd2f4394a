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

/** An outcome whose report is still text: a batch's texts are encoded together (see `encode`). */
type Rendered = Exclude<Outcome, { kind: "report" }> | { readonly kind: "report"; readonly ok: boolean; readonly text: string; readonly fingerprints?: readonly string[] };

function outcomeOf(item: CheckableItem, seen: readonly string[] | undefined): Rendered {
  const parsed = parseItem(item);
  if (parsed.kind === "error") return parsed;
  const rendered = (report: Report) => ({ kind: "report" as const, ok: report.ok, text: `${renderReport(setup.format, parsed.source, report, setup.locale, style)}\n` });
  if (seen !== undefined) return rendered(checker.recheck(parsed.value, seen));
  const { report, fingerprints } = checker.detached(parsed.value);
  return { ...rendered(report), fingerprints };
}

const utf8 = new TextEncoder();

/** The reports of a batch as views on one buffer of UTF-8, encoded at once. */
function encode(rendered: readonly Rendered[]): { readonly outcomes: Outcome[]; readonly buffer: ArrayBuffer } {
  const texts = rendered.flatMap((outcome) => (outcome.kind === "report" ? [outcome.text] : []));
  const bytes = utf8.encode(texts.join(""));
  let offset = 0;
  const outcomes = rendered.map((outcome): Outcome => {
    if (outcome.kind !== "report") return outcome;
    const { text, ...rest } = outcome;
    const length = Buffer.byteLength(text);
    const output = bytes.subarray(offset, offset + length);
    offset += length;
    return { ...rest, output };
  });
  return { outcomes, buffer: bytes.buffer as ArrayBuffer };
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
  const { outcomes, buffer } = encode(rendered);
  port.postMessage({ id, outcomes } satisfies BatchResult, [buffer]);
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
