import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { linesOf, readLineBlocks } from "../../src/cli/lines.js";

/** Each line with its number, and each line too long to read, as the CLI sees them. */
async function* readLines(stream: AsyncIterable<Buffer | string>, maxBytes?: number) {
  for await (const event of readLineBlocks(stream, maxBytes)) {
    if (event.kind === "too-long") yield event;
    else yield* linesOf(event).map((text, index) => ({ kind: "line" as const, number: event.first + index, text }));
  }
}

/** The bytes cut at the given places (taken modulo the length), as a stream would deliver them. */
function cut(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const offsets = [...new Set(cuts.map((at) => at % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...offsets].map((start, index, all) => bytes.subarray(start, all[index + 1] ?? bytes.length)).filter((chunk) => chunk.length > 0);
}

/**
 * The chunks as the CLI reads a file: all in one buffer, read into again for each chunk, and here
 * scribbled over as soon as the next chunk is asked for, so that any byte kept without a copy shows.
 */
async function* throughOneBuffer(chunks: readonly Buffer[]): AsyncGenerator<Buffer> {
  const buffer = Buffer.alloc(Math.max(1, ...chunks.map((chunk) => chunk.length)));
  for (const chunk of chunks) {
    chunk.copy(buffer);
    yield buffer.subarray(0, chunk.length);
    buffer.fill(0x5a);
  }
}

async function collect(chunks: (string | Buffer)[] | AsyncIterable<Buffer>, maxBytes?: number) {
  const events = [];
  for await (const event of readLines(Array.isArray(chunks) ? Readable.from(chunks) : chunks, maxBytes)) events.push(event);
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

  it("reads a line of exactly the limit and skips one a byte longer: within a chunk, across chunks, and at a chunk's end", async () => {
    const fits = { kind: "line", number: 2, text: "abcd" };
    const over = { kind: "too-long", number: 2, bytes: 5 };
    const around = (second: object) => [{ kind: "line", number: 1, text: "xx" }, second, { kind: "line", number: 3, text: "ok" }];
    expect(await collect(["xx\nabcd\nok\n"], 4)).toEqual(around(fits));
    expect(await collect(["xx\nabcde\nok\n"], 4)).toEqual(around(over));
    expect(await collect(["xx\nab", "cd\nok\n"], 4)).toEqual(around(fits));
    expect(await collect(["xx\nab", "cde\nok\n"], 4)).toEqual(around(over));
    expect(await collect(["xx\nabcd", "\nok\n"], 4)).toEqual(around(fits));
    expect(await collect(["xx\nabcde", "\nok\n"], 4)).toEqual(around(over));
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

describe("readLines, any text in any chunks", () => {
  it("gives back every line whole, however the bytes are cut", async () => {
    const { default: fc } = await import("fast-check");
    const lineArbitrary = fc.string({ unit: "grapheme", maxLength: 40 }).map((text) => text.replace(/[\r\n]/g, ""));
    await fc.assert(
      fc.asyncProperty(fc.array(lineArbitrary, { minLength: 1, maxLength: 20 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 10 }), async (lines, crlf, cuts) => {
        const bytes = Buffer.from(lines.join(crlf ? "\r\n" : "\n"));
        const chunks = cut(bytes, cuts);
        const events = await collect(chunks);
        const expected = lines.map((text, index) => ({ kind: "line", number: index + 1, text }));
        // A last empty line leaves no bytes behind it, so it is not a line.
        expect(events).toEqual(lines[lines.length - 1] === "" ? expected.slice(0, -1) : expected);
      }),
    );
  });
});

describe("readLineBlocks, against reading the whole input at once", () => {
  it("gives each line as decoding it alone would, and each over-long line by its size, however the bytes are cut, even when every chunk is read into the same buffer", async () => {
    const { default: fc } = await import("fast-check");
    // Bytes that matter here: line feeds, carriage returns, a byte order mark, a multi-byte
    // character, a stray continuation byte, and plain text; lines of 0 to ~30 bytes against a limit of 8.
    const piece = fc.constantFrom("\n", "\r", "\r\n", "\uFEFF", "é", "≤", "a", "bc", "defghij", "\x80");
    const toBytes = (pieces: string[]) => Buffer.concat(pieces.map((text) => (text === "\x80" ? Buffer.from([0x80]) : Buffer.from(text))));
    const maxBytes = 8;
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), async (pieces, cuts) => {
        const bytes = toBytes(pieces);
        const chunks = cut(bytes, cuts);
        const expected = [];
        const raw: Buffer[] = [];
        for (let start = 0; start < bytes.length; ) {
          const newline = bytes.indexOf(0x0a, start);
          raw.push(bytes.subarray(start, newline < 0 ? bytes.length : newline));
          start = newline < 0 ? bytes.length : newline + 1;
        }
        for (const [index, line] of raw.entries()) {
          if (line.length > maxBytes) expected.push({ kind: "too-long", number: index + 1, bytes: line.length });
          else {
            const body = line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line;
            expected.push({ kind: "line", number: index + 1, text: new TextDecoder().decode(body) });
          }
        }
        expect(await collect(chunks, maxBytes)).toEqual(expected);
        expect(await collect(throughOneBuffer(chunks), maxBytes)).toEqual(expected);
        // No empty block: each holds at least one line, all of its bytes.
        for await (const block of readLineBlocks(Readable.from(chunks), maxBytes)) {
          if (block.kind === "too-long") continue;
          expect(block.kind).toBe("lines");
          expect(block.count).toBeGreaterThan(0);
          expect(Buffer.from(block.bytes).toString("latin1").split("\n").filter((_, index, all) => index < all.length - 1 || all[index] !== "")).toHaveLength(block.count);
        }
      }),
    );
  });

  it("gives no empty block before a line too long at the start of a chunk", async () => {
    const blocks = [];
    for await (const event of readLineBlocks(Readable.from([Buffer.from("abcde\nok\n")]), 4)) blocks.push(event);
    expect(blocks.map((block) => (block.kind === "lines" ? [block.first, block.count, Buffer.from(block.bytes).toString()] : block))).toEqual([
      { kind: "too-long", number: 1, bytes: 5 },
      [2, 1, "ok\n"],
    ]);
  });

  it("gives each block a buffer of its own, so that it can be moved to a worker", async () => {
    const blocks = [];
    for await (const event of readLineBlocks(Readable.from([Buffer.from("a\nb"), Buffer.from("b\nc")]))) blocks.push(event);
    expect(blocks.map((block) => block.kind === "lines" && [block.first, block.count, Buffer.from(block.bytes).toString()])).toEqual([[1, 1, "a\n"], [2, 1, "bb\n"], [3, 1, "c"]]);
    for (const block of blocks) {
      if (block.kind !== "lines") continue;
      expect(block.bytes.byteOffset).toBe(0);
      expect(block.bytes.buffer.byteLength).toBe(block.bytes.length);
    }
  });
});
