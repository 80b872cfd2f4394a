#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { buildInvoiceJsonSchema } from "../model/json-schema.js";
import { createChecker, type Checker, type CheckerOptions } from "../engine/check.js";
import type { Locale, Report } from "../engine/types.js";
import { redactNirs } from "../identifiers/nir.js";
import { rules } from "../rules/metadata.js";
import { rulesVersion } from "../version.js";
import { colours, formatPretty, formatRecord, formatRules, plain, type OutputFormat } from "./format.js";
import { readInputs } from "./inputs.js";

const USAGE = `Usage:
  tiers-payant check <file|directory|->... [options]   check invoices (.json: one or an array; .ndjson: one per line; - = stdin)
  tiers-payant rules [--locale fr|en] [--format pretty|json]   list the rule catalogue
  tiers-payant schema                                   print the JSON Schema of an invoice

Options of check:
  --as-of YYYY-MM-DD        evaluate as of this date (default: each invoice's dispensing date)
  --locale fr|en            language of messages (default fr)
  --format pretty|json|ndjson   output (default pretty)
  --config <file>           JSON file: { "severity": { "<rule id>": "error|warning|info|off" }, "waivers": [...], "locale": "fr" }
  --stdin-format ndjson|json    how to read "-" (default ndjson, streamed)

Exit status: 0 no invoice has an error; 1 an invoice has an error; 2 bad usage or unreadable input.
A clean report is not a guarantee of payment.`;

class UsageError extends Error {}

interface Io {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadStream;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(", ")}`);
  return value as T;
}

function readConfig(path: string | undefined): Partial<CheckerOptions> {
  if (path === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read config ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new UsageError(`config ${path} must be a JSON object`);
  const { severity, waivers, locale, asOf, ...rest } = value as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw new UsageError(`config ${path}: unknown keys ${unknown.join(", ")}`);
  return { ...(severity !== undefined && { severity }), ...(waivers !== undefined && { waivers }), ...(locale !== undefined && { locale }), ...(asOf !== undefined && { asOf }) } as Partial<CheckerOptions>;
}

async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      "as-of": { type: "string" },
      locale: { type: "string" },
      format: { type: "string" },
      config: { type: "string" },
      "stdin-format": { type: "string" },
    },
  });
  if (positionals.length === 0) throw new UsageError("check needs at least one file, directory or -");
  const config = readConfig(values.config);
  const locale = oneOf(values.locale ?? (config.locale as string | undefined), ["fr", "en"] as const, "locale", "fr");
  const format = oneOf<OutputFormat>(values.format, ["pretty", "json", "ndjson"], "format", "pretty");
  const stdinFormat = oneOf(values["stdin-format"], ["ndjson", "json"] as const, "stdin-format", "ndjson");
  let checker: Checker;
  try {
    checker = createChecker({ ...config, locale, ...(values["as-of"] !== undefined && { asOf: values["as-of"] }) });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }

  const style = format === "pretty" && io.stdout.isTTY ? colours : plain;
  const progress = io.stderr.isTTY === true;
  const collected: unknown[] = [];
  let [invoices, failed, inputErrors, lastProgress] = [0, 0, 0, Date.now()];
  const write = (text: string) => io.stdout.write(`${text}\n`);

  for await (const item of readInputs(positionals, io.stdin, stdinFormat)) {
    if (item.kind === "error") {
      inputErrors++;
      const source = redactNirs(item.source);
      io.stderr.write(`tiers-payant: ${source}: ${item.message}\n`);
      if (format === "ndjson") write(JSON.stringify({ source, inputError: item.message }));
      if (format === "json") collected.push({ source, inputError: item.message });
      continue;
    }
    const report: Report = checker.checkNext(item.value);
    invoices++;
    if (!report.ok) failed++;
    if (format === "pretty") write(`${formatPretty(item.source, report, locale, style)}\n`);
    else if (format === "ndjson") write(formatRecord(item.source, report));
    else collected.push(JSON.parse(formatRecord(item.source, report)));
    if (progress && invoices % 10_000 === 0 && Date.now() - lastProgress > 1000) {
      lastProgress = Date.now();
      io.stderr.write(`\r${invoices} invoices checked…`);
    }
  }
  if (format === "json") write(JSON.stringify(collected, null, 2));
  if (format === "pretty") {
    const summary = locale === "fr"
      ? `${invoices} facture(s) contrôlée(s) : ${invoices - failed} sans erreur, ${failed} avec erreur(s)${inputErrors ? `, ${inputErrors} entrée(s) illisible(s)` : ""}.`
      : `${invoices} invoice(s) checked: ${invoices - failed} without error, ${failed} with error(s)${inputErrors ? `, ${inputErrors} unreadable input(s)` : ""}.`;
    write(style.bold(summary));
  }
  if (progress && invoices >= 10_000) io.stderr.write("\n");
  return inputErrors > 0 ? 2 : failed > 0 ? 1 : 0;
}

function listRules(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { locale: { type: "string" }, format: { type: "string" } } });
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
        return listRules(rest, io);
      case "schema":
        io.stdout.write(`${JSON.stringify(buildInvoiceJsonSchema(), null, 2)}\n`);
        return 0;
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
        throw new UsageError(command === undefined ? "a command is required" : `unknown command ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
      io.stderr.write(`tiers-payant: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

const io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
run(process.argv.slice(2), io).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    io.stderr.write(`tiers-payant: internal error: ${redactNirs(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
    process.exitCode = 2;
  },
);
