import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { OutputWriter } from "../../src/cli/output.js";

/** A sink that says it is full after `room` writes, as a Node stream past its highWaterMark does. */
class SlowSink extends EventEmitter {
  readonly writes: string[] = [];
  constructor(private readonly room: number) {
    super();
  }
  write(chunk: Uint8Array | string): boolean {
    this.writes.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString());
    return this.writes.length < this.room;
  }
}

const settled = async (promise: Promise<void>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

const record = () => {
  const writes: string[] = [];
  const writer = new OutputWriter({ write: (chunk) => writes.push(typeof chunk === "string" ? chunk : `[${Buffer.from(chunk).toString()}]`) });
  return { writes, writer };
};

describe("OutputWriter", () => {
  it("tells when the sink has taken what was written, so that its buffer can be given away only then", async () => {
    // A pipe's write reads the buffer later: the callbacks come once it has.
    const pending: (() => void)[] = [];
    const taken: string[] = [];
    const writer = new OutputWriter({
      write: (chunk, done) => {
        taken.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString());
        if (done) pending.push(() => done());
        return true;
      },
    });
    let told = false;
    writer.bytes(new TextEncoder().encode("a\n"));
    writer.afterWritten(() => (told = true));
    // Flushed first, then asked: not before the sink has answered.
    expect(taken).toEqual(["a\n", ""]);
    expect(told).toBe(false);
    for (const answer of pending) answer();
    expect(told).toBe(true);
  });

  it("tells at once when the sink has failed", () => {
    const sink = new EventEmitter() as EventEmitter & { write(chunk: Uint8Array | string): boolean };
    sink.write = () => true;
    const writer = new OutputWriter(sink);
    sink.emit("error", new Error("EPIPE"));
    let told = false;
    writer.afterWritten(() => (told = true));
    expect(told).toBe(true);
  });

  it("joins reports that lie side by side in one buffer into one write, in order", () => {
    const { writes, writer } = record();
    const batch = new TextEncoder().encode("a\nbb\nccc\n");
    writer.bytes(batch.subarray(0, 2));
    writer.bytes(batch.subarray(2, 5));
    writer.bytes(batch.subarray(5, 9));
    expect(writes).toEqual([]);
    writer.flush();
    expect(writes).toEqual(["[a\nbb\nccc\n]"]);
  });

  it("writes apart reports of other buffers, or not next to each other, and a line after what is held", () => {
    const { writes, writer } = record();
    const first = new TextEncoder().encode("a\nb\n");
    const second = new TextEncoder().encode("c\n");
    writer.bytes(first.subarray(0, 2));
    writer.bytes(second);
    writer.bytes(first.subarray(2, 4));
    writer.bytes(first.subarray(0, 2));
    writer.line("error");
    writer.flush();
    writer.flush();
    expect(writes).toEqual(["[a\n]", "[c\n]", "[b\n]", "[a\n]", "error\n"]);
  });

  it("is ready at once while the sink takes what it is given", async () => {
    const sink = new SlowSink(10);
    const writer = new OutputWriter(sink);
    writer.line("a");
    expect(await settled(writer.ready())).toBe(true);
  });

  it("takes a drain that nobody waits for, and an error without a reason", () => {
    const sink = new SlowSink(10);
    const writer = new OutputWriter(sink);
    expect(() => sink.emit("drain")).not.toThrow();
    sink.emit("error");
    expect(writer.closed?.message).toBe("output closed");
  });

  it("is ready only once a full sink drains", async () => {
    const sink = new SlowSink(1);
    const writer = new OutputWriter(sink);
    writer.bytes(new TextEncoder().encode("a\n"));
    writer.flush();
    const ready = writer.ready();
    expect(await settled(ready)).toBe(false);
    sink.emit("drain");
    expect(await settled(ready)).toBe(true);
    expect(await settled(writer.ready())).toBe(true);
  });

  it("writes nothing more once the sink fails, and wakes whoever waits for it", async () => {
    const sink = new SlowSink(1);
    const writer = new OutputWriter(sink);
    writer.line("a");
    const ready = writer.ready();
    writer.bytes(new TextEncoder().encode("held\n"));
    const epipe = Object.assign(new Error("write EPIPE"), { code: "EPIPE" });
    sink.emit("error", epipe);
    expect(await settled(ready)).toBe(true);
    expect(writer.closed).toBe(epipe);
    writer.flush();
    writer.line("b");
    expect(sink.writes).toEqual(["a\n"]);
    expect(await settled(writer.ready())).toBe(true);
  });
});
