#!/usr/bin/env node
import { createWriteStream, readFileSync, type WriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { parseArgs, type ParseArgsConfig } from "node:util";
// The checker, the model and the catalogue (zod, the rules) are imported when a command needs them:
// with worker threads, this thread only reads, keeps the duplicate window and writes, and stays small.
import type { CheckerOptions, SplitChecker } from "../checking.js";
import { DEFAULT_DUPLICATE_WINDOW } from "../engine/fingerprints.js";
import type { Locale, Referential } from "../engine/types.js";
import { redactNirs } from "../identifiers/nir.js";
import { didYouMean } from "../engine/did-you-mean.js";
import { printable } from "./printable.js";
import { progressLine } from "./progress.js";
import { bdpmSpecs, loadReferential } from "./referential.js";
import { rulesVersion } from "../version.js";
import { colours, formatRules, plain, renderReport, warningsOf, type OutputFormat } from "./format.js";
import { expandItem, isNdjsonFile, parseItem, readInputs, withoutBom, type CheckableItem, type InputItem, type StdinFormat } from "./inputs.js";
import { OutputWriter } from "./output.js";
import { NumberWindow } from "./number-window.js";
import type { BatchOutcomes } from "./outcomes.js";
import { WorkerDiedError, WorkerPool, WorkerSetupError } from "./pool.js";

const EMPTY = new Uint8Array(0);

/** Where item `index` of a batch starts in an array of the items' ends (reports or fingerprints). */
const startOf = (ends: Uint32Array, index: number): number => (index === 0 ? 0 : ends[index - 1]!);

/** The rendered report of item `index` of a batch: a view on the batch's output, not a copy. */
const reportOf = (batch: BatchOutcomes, index: number): Uint8Array => batch.output.subarray(startOf(batch.ends, index), batch.ends[index]!);

/**
 * Invoices (NDJSON lines) handed to a worker at once: enough to make a message worth its cost, few
 * enough to stay flat. A batch holds whole blocks of lines as read, so it may pass this by a block.
 */
const BATCH_SIZE = 256;
/** A batch also ends at this many bytes of NDJSON, so that long lines (up to 1 MiB each) fit a worker's bounded heap. */
const BATCH_BYTES = 4 * 1_048_576;

/** The most worker threads: twice the cores, whatever `--jobs` asks. */
const MAX_JOBS = availableParallelism() * 2;

const CHECK_USAGE = `Usage: tiers-payant check <file|directory|->... [options]

Checks invoices: .json files (one invoice or an array), .ndjson or .jsonl files (one a line),
directories (recursively), - for stdin (NDJSON, or a JSON document when it looks like one).

Options:
  --as-of YYYY-MM-DD        the date of the check (default: each invoice's dispensing date)
  --locale fr|en            language of messages (default fr)
  --format pretty|json|ndjson   output (default pretty)
  -o, --output-file <file>  write the output to this file instead of stdout
  --quiet                   errors only: no warning, no info, no clean invoice
  --verbose                 pretty output: clean invoices too, and each rule not evaluated with its reason
  --max-warnings N          exit 1 when the run has more than N warnings (errors always do)
  --color, --no-color       force colours on or off (default: on a terminal, unless NO_COLOR,
                            FORCE_COLOR=0 or TERM=dumb)
  --config <file>           JSON file with any of: "severity" { "<rule id>": "error|warning|info|off" },
                            "waivers" [{ "ruleId", "path", "justification", "until" }],
                            "settings" { "<rule id>": { "<name>": value } }, "locale", "asOf"
  --stdin-format auto|ndjson|json   how to read "-" (default auto: a JSON document when it looks like
                            one, NDJSON streamed otherwise)
  --bdpm DIR[@YYYY-MM-DD]   the official drug files (BDPM) of one snapshot, its date in the folder's name or
                            after @; repeat for several months. Prices, rates and reimbursability are then
                            checked against the snapshot of each invoice's date of care
  --jobs N                  worker threads at most (default: the number of cores; never more than twice
                            the cores, ${MAX_JOBS} here, nor than batches of ${BATCH_SIZE} invoices); output stays
                            in input order, and an input of fewer than ${BATCH_SIZE} invoices starts none
  -h, --help                this help

Exit status: 0 no invoice has an error; 1 an invoice has an error (or more warnings than
--max-warnings); 2 bad usage, unreadable input or no invoice found; 141 the output's reader stopped
reading before the end (as in "… | head"). A clean report is not a guarantee of payment.`;

const RULES_USAGE = `Usage: tiers-payant rules [--locale fr|en] [--format pretty|json]

Lists the rule catalogue: id, severity, payer, confidence and title.`;

const SCHEMA_USAGE = `Usage: tiers-payant schema

Prints the JSON Schema (draft 2020-12) of an invoice.`;

const USAGE = `Usage: tiers-payant <command> [options]

Commands:
  check <file|directory|->...   check invoices (tiers-payant check --help)
  rules                         list the rule catalogue
  schema                        print the JSON Schema of an invoice

  -h, --help                    this help; <command> --help for a command's
  -v, --version                 the version of the rules`;

/** Each command's flags, as parseArgs reads them, and its help. */
const COMMANDS = {
  check: {
    usage: CHECK_USAGE,
    positionals: true,
    options: {
      "as-of": { type: "string" },
      locale: { type: "string" },
      format: { type: "string" },
      "output-file": { type: "string", short: "o" },
      quiet: { type: "boolean" },
      verbose: { type: "boolean" },
      "max-warnings": { type: "string" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      config: { type: "string" },
      "stdin-format": { type: "string" },
      jobs: { type: "string" },
      bdpm: { type: "string", multiple: true },
    },
  },
  rules: { usage: RULES_USAGE, positionals: false, options: { locale: { type: "string" }, format: { type: "string" } } },
  schema: { usage: SCHEMA_USAGE, positionals: false, options: {} },
} as const satisfies Record<string, { usage: string; positionals: boolean; options: NonNullable<ParseArgsConfig["options"]> }>;
type Command = keyof typeof COMMANDS;

class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to point to, when the mistake was in one. */
    readonly command?: Command,
  ) {
    super(message);
  }
}

