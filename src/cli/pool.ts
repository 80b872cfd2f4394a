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

/**
 * What a worker answers for one item: a rendered report with the fingerprints it leaves, or a read
 * error. The report comes as the UTF-8 bytes to write, line feed included: all the reports of a
 * batch share one buffer, moved from the worker, so the main thread writes them without making a
 * string of any.
 */
export type Outcome =
  | { readonly kind: "error"; readonly source: string; readonly message: string }
  | { readonly kind: "report"; readonly ok: boolean; readonly output: Uint8Array; readonly fingerprints?: readonly string[] };

/**
 * What the main thread asks of a worker. A worker keeps the items of each batch it was handed until
 * the main thread releases it, so that the main thread holds no input once it has handed it out
 * (its heap stays small on millions of invoices) and a re-check needs only the item's place.
 */
export type WorkerRequest =
  | { readonly kind: "batch"; readonly id: number; readonly items: readonly InputItem[] }
  /** Check item `index` of batch `batch` again, knowing which of its fingerprints were already seen. */
  | { readonly kind: "recheck"; readonly id: number; readonly batch: number; readonly index: number; readonly seen: readonly string[] }
  | { readonly kind: "release"; readonly batch: number };

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
 * invoices. 128 MB of old generation leaves room for a batch at its largest (4 MiB of NDJSON, parsed).
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128 } as const;

interface Slot {
  readonly worker: Worker;
  inHand: number;
}

/** Worker threads that check batches; each batch goes to the worker with the fewest batches in hand. */
export class WorkerPool {
  private readonly workers: Slot[];
  private readonly pending = new Map<number, Pending & { readonly slot: Slot }>();
  /** The worker that keeps each batch not released yet. */
  private readonly keepers = new Map<number, Slot>();
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

  /**
   * Hands a batch to the worker with the fewest in hand; answers the outcome of each invoice of it
   * (each line of its blocks), in order, under the batch's id.
   */
  submit(items: readonly InputItem[]): { readonly id: number; readonly outcomes: Promise<readonly Outcome[]> } {
    const slot = this.workers.reduce((least, candidate) => (candidate.inHand < least.inHand ? candidate : least));
    const id = this.nextId++;
    this.keepers.set(id, slot);
    // The bytes of NDJSON lines are moved to the worker, not copied: this thread no longer needs them.
    const transfer = items.flatMap((item) => (item.kind === "lines" ? [item.bytes.buffer as ArrayBuffer] : []));
    return { id, outcomes: this.ask(slot, id, { kind: "batch", id, items }, transfer) };
  }

  /** Checks item `index` of a batch not released yet again, knowing which of its fingerprints were already seen. */
  async recheck(batch: number, index: number, seen: readonly string[]): Promise<Outcome> {
    const slot = this.keepers.get(batch);
    if (slot === undefined) throw new Error(`batch ${batch} is not kept by any worker`);
    const id = this.nextId++;
    const [outcome] = await this.ask(slot, id, { kind: "recheck", id, batch, index, seen });
    return outcome!;
  }

  /** The batch's outcomes are all written: its worker may forget its items. */
  release(batch: number): void {
    const slot = this.keepers.get(batch);
    if (slot === undefined) return;
    this.keepers.delete(batch);
    slot.worker.postMessage({ kind: "release", batch } satisfies WorkerRequest);
  }

  private ask(slot: Slot, id: number, request: WorkerRequest, transfer: ArrayBuffer[] = []): Promise<readonly Outcome[]> {
    if (this.failure) return Promise.reject(this.failure);
    slot.inHand++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, slot });
      slot.worker.postMessage(request, transfer);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
