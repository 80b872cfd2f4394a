import { open, readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Readable } from "node:stream";
import { linesOf, MAX_LINE_BYTES, readLineBlocks, type LineBlock } from "./lines.js";

/**
 * One item read from the inputs: an invoice with where it came from, a block of NDJSON lines not
 * even decoded (`source` is then the file's name), or a problem reading it. The thread that checks a
 * block decodes and parses its lines, so that the thread that reads makes no string of an invoice
 * and stays small and quick on millions of lines.
 */
export type InputItem =
  | { readonly kind: "invoice"; readonly source: string; readonly value: unknown }
  | ({ readonly source: string } & LineBlock)
  | { readonly kind: "error"; readonly source: string; readonly message: string };

/** An item as a checking thread takes it: a block of lines becomes one item a line. */
export type CheckableItem = Exclude<InputItem, { kind: "lines" }> | { readonly kind: "text"; readonly source: string; readonly text: string };
export type ParsedItem = Exclude<CheckableItem, { kind: "text" }>;

/** The items of one input item: each non-blank line of a block (as `file:line`), or the item itself. */
export function expandItem(item: InputItem): CheckableItem[] {
  if (item.kind !== "lines") return [item];
  const items: CheckableItem[] = [];
  for (const [index, text] of linesOf(item).entries()) {
    if (text.trim() !== "") items.push({ kind: "text", source: `${item.source}:${item.first + index}`, text });
  }
  return items;
}

/**
 * Why a text is not JSON, where an editor would show it: V8 says "at position 14" (and, in newer
 * versions, the line and column after it); the place is told as a line and a column of the text
 * (a column only for an NDJSON line, whose line the source already names).
 */
export function jsonProblem(error: unknown, text: string, oneLine: boolean): string {
  const message = describe(error);
  const position = /at position (\d+)(?: \(line \d+ column \d+\))?/.exec(message);
  if (position === null) return `invalid JSON: ${message}`;
  const offset = Math.min(Number(position[1]), text.length);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - (before.lastIndexOf("\n") + 1) + 1;
  const place = oneLine ? `at column ${column}` : `at line ${line}, column ${column}`;
  return `invalid JSON: ${message.replace(position[0], place)}`;
}

/** Parses the text of an NDJSON line: the invoice, or the reason it is not JSON. */
export function parseItem(item: CheckableItem): ParsedItem {
  if (item.kind !== "text") return item;
  try {
    return { kind: "invoice", source: item.source, value: JSON.parse(item.text) };
  } catch (error) {
    return { kind: "error", source: item.source, message: jsonProblem(error, item.text, true) };
  }
}

const describe = (error: unknown): string => {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return "no such file or directory";
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    if (code === "EISDIR") return "is a directory";
    return error.message;
  }
  return String(error);
};

/** The size of a read: the blocks of lines handed to workers are about as large. */
const CHUNK_BYTES = 65_536;

/**
 * A file's bytes, read again and again into one buffer: each chunk is valid until the next is asked
 * for. A stream would allocate a buffer for every read, dead as soon as its lines are copied out,
 * and V8 frees such buffers only when it collects their objects: on a file of gigabytes they piled
 * up to tens of megabytes of the CLI's memory between two collections.
 */