const HELP = { type: "boolean", short: "h" } as const;

/**
 * parseArgs's own errors, in one clean line that names the command and the closest flag, instead of
 * Node's text (its quotes unbalanced, its advice about positionals).
 */
function parsedFlags<T>(command: Command, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS")) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const quoted = /'([^']*)'/.exec(message)?.[1] ?? "";
    const flag = quoted.split(" ")[0]!;
    const known = [...Object.keys(COMMANDS[command].options).map((name) => `--${name}`), "--help"];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`unknown option ${flag} for ${command}${didYouMean(flag, known)}`, command);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(`option ${flag} ${message.includes("argument missing") ? "needs a value" : "takes no value"}`, command);
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") throw new UsageError(`${command} takes no argument (got ${JSON.stringify(quoted)})`, command);
    throw new UsageError(message, command);
  }
}

/**
 * Colours in the pretty output: --color and --no-color first, then the conventions of the
 * terminal (NO_COLOR set, FORCE_COLOR=0 or TERM=dumb turn them off; FORCE_COLOR turns them on), then
 * whether stdout is a terminal.
 */
function wantsColour(flags: { readonly color?: boolean | undefined; readonly "no-color"?: boolean | undefined }, stdout: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (flags["no-color"]) return false;
  if (flags.color) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.TERM === "dumb") return false;
  return stdout.isTTY === true;
}

/**
 * One message to stderr, as the terminal or the log will show it: no full NIR (file names, ids and
 * JSON errors quote the caller's data) and no control character, each line of it escaped alone.
 */
const complain = (io: Io, text: string): void => {
  io.stderr.write(`tiers-payant: ${text.split("\n").map(printable).join("\n")}\n`);
};

interface Io {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadStream;
  readonly env: NodeJS.ProcessEnv;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(", ")}${value.length > 2 ? didYouMean(value, allowed) : ""}`);
  return value as T;
}

function readConfig(path: string | undefined): Partial<CheckerOptions> {
  if (path === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(withoutBom(readFileSync(path, "utf8")));
  } catch (error) {
    throw new UsageError(`cannot read config ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new UsageError(`config ${path} must be a JSON object`);
  const { severity, waivers, settings, locale, asOf, ...rest } = value as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) {
    const keys = ["severity", "waivers", "settings", "locale", "asOf"];
    throw new UsageError(`config ${path}: unknown key${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}${unknown.length === 1 ? didYouMean(unknown[0]!, keys) : ""} (its keys: ${keys.join(", ")})`, "check");
  }
  return {
    ...(severity !== undefined && { severity }),
    ...(waivers !== undefined && { waivers }),
    ...(settings !== undefined && { settings }),
    ...(locale !== undefined && { locale }),
    ...(asOf !== undefined && { asOf }),
  } as Partial<CheckerOptions>;
}

