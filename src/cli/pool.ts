import { Worker } from "node:worker_threads";
// Types only: the main thread of the CLI never loads the checker when workers do the checking.
import type { CheckerOptions } from "../engine/check.js";
import type { Locale } from "../engine/types.js";
import type { OutputFormat } from "./format.js";
import type { InputItem } from "./inputs.js";

export interface WorkerSetup {
  readonly options: CheckerOptions;
  readonly format: OutputFormat;
  readonly locale: Locale;
  readonly colour: boolean;
}

/** What a worker answers for one item: a rendered report with the fingerprints it leaves, or a read error. */
export type Outcome =
  | { readonly kind: "error"; readonly source: string; readonly message: string }
  | { readonly kind: "report"; readonly source: string; readonly ok: boolean; readonly output: string; readonly fingerprints?: readonly string[] };

export interface BatchRequest {
  readonly id: number;
  readonly items: readonly InputItem[];
  /** Set to check one item again knowing which of its fingerprints were already seen. */
  readonly seen?: readonly string[];
}

/** Options a worker could not compile: the CLI reports them as bad usage. */
export class WorkerSetupError extends Error {}
export interface BatchResult {
  readonly id: number;
  readonly outcomes: readonly Outcome[];
}

interface Pending {
  readonly resolve: (outcomes: readonly Outcome[]) => void;
  readonly reject: (error: Error) => void;
}

/**
 * A worker holds at most two batches of input, a few megabytes: V8's default heap sizing would let
 * each worker grow far beyond that before collecting, and the CLI must stay flat on millions of
 * invoices. 128 MB of old generation leaves room for a batch at its largest (4 MiB of text, parsed).
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128 } as const;

/** Worker threads that check batches; each batch goes to the worker with the fewest batches in hand. */
export class WorkerPool {
  private readonly workers: { readonly worker: Worker; inHand: number }[];
  private readonly pending = new Map<number, Pending & { readonly slot: { inHand: number } }>();
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  constructor(size: number, setup: WorkerSetup) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: setup, resourceLimits: WORKER_HEAP });
      const slot = { worker, inHand: 0 };
      slot.worker.on("message", (message: BatchResult | { setupError: string }) => {
        if ("setupError" in message) return this.fail(new WorkerSetupError(message.setupError));
        const { id, outcomes } = message;
        const pending = this.pending.get(id);
        if (!pending) return;
        this.pending.delete(id);
        pending.slot.inHand--;
        pending.resolve(outcomes);
      });
      slot.worker.on("error", (error) => this.fail(error));
      slot.worker.on("exit", (code) => {
        // Whatever the code, a worker that stops before close() leaves batches unanswered: fail them.
        if (!this.closing) this.fail(new Error(`a worker thread stopped with code ${code}`));
      });
      return slot;
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  submit(items: readonly InputItem[], seen?: readonly string[]): Promise<readonly Outcome[]> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.workers.reduce((least, candidate) => (candidate.inHand < least.inHand ? candidate : least));
    const id = this.nextId++;
    slot.inHand++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ id, items, ...(seen !== undefined && { seen }) } satisfies BatchRequest);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
