/** The longest NDJSON line accepted: far above any real invoice, low enough to bound memory. */
export const MAX_LINE_BYTES = 1_048_576;

/**
 * Whole lines as they were read, not decoded: `count` lines numbered from `first`, each ended by a
 * line feed except perhaps the last line of the input. The bytes have a buffer of their own, so that
 * they can be handed to a worker thread without a copy; decoding them is the worker's job.
 */
export interface LineBlock {
  readonly kind: "lines";
  readonly first: number;
  readonly count: number;
  readonly bytes: Uint8Array;
}

export type TooLongLine = { readonly kind: "too-long"; readonly number: number; readonly bytes: number };

const LF = 0x0a;
const own = (bytes: Uint8Array): Uint8Array => new Uint8Array(bytes);

/**
 * Splits a byte stream into blocks of whole lines, as many as each chunk read holds, without ever
 * holding more than `maxBytes` of one line: a longer line is skipped to its end and reported, and
 * the lines after it are still read. Every byte kept is copied before the next chunk is asked for,
 * so the chunks may all be one buffer read into again and again (`fileChunks`).
 */
export async function* readLineBlocks(stream: AsyncIterable<Buffer | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<LineBlock | TooLongLine> {
  // The line begun in an earlier chunk: its bytes so far, or its size only once it is too long.
  let carried: Buffer[] = [];
  let carriedBytes = 0;
  let skipping = false;
  let number = 0;
  for await (const chunk of stream) {
    let data = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    if (skipping || carriedBytes > 0) {
      const newline = data.indexOf(LF);
      const piece = newline < 0 ? data : data.subarray(0, newline + 1);
      const length = newline < 0 ? piece.length : newline;
      if (!skipping && carriedBytes + length > maxBytes) {
        skipping = true;
        carried = [];
      }
      carriedBytes += length;
      if (!skipping) carried.push(newline < 0 ? Buffer.from(piece) : piece);
      if (newline < 0) continue;
      number++;
      yield skipping ? { kind: "too-long", number, bytes: carriedBytes } : { kind: "lines", first: number, count: 1, bytes: own(Buffer.concat(carried)) };
      [carried, carriedBytes, skipping] = [[], 0, false];
      data = data.subarray(newline + 1);
    }
    let start = 0;
    let position = 0;
    let count = 0;
    for (let newline = data.indexOf(LF); newline >= 0; newline = data.indexOf(LF, position)) {
      if (newline - position > maxBytes) {
        if (count > 0) yield { kind: "lines", first: number - count + 1, count, bytes: own(data.subarray(start, position)) };
        number++;
        yield { kind: "too-long", number, bytes: newline - position };
        start = newline + 1;
        count = 0;
      } else {
        number++;
        count++;
      }
      position = newline + 1;
    }
    if (count > 0) yield { kind: "lines", first: number - count + 1, count, bytes: own(data.subarray(start, position)) };
    const rest = data.subarray(position);
    carriedBytes = rest.length;
    if (rest.length > maxBytes) skipping = true;
    else if (rest.length > 0) carried = [Buffer.from(rest)];
  }
  if (skipping) yield { kind: "too-long", number: number + 1, bytes: carriedBytes };
  else if (carriedBytes > 0) yield { kind: "lines", first: number + 1, count: 1, bytes: own(Buffer.concat(carried)) };
}

// Byte order marks are kept by the decoder and removed line by line below, as if each line were
// decoded on its own: a mark at the start of any line, not only of the block, is dropped.
const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/** The text of each line of a block, without its line ending (LF or CRLF) or a byte order mark. */
export function linesOf(block: LineBlock): string[] {
  // A line feed is never part of a multi-byte character, so decoding the block whole and then
  // splitting gives each line exactly as decoding it alone would, invalid bytes included.
  const texts = decoder.decode(block.bytes).split("\n", block.count);
  return texts.map((text) => {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const end = text.charCodeAt(text.length - 1) === 0x0d ? text.length - 1 : text.length;
    return start === 0 && end === text.length ? text : text.slice(start, end);
  });
}