async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parsedFlags("check", () => parseArgs({ args, allowPositionals: true, options: { ...COMMANDS.check.options, help: HELP } }));
  if (values.help) {
    io.stdout.write(`${CHECK_USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("check needs at least one file, directory or -", "check");
  const maxWarnings = values["max-warnings"] === undefined ? undefined : Number(values["max-warnings"]);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) throw new UsageError("--max-warnings must be a whole number ≥ 0", "check");
  const render = { quiet: values.quiet === true, verbose: values.verbose === true };
  const config = readConfig(values.config);
  const locale = oneOf(values.locale ?? (config.locale as string | undefined), ["fr", "en"] as const, "locale", "fr");
  const format = oneOf<OutputFormat>(values.format, ["pretty", "json", "ndjson"], "format", "pretty");
  const stdinFormat = oneOf<StdinFormat>(values["stdin-format"], ["auto", "ndjson", "json"], "stdin-format", "auto");
  const requested = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(requested) || requested < 1) throw new UsageError("--jobs must be a whole number ≥ 1");
  // More threads than cores only share them; each costs tens of megabytes. Twice the cores at most.
  const jobs = Math.min(requested, MAX_JOBS);
  const bdpm = bdpmSpecs(values.bdpm ?? []);
  if (typeof bdpm === "string") throw new UsageError(bdpm);
  const options: CheckerOptions = { ...config, locale, ...(values["as-of"] !== undefined && { asOf: values["as-of"] }) };
  // What the files of --bdpm had that could not be read: told once, by whichever thread read them first.
  let noticed = false;
  const notice = (problems: readonly string[]): void => {
    if (noticed) return;
    noticed = true;
    for (const problem of problems) complain(io, problem);
  };
  let checker: SplitChecker | undefined;
  const localChecker = async (): Promise<SplitChecker> => {
    if (checker === undefined) {
      const { compileChecker } = await import("../checking.js");
      try {
        // The drug referential is read here only when this thread checks (a short input).
        let referential: Referential | undefined;
        if (bdpm.length > 0) {
          const loaded = await loadReferential(bdpm);
          referential = loaded.referential;
          notice(loaded.problems);
        }
        checker = compileChecker(referential === undefined ? options : { ...options, referential });
      } catch (error) {
        throw new UsageError(inWordsOfTheCli(error instanceof Error ? error.message : String(error)));
      }
    }
    return checker;
  };
  // Bad options are reported by the first worker, or here when the input is too short to start any,
  // in the words of the command line: the flag or the config file, not the library's option.
  const inWordsOfTheCli = (message: string): string => {
    const problem = message.replace(/^tiers-payant options: /, "");
    if (problem.startsWith("asOf ")) return values["as-of"] !== undefined ? `--as-of${problem.slice(4)}` : `config ${values.config ?? ""}: ${problem}`;
    return values.config !== undefined && /^(?:severity|waivers|settings|locale)\b/.test(problem) ? `config ${values.config}: ${problem}` : problem;
  };

  // Written to a file with -o, the output is for a program or a later reading: no colours unless asked.
  const outputFile = values["output-file"];
  const style = format === "pretty" && wantsColour(values, outputFile === undefined ? io.stdout : {}, io.env) ? colours : plain;
  const progress = io.stderr.isTTY === true;
  const collected: unknown[] = [];
  let [invoices, failed, warnings, inputErrors, lastProgress] = [0, 0, 0, 0, Date.now()];
  // For the progress line's time left: the size of the input when it is all NDJSON files, and how much of it was read.
  const startedAt = lastProgress;
  const totalBytes = progress ? await ndjsonBytes(positionals) : undefined;
  let bytesRead = 0;
  const sink = outputFile === undefined ? io.stdout : await openOutputFile(outputFile);
  const output = new OutputWriter(sink);
  const write = (text: string) => output.line(text);
  const utf8 = new TextDecoder();

  // Every outcome passes here in input order, whichever thread produced it.
  const emitError = (item: { readonly source: string; readonly message: string }): void => {
    inputErrors++;
    const [source, message] = [redactNirs(item.source), redactNirs(item.message)];
    complain(io, `${source}: ${message}`);
    if (format === "ndjson") write(JSON.stringify({ source, inputError: message }));
    if (format === "json") collected.push({ source, inputError: message });
  };
  const emitReport = (ok: boolean, warningCount: number, bytes: Uint8Array): void => {
    invoices++;
    if (!ok) failed++;
    warnings += warningCount;
    if (format === "json") collected.push(JSON.parse(utf8.decode(bytes)));
    else output.bytes(bytes);
    if (progress && invoices % 10_000 === 0 && Date.now() - lastProgress > 1000) {
      lastProgress = Date.now();
      const shareRead = totalBytes === undefined || totalBytes === 0 ? undefined : bytesRead / totalBytes;
      io.stderr.write(`\r${progressLine(locale, invoices, lastProgress - startedAt, shareRead)}`);
    }
  };
  const checkHere = async (item: CheckableItem): Promise<void> => {
    const parsed = parseItem(item);
    if (parsed.kind === "error") return emitError(parsed);
    const report = (await localChecker()).checkNext(parsed.value);
    emitReport(report.ok, warningsOf(report), Buffer.from(renderReport(format, parsed.source, report, locale, style, render)));
  };

  // Workers check batches without knowing the rest of the stream; this thread admits each invoice's
  // fingerprints in input order, and has the rare invoice whose fingerprints were already seen
  // checked again knowing it, so that duplicates are found across workers exactly as in one thread.
  // The CLI takes no history option: the window is the one a checker builds by default. It comes
  // with the workers: its 7 MB are allocated at once, for nothing when the input fits in one batch.
  let window: NumberWindow | undefined;
  // The place in the stream of the next invoice the window admits, as checkNext counts them.
  let admitted = 0;
  let pool: WorkerPool | undefined;
  // Only the batches' ids and pending outcomes are held here: each worker keeps the items it was handed.
  // With each batch, where its invoices came from (a few strings a batch): if its worker dies, they
  // are reported as not checked, and the run goes on with a new worker.
  const inFlight: { readonly id: number; readonly outcomes: Promise<BatchOutcomes>; readonly sources: readonly InputItem[] }[] = [];
  const lost = (items: readonly InputItem[], error: Error): void => {
    for (const item of items) {
      if (item.kind === "error") emitError(item);
      else if (item.kind === "lines") emitError({ source: item.count === 1 ? `${item.source}:${item.first}` : `${item.source}:${item.first}-${item.first + item.count - 1}`, message: error.message });
      else emitError({ source: item.source, message: error.message });
    }
  };
  const drainOldest = async (): Promise<void> => {
    const { id, outcomes, sources } = inFlight.shift()!;
    let batch: BatchOutcomes;
    try {
      batch = await outcomes;
    } catch (error) {
      if (!(error instanceof WorkerDiedError)) throw error;
      lost(sources, error);
      return;
    }
    let errors = 0;
    for (let index = 0; index < batch.ends.length; index++) {
      if (batch.errors[errors]?.index === index) {
        emitError(batch.errors[errors++]!);
        continue;
      }
      const seen = window!.admit(batch.fingerprints, startOf(batch.fingerprintEnds, index), batch.fingerprintEnds[index]!, admitted++);
      if (seen.length === 0) {
        emitReport(batch.ok[index] === 1, batch.warnings[index]!, reportOf(batch, index));
        continue;
      }
      // Nothing is held back while the worker checks the invoice again.
      output.flush();
      let again: BatchOutcomes;
      try {
        again = await pool!.recheck(id, index, seen);
      } catch (error) {
        if (!(error instanceof WorkerDiedError)) throw error;
        // Which line of the batch it was is known to the worker only: the batch's sources are named.
        lost(sources.length === 1 ? sources : [{ kind: "invoice", source: `one invoice of ${sources.map((item) => item.source).filter((source, place, all) => all.indexOf(source) === place).join(", ")}`, value: undefined }], error);
        continue;
      }
      // It was read once already: it cannot fail to read now, but a failure would still be told.
      if (again.errors[0] !== undefined) emitError(again.errors[0]);
      else emitReport(again.ok[0] === 1, again.warnings[0]!, reportOf(again, 0));
    }
    // Its buffers go back to its worker once the sink has read them (a pipe writes them later).
    output.afterWritten(() => pool!.release(id, batch));
    // No more is read or checked while the reader of the output lags behind: what it has not taken
    // would wait in this process's memory.
    await output.ready();
  };
  const dispatch = (items: readonly InputItem[]): void => {
    pool ??= new WorkerPool(jobs, { options, bdpm, format, locale, colour: style === colours, render }, notice);
    window ??= new NumberWindow(DEFAULT_DUPLICATE_WINDOW);
    const batch = pool.submit(items);
    // Awaited in input order by drainOldest; a worker failing before then is not an unhandled rejection.
    batch.outcomes.catch(() => undefined);
    // What is kept of the items: their kind and place, not their bytes (moved to the worker) or values.
    const sources = items.map((item): InputItem => (item.kind === "lines" ? { ...item, bytes: EMPTY } : item.kind === "invoice" ? { ...item, value: undefined } : item));
    inFlight.push({ ...batch, sources });
  };

  let batch: InputItem[] = [];
  let [batchInvoices, batchBytes] = [0, 0];
  try {
    // Even one job goes to a worker thread: its heap is bounded (this thread's is not), and reading and
    // writing here overlap with checking there, which makes it faster than checking in this thread.
    for await (const item of readInputs(positionals, io.stdin, stdinFormat)) {
      batch.push(item);
      batchInvoices += item.kind === "lines" ? item.count : 1;
      if (item.kind === "lines") {
        batchBytes += item.bytes.length;
        bytesRead += item.bytes.length;
      }
      if (batchInvoices < BATCH_SIZE && batchBytes < BATCH_BYTES) continue;
      dispatch(batch);
      batch = [];
      [batchInvoices, batchBytes] = [0, 0];
      // Two batches per worker keep every worker busy while memory stays flat however long the input.
      while (inFlight.length >= jobs * 2) await drainOldest();
      if (output.closed) break;
    }
    // A short input is checked here: starting threads would cost more than it saves. The checker is
    // compiled even when nothing could be read, so that bad options are still a usage error.
    if (pool === undefined) {
      await localChecker();
      for (const item of batch.flatMap(expandItem)) {
        if (output.closed) break;
        await checkHere(item);
      }
    }
    else if (batch.length > 0 && !output.closed) dispatch(batch);
    while (inFlight.length > 0 && !output.closed) await drainOldest();
  } catch (error) {
    if (error instanceof WorkerSetupError) throw new UsageError(inWordsOfTheCli(error.message));
    throw error;
  } finally {
    await pool?.close();
  }
  output.flush();
  if (output.closed) return outputClosed(output.closed, io);
  if (format === "json") write(JSON.stringify(collected, null, 2));
  if (format === "pretty") {
    const hidden = render.verbose ? "" : locale === "fr" ? " (les factures sans rien à signaler ne sont pas listées : --verbose)" : " (invoices with nothing to report are not listed: --verbose)";
    const summary = locale === "fr"
      ? `${invoices} facture(s) contrôlée(s) : ${invoices - failed} sans erreur, ${failed} avec erreur(s), ${warnings} alerte(s)${inputErrors ? `, ${inputErrors} entrée(s) illisible(s)` : ""}.${hidden}`
      : `${invoices} invoice(s) checked: ${invoices - failed} without error, ${failed} with error(s), ${warnings} warning(s)${inputErrors ? `, ${inputErrors} unreadable input(s)` : ""}.${hidden}`;
    write(style.bold(summary));
  }
  // A full disk or a reader gone shows on the last writes: wait for them before saying all went well.
  await output.finish();
  if (sink !== io.stdout) await closeOutputFile(sink as WriteStream);
  if (output.closed) return outputClosed(output.closed, io);
  if (progress && invoices >= 10_000) io.stderr.write("\n");
  // A run that found nothing to check did not check what it was asked: say so, as a failure.
  if (invoices === 0 && inputErrors === 0) {
    complain(io, `no invoice found in ${positionals.join(", ")} (.json, .ndjson or .jsonl files, or - for stdin)`);
    return 2;
  }
  if (maxWarnings !== undefined && warnings > maxWarnings && failed === 0 && inputErrors === 0) {
    complain(io, `${warnings} warning(s), more than --max-warnings ${maxWarnings}`);
    return 1;
  }
  return inputErrors > 0 ? 2 : failed > 0 ? 1 : 0;
}

/** The bytes of the input when it is NDJSON files only (their sizes), else undefined. */
async function ndjsonBytes(paths: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for (const path of paths) {
    if (!isNdjsonFile(path)) return undefined;
    try {
      total += (await stat(path)).size;
    } catch {
      return undefined;
    }
  }
  return total;
}

/** The file of -o, opened before anything is checked: a path that cannot be written is bad usage. */
async function openOutputFile(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", (error) => reject(new UsageError(`cannot write ${path}: ${error.message}`, "check")));
  });
  return stream;
}

const closeOutputFile = (stream: WriteStream): Promise<void> =>
  new Promise((resolve) => {
    stream.end(() => resolve());
  });

/** 128 + SIGPIPE: what a shell reports for a command whose reader went away, such as `cat` in `cat big | head`. */
const READER_GONE = 141;

/** The output failed midway: stop quietly when its reader went away (`… | head`), say why otherwise. */
function outputClosed(error: Error, io: Io): number {
  if ((error as NodeJS.ErrnoException).code === "EPIPE") return READER_GONE;
  complain(io, `cannot write the output: ${error.message}`);
  return 2;
}

async function listRules(args: string[], io: Io): Promise<number> {
  const { values } = parsedFlags("rules", () => parseArgs({ args, options: { ...COMMANDS.rules.options, help: HELP } }));
  if (values.help) {
    io.stdout.write(`${RULES_USAGE}\n`);
    return 0;
  }
  const { rules } = await import("../rules/metadata.js");
  const locale = oneOf<Locale>(values.locale, ["fr", "en"], "locale", "fr");
  const format = oneOf(values.format, ["pretty", "json"] as const, "format", "pretty");
  io.stdout.write(`${format === "json" ? JSON.stringify(rules, null, 2) : formatRules(rules, locale)}\n`);
  return 0;
}

/** Runs the command line; returns the exit status instead of exiting, so tests can call it. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return await check(rest, io);
      case "rules":
        return await listRules(rest, io);
      case "schema": {
        const { values } = parsedFlags("schema", () => parseArgs({ args: rest, options: { help: HELP } }));
        if (values.help) {
          io.stdout.write(`${SCHEMA_USAGE}\n`);
          return 0;
        }
        const { buildInvoiceJsonSchema } = await import("../model/json-schema.js");
        io.stdout.write(`${JSON.stringify(buildInvoiceJsonSchema(), null, 2)}\n`);
        return 0;
      }
      case "--version":
      case "-v":
        io.stdout.write(`${rulesVersion}\n`);
        return 0;
      case "--help":
      case "-h":
      case "help":
        io.stdout.write(`${USAGE}\n`);
        return 0;
      default:
        throw new UsageError(command === undefined ? "a command is required" : `unknown command ${command}${didYouMean(command, [...Object.keys(COMMANDS), "--help", "--version"])}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      complain(io, error.message);
      // One line of usage and where the rest is, as eslint and ripgrep do: not the whole help.
      // A mistake inside a command is that command's, wherever it was found.
      const where = error.command ?? (command !== undefined && Object.hasOwn(COMMANDS, command) ? (command as Command) : undefined);
      const usage = (where === undefined ? USAGE : COMMANDS[where].usage).split("\n", 1)[0];
      io.stderr.write(`${usage}\nRun "tiers-payant ${where === undefined ? "" : `${where} `}--help" for more.\n`);
      return 2;
    }
    throw error;
  }
}

const io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
// stderr may fail too (a full disk): then the run cannot say what went wrong, and exits 2 at least.
let stderrFailed = false;
process.stderr.on("error", () => {
  stderrFailed = true;
});
// After the output was checked (OutputWriter), a late EPIPE must not end the process with a stack.
process.stdout.on("error", () => undefined);
run(process.argv.slice(2), io).then(
  (status) => {
    process.exitCode = stderrFailed && status < 2 ? 2 : status;
  },
  (error: unknown) => {
    complain(io, `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 2;
  },
);
