// A worker thread of `tiers-payant check --jobs N`: parses and checks batches of invoices and renders
// their output, so that the main thread only reads, keeps the duplicate window and writes in order.
import { parentPort, workerData } from "node:worker_threads";
import { compileChecker } from "../engine/check.js";
import { colours, plain, renderReport } from "./format.js";
import { parseItem } from "./inputs.js";
import type { BatchRequest, BatchResult, WorkerSetup } from "./pool.js";

const setup = workerData as WorkerSetup;
const checker = compileChecker(setup.options);
const style = setup.colour ? colours : plain;

parentPort!.on("message", ({ id, items }: BatchRequest) => {
  const outcomes = items.map((item) => {
    const parsed = parseItem(item);
    if (parsed.kind === "error") return parsed;
    const { report, fingerprints } = checker.detached(parsed.value);
    return { kind: "report" as const, source: parsed.source, ok: report.ok, output: renderReport(setup.format, parsed.source, report, setup.locale, style), fingerprints };
  });
  parentPort!.postMessage({ id, outcomes } satisfies BatchResult);
});
