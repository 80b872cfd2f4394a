import type { SeenFingerprint } from "./number-window.js";
import { buffersOf, type BatchOutcomes } from "./outcomes.js";
import { Worker } from "node:worker_threads";
// Types only: the main thread of the CLI never loads the checker when workers do the checking.
import type { CheckerOptions } from "../checking.js";
import type { Locale } from "../engine/types.js";
import type { OutputFormat, RenderOptions } from "./format.js";
import type { InputItem } from "./inputs.js";
import type { BdpmSpec } from "./referential.js";

export interface WorkerSetup {
  readonly options: CheckerOptions;
  /** The BDPM snapshots each worker reads for itself (`--bdpm`). */
  readonly bdpm: readonly BdpmSpec[];
  readonly format: OutputFormat;
  readonly locale: Locale;
  readonly colour: boolean;
  readonly render: RenderOptions;
}

/**
 * What the main thread asks of a worker. A worker keeps the items of each batch it was handed until
 * the main thread releases it, so that the main thread holds no input once it has handed it out
 * (its heap stays small on millions of invoices) and a re-check needs only the item's place.
 */
export type WorkerRequest =
  | { readonly kind: "batch"; readonly id: number; readonly items: readonly InputItem[] }
  /** Check item `index` of batch `batch` again, knowing which of its fingerprints (by place) were already seen, and where. */
  | { readonly kind: "recheck"; readonly id: number; readonly batch: number; readonly index: number; readonly seen: readonly SeenFingerprint[] }
  /** The batch is written: forget its items; `buffers` are its outcomes' own, given back (see `release`). */
  | { readonly kind: "release"; readonly batch: number; readonly buffers: readonly ArrayBuffer[] };

/** Options a worker could not compile: the CLI reports them as bad usage. */
export class WorkerSetupError extends Error {}

interface Pending {
  readonly resolve: (outcomes: BatchOutcomes) => void;
  readonly reject: (error: Error) => void;
  readonly slot: Slot;
}

/**
 * The worker that had a batch in hand stopped (out of memory, a crash): the batch's invoices were
 * not checked. The pool has replaced the worker; the caller reports those invoices as unreadable.
 */
export class WorkerDiedError extends Error {}

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

/**
 * Worker threads that check batches; each batch goes to the worker with the fewest batches in hand.
 * Workers start on demand, as batches come, up to `size`: a short input starts one, not `--jobs`.
 * A worker that stops fails only the batches it had in hand (WorkerDiedError); the next batch starts
 * a new one.
 */
export class WorkerPool {
  private readonly workers: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  /** The worker that keeps each batch not released yet. */
  private readonly keepers = new Map<number, Slot>();
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  constructor(
    private readonly size: number,
    private readonly setup: WorkerSetup,
    /** What a worker has to tell of its setup (rows of --bdpm it could not read); every worker tells the same. */
    private readonly onNotices: (notices: readonly string[]) => void = () => undefined,
  ) {}

  private start(): Slot {
    const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: this.setup, resourceLimits: WORKER_HEAP });
    const slot: Slot = { worker, inHand: 0 };
    worker.on("message", (message: BatchOutcomes | { setupError: string } | { notices: readonly string[] }) => {
      if ("setupError" in message) return this.fail(new WorkerSetupError(message.setupError));
      if ("notices" in message) return this.onNotices(message.notices);
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      pending.slot.inHand--;
      pending.resolve(message);
    });
    // An error (ERR_WORKER_OUT_OF_MEMORY…) comes before the exit: the exit fails the batches.
    worker.on("error", () => undefined);
    worker.on("exit", (code) => {
      if (this.closing) return;
      this.bury(slot, new WorkerDiedError(`the thread checking them stopped (exit code ${code}${code === 1 ? ", out of memory?" : ""}): not checked`));
    });
    this.workers.push(slot);
    return slot;
  }

  /** A worker stopped: what it had in hand fails, the batches it kept are lost, and it takes no more. */
  private bury(slot: Slot, error: Error): void {
    this.workers.splice(this.workers.indexOf(slot), 1);
    for (const [id, pending] of this.pending) {
      if (pending.slot !== slot) continue;
      this.pending.delete(id);
      pending.reject(error);
    }
    for (const [batch, keeper] of this.keepers) if (keeper === slot) this.keepers.delete(batch);
  }

  /** Bad options stop every worker alike: the whole run fails, as a usage error. */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  /** An idle worker, else a new one while there are fewer than `size`, else the one with the fewest in hand. */
  private pick(): Slot {
    const idle = this.workers.find((slot) => slot.inHand === 0);
    if (idle !== undefined) return idle;
    if (this.workers.length < this.size) return this.start();
    return this.workers.reduce((least, candidate) => (candidate.inHand < least.inHand ? candidate : least));
  }

  /**
   * Hands a batch to a worker; answers the outcome of each invoice of it (each line of its blocks),
   * in order, under the batch's id.
   */
  submit(items: readonly InputItem[]): { readonly id: number; readonly outcomes: Promise<BatchOutcomes> } {
    const id = this.nextId++;
    if (this.failure) return { id, outcomes: Promise.reject(this.failure) };
    const slot = this.pick();
    this.keepers.set(id, slot);
    // The bytes of NDJSON lines are moved to the worker, not copied: this thread no longer needs them.
    const transfer = items.flatMap((item) => (item.kind === "lines" ? [item.bytes.buffer as ArrayBuffer] : []));
    return { id, outcomes: this.ask(slot, id, { kind: "batch", id, items }, transfer) };
  }

  /** Checks item `index` of a batch not released yet again, knowing which of its fingerprints (by place) were already seen, and where. */
  recheck(batch: number, index: number, seen: readonly SeenFingerprint[]): Promise<BatchOutcomes> {
    const slot = this.keepers.get(batch);
    if (slot === undefined) return Promise.reject(new WorkerDiedError("the thread that read it stopped: not checked again"));
    const id = this.nextId++;
    return this.ask(slot, id, { kind: "recheck", id, batch, index, seen });
  }

  /**
   * The batch's outcomes are all written: its worker may forget its items, and takes back the
   * outcomes' buffers. Dead in this thread, they would wait for a full collection of its heap, which
   * is small and rarely collected: V8 let some 60 MB of them pile up before it did (peak RSS 217 MB
   * on a million invoices instead of about 150). Moved back, they leave this thread's memory at once,
   * and the worker, whose heap is collected all the time, frees them.
   */
  release(batch: number, outcomes?: BatchOutcomes): void {
    const slot = this.keepers.get(batch);
    if (slot === undefined) return;
    this.keepers.delete(batch);
    const buffers = outcomes === undefined ? [] : buffersOf(outcomes);
    slot.worker.postMessage({ kind: "release", batch, buffers } satisfies WorkerRequest, buffers);
  }

  private ask(slot: Slot, id: number, request: WorkerRequest, transfer: ArrayBuffer[] = []): Promise<BatchOutcomes> {
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
