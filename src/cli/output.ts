/** Where the CLI writes: `process.stdout`, or whatever a test hands in. */
export interface Sink {
  /** Returns false when the sink holds more than it wants, as a Node writable does. */
  write(chunk: Uint8Array | string, done?: (error?: Error | null) => void): unknown;
  on?(event: "drain" | "error", listener: (error?: Error) => void): unknown;
}

/**
 * Writes the CLI's output in order. The reports of one batch arrive from a worker as neighbouring
 * views on one buffer: those are joined into one write, so that a long stream makes a few thousand
 * writes instead of one per invoice, and the main thread stays free to feed the workers.
 *
 * Writes to a pipe are asynchronous on Linux and macOS: when the reader is slower than the checks
 * (`… | gzip` over a slow disk, a paused consumer), whatever it has not read waits in this process's
 * memory. `ready()` lets the caller stop reading input until the reader catches up, so memory stays
 * flat. When the reader goes away (`… | head`), the output is `closed` and nothing more is written.
 */
export class OutputWriter {
  private pending: Uint8Array | undefined;
  private full = false;
  private closedBy: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly sink: Sink) {
    sink.on?.("drain", () => this.resume());
    sink.on?.("error", (error) => {
      this.closedBy = error ?? new Error("output closed");
      this.pending = undefined;
      this.resume();
    });
  }

  /** Set when the sink failed, EPIPE when its reader went away; nothing is written after that. */
  get closed(): Error | undefined {
    return this.closedBy;
  }

  /** The UTF-8 bytes of a report, its line feed included. */
  bytes(chunk: Uint8Array): void {
    const pending = this.pending;
    if (pending !== undefined && pending.buffer === chunk.buffer && pending.byteOffset + pending.length === chunk.byteOffset) {
      this.pending = new Uint8Array(pending.buffer, pending.byteOffset, pending.length + chunk.length);
      return;
    }
    this.flush();
    this.pending = chunk;
  }

  /** One line of text, after everything before it. */
  line(text: string): void {
    this.flush();
    this.send(`${text}\n`);
  }

  /** Writes what is held; called before waiting, so that output is never held back while the input is read. */
  flush(): void {
    if (this.pending === undefined) return;
    const pending = this.pending;
    this.pending = undefined;
    this.send(pending);
  }

  /** Resolves once the sink has taken what it was given (at once if it never said it was full), or has failed. */
  ready(): Promise<void> {
    if (!this.full || this.closedBy) return Promise.resolve();
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  /**
   * Resolves once everything written so far has been taken by the sink, or it failed: the last
   * writes fail late (a full disk, a reader gone), and the exit status must say so.
   */
  finish(): Promise<void> {
    this.flush();
    if (this.closedBy) return Promise.resolve();
    return new Promise((resolve) => {
      this.sink.write("", (error) => {
        if (error) this.closedBy ??= error;
        resolve();
      });
    });
  }

  /**
   * Calls `done` once the sink has taken everything given so far (at once when it failed): a buffer
   * written may be reused or given away only then, since a pipe's write reads it later.
   */
  afterWritten(done: () => void): void {
    this.flush();
    if (this.closedBy) return done();
    this.sink.write("", () => done());
  }

  private send(chunk: Uint8Array | string): void {
    if (this.closedBy) return;
    if (this.sink.write(chunk) === false) this.full = true;
  }

  private resume(): void {
    this.full = false;
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
