import type { Readable } from "node:stream";

/** The longest NDJSON line accepted: far above any real invoice, low enough to bound memory. */
export const MAX_LINE_BYTES = 1_048_576;

export type LineEvent =
  | { readonly kind: "line"; readonly number: number; readonly text: string }
  | { readonly kind: "too-long"; readonly number: number; readonly bytes: number };

/**
 * Splits a byte stream into lines without ever holding more than MAX_LINE_BYTES of one line:
 * a longer line is skipped to its end and reported, and the lines after it are still read.
 */
export async function* readLines(stream: Readable, maxBytes = MAX_LINE_BYTES): AsyncGenerator<LineEvent> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let skipped = 0;
  let number = 0;
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const flush = (): LineEvent => {
    number++;
    if (skipping) {
      const event: LineEvent = { kind: "too-long", number, bytes: skipped };
      skipping = false;
      skipped = 0;
      return event;
    }
    let buffer = Buffer.concat(parts, size);
    if (buffer.length > 0 && buffer[buffer.length - 1] === 0x0d) buffer = buffer.subarray(0, buffer.length - 1);
    parts = [];
    size = 0;
    return { kind: "line", number, text: decoder.decode(buffer) };
  };
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    let data = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    while (data.length > 0) {
      const newline = data.indexOf(0x0a);
      const piece = newline < 0 ? data : data.subarray(0, newline);
      if (skipping) skipped += piece.length;
      else if (newline >= 0 && size === 0 && piece.length <= maxBytes) {
        // The whole line is in this chunk: decode it where it is, without copying it twice.
        number++;
        const end = piece.length > 0 && piece[piece.length - 1] === 0x0d ? piece.length - 1 : piece.length;
        yield { kind: "line", number, text: decoder.decode(piece.subarray(0, end)) };
        data = data.subarray(newline + 1);
        continue;
      } else if (size + piece.length > maxBytes) {
        skipping = true;
        skipped = size + piece.length;
        parts = [];
        size = 0;
      } else {
        parts.push(Buffer.from(piece));
        size += piece.length;
      }
      if (newline < 0) break;
      yield flush();
      data = data.subarray(newline + 1);
    }
  }
  if (size > 0 || skipping) yield flush();
}
