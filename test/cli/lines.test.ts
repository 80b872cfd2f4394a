import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readLines } from "../../src/cli/lines.js";

async function collect(chunks: (string | Buffer)[], maxBytes?: number) {
  const events = [];
  for await (const event of readLines(Readable.from(chunks), maxBytes)) events.push(event);
  return events;
}

describe("readLines", () => {
  it("splits on LF and CRLF across chunk boundaries, numbering every line", async () => {
    expect(await collect(["a\r", "\nbb\n", "", "c", "cc\n\nlast"])).toEqual([
      { kind: "line", number: 1, text: "a" },
      { kind: "line", number: 2, text: "bb" },
      { kind: "line", number: 3, text: "ccc" },
      { kind: "line", number: 4, text: "" },
      { kind: "line", number: 5, text: "last" },
    ]);
  });

  it("skips a line longer than the limit, reports its size, and goes on", async () => {
    const chunks = ["ok\n", ...Array.from({ length: 100 }, () => "x".repeat(1000)), "\nafter\n"];
    expect(await collect(chunks, 4096)).toEqual([
      { kind: "line", number: 1, text: "ok" },
      { kind: "too-long", number: 2, bytes: 100_000 },
      { kind: "line", number: 3, text: "after" },
    ]);
  });

  it("never buffers more than the limit of a long line", async () => {
    // 64 MiB in 64 KiB chunks: heap growth stays far below the line's size.
    const chunk = Buffer.alloc(65_536, 0x61);
    function* source() {
      for (let index = 0; index < 1024; index++) yield chunk;
      yield Buffer.from("\nend\n");
    }
    const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    let peak = 0;
    const events = [];
    for await (const event of readLines(Readable.from(source()), 1_048_576)) {
      events.push(event);
      peak = Math.max(peak, process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - before);
    }
    expect(events).toEqual([{ kind: "too-long", number: 1, bytes: 67_108_864 }, { kind: "line", number: 2, text: "end" }]);
    expect(peak).toBeLessThan(32 * 1_048_576);
  });
});