async function* fileChunks(path: string): AsyncGenerator<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.allocUnsafeSlow(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

async function* ndjson(stream: AsyncIterable<Buffer | string>, name: string): AsyncGenerator<InputItem> {
  let lines = 0;
  try {
    for await (const event of readLineBlocks(stream)) {
      lines++;
      if (event.kind === "too-long") yield { kind: "error", source: `${name}:${event.number}`, message: `line longer than ${MAX_LINE_BYTES} bytes (${event.bytes}), skipped` };
      else yield { source: name, ...event };
    }
  } catch (error) {
    yield { kind: "error", source: name, message: `cannot read: ${describe(error)}` };
    return;
  }
  // An empty NDJSON file is told as an empty .json is.
  if (lines === 0) yield { kind: "error", source: name, message: "empty file" };
}

/** The extensions read as NDJSON, one invoice a line. */
const NDJSON_EXTENSIONS: ReadonlySet<string> = new Set([".ndjson", ".jsonl"]);
export const isNdjsonFile = (path: string): boolean => NDJSON_EXTENSIONS.has(extname(path));

/**
 * The largest `.json` document read (a file, or stdin with `--stdin-format json`): parsed whole, it
 * takes several times its size in memory. Far more invoices go in NDJSON, read line by line.
 */
export const MAX_DOCUMENT_BYTES = 64 * 1_048_576;

const tooLarge = (bytes: number | string) =>
  `larger than ${MAX_DOCUMENT_BYTES} bytes (${bytes}), skipped: write so many invoices as NDJSON, one a line`;

/** A byte order mark is not part of the JSON: editors on Windows write one, and NDJSON lines accept it. */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

function* jsonDocument(raw: string, name: string): Generator<InputItem> {
  const text = withoutBom(raw);
  if (text.trim() === "") {
    yield { kind: "error", source: name, message: "empty file" };
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield { kind: "error", source: name, message: jsonProblem(error, text, false) };
    return;
  }
  if (Array.isArray(value)) {
    for (const [index, invoice] of value.entries()) yield { kind: "invoice", source: `${name}#${index}`, value: invoice };
  } else yield { kind: "invoice", source: name, value };
}

async function* file(path: string): AsyncGenerator<InputItem> {
  if (isNdjsonFile(path)) {
    yield* ndjson(fileChunks(path), path);
    return;
  }
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_DOCUMENT_BYTES) {
      yield { kind: "error", source: path, message: tooLarge(size) };
      return;
    }
    text = await readFile(path, "utf8");
  } catch (error) {
    yield { kind: "error", source: path, message: `cannot read: ${describe(error)}` };
    return;
  }
  yield* jsonDocument(text, path);
}

async function* directory(path: string): AsyncGenerator<InputItem> {
  let entries;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    yield { kind: "error", source: path, message: `cannot read directory: ${describe(error)}` };
    return;
  }
  // Sorted, so that reports come out in the same order on every machine.
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* directory(child);
    else if (extname(entry.name) === ".json" || isNdjsonFile(entry.name)) yield* file(child);
  }
}

/** All of a stream as text, or undefined once it passes MAX_DOCUMENT_BYTES (nothing more is read). */
async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    bytes += buffer.length;
    if (bytes > MAX_DOCUMENT_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export type StdinFormat = "auto" | "ndjson" | "json";

async function* stdinDocument(stream: AsyncIterable<Buffer | string>): AsyncGenerator<InputItem> {
  const text = await readAll(stream);
  if (text === undefined) yield { kind: "error", source: "<stdin>", message: tooLarge(`more than ${MAX_DOCUMENT_BYTES}`) };
  else yield* jsonDocument(text, "<stdin>");
}

/**
 * Standard input, read as the caller says, or else as it looks: a first line that opens an array,
 * or that opens an object it does not close, is a JSON document (`cat invoice.json | … -`), read
 * whole; anything else is NDJSON, streamed. The bytes read to decide are read again, not lost.
 */
async function* stdinItems(stdin: Readable, format: StdinFormat): AsyncGenerator<InputItem> {
  if (format === "ndjson") return yield* ndjson(stdin, "<stdin>");
  if (format === "json") return yield* stdinDocument(stdin);
  const iterator = (stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let bytes = 0;
  let newline = false;
  while (!newline && bytes < MAX_LINE_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    head.push(chunk);
    bytes += chunk.length;
    newline = chunk.includes(0x0a);
  }
  const all = async function* (): AsyncGenerator<Buffer | string> {
    yield* head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  };
  const firstLine = withoutBom(Buffer.concat(head).toString("utf8").split("\n", 1)[0] ?? "").trim();
  yield* looksLikeDocument(firstLine) ? stdinDocument(all()) : ndjson(all(), "<stdin>");
}

function looksLikeDocument(firstLine: string): boolean {
  if (firstLine.startsWith("[")) return true;
  if (!firstLine.startsWith("{")) return false;
  try {
    JSON.parse(firstLine);
    return false;
  } catch {
    return true;
  }
}

/** Every invoice of the given paths, in order: files, directories (recursively), `-` for stdin. */
export async function* readInputs(paths: readonly string[], stdin: Readable, stdinFormat: StdinFormat): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === "-") {
      yield* stdinItems(stdin, stdinFormat);
      continue;
    }
    let kind;
    try {
      kind = await stat(path);
    } catch (error) {
      yield { kind: "error", source: path, message: `cannot read: ${describe(error)}` };
      continue;
    }
    if (kind.isDirectory()) yield* directory(path);
    else yield* file(path);
  }
}
