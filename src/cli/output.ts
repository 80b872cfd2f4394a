/** Where the CLI writes: `process.stdout`, or whatever a test hands in. */
export interface Sink {
  write(chunk: Uint8Array | string): unknown;
}

/**
 * Writes the CLI's output in order. The reports of one batch arrive from a worker as neighbouring
 * views on one buffer: those are joined into one write, so that a long stream makes a few thousand
 * writes instead of one per invoice, and the main thread stays free to feed the workers.
 */
export class OutputWriter {
  private pending: Uint8Array | undefined;

  constructor(private readonly sink: Sink) {}

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
    this.sink.write(`${text}\n`);
  }

  /** Writes what is held; called before waiting, so that output is never held back while the input is read. */
  flush(): void {
    if (this.pending === undefined) return;
    this.sink.write(this.pending);
    this.pending = undefined;
  }
}
