// npm run bench:stream [-- --count 1000000 --small 100000]
// Writes a seeded NDJSON file of invoices (one in a thousand re-sent, so that duplicates must be found
// across workers), runs the built CLI on it as a user would, and reports wall time, invoices/s and
// peak RSS read from the OS (VmHWM in /proc/<pid>/status), at two sizes and with --jobs 1 and 2.
// It also checks that --jobs 2 prints exactly what --jobs 1 prints.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { loadDrugs } from "./drugs.js";
import { InvoiceMix } from "./generate.js";
import { inBench, repoDir } from "./paths.js";

const { values: args } = parseArgs({
  options: {
    count: { type: "string", default: "1000000" },
    small: { type: "string", default: "100000" },
    keep: { type: "boolean", default: false },
  },
});
const large = Number(args.count);
const small = Math.min(Number(args.small), large);
const log = (text = "") => process.stdout.write(`${text}\n`);
const cli = join(repoDir, "dist/node/cli/main.js");
const RESEND_EVERY = 1000;
const RESEND_DISTANCE = 500;

async function writeMix(path: string, count: number): Promise<number> {
  const mix = new InvoiceMix(loadDrugs());
  const out = createWriteStream(path);
  const recent: string[] = [];
  let resent = 0;
  for (let index = 1; index <= count; index++) {
    let line: string;
    if (index % RESEND_EVERY === 0 && recent.length >= RESEND_DISTANCE) {
      line = recent[recent.length - RESEND_DISTANCE]!;
      resent++;
    } else line = JSON.stringify(mix.next());
    recent.push(line);
    if (recent.length > RESEND_DISTANCE) recent.shift();
    if (!out.write(`${line}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return resent;
}

interface Run {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly exitCode: number | null;
  readonly outputSha256?: string;
  readonly duplicateLines?: number;
}

/** Runs the CLI, polling the OS for its peak resident memory; output is hashed, or thrown away. */
async function runCli(file: string, jobs: number, hashOutput: boolean): Promise<Run> {
  const start = process.hrtime.bigint();
  // Run from the file's folder, so that the sources in the output (and their hash) do not name the temporary folder.
  const child = spawn(process.execPath, [cli, "check", basename(file), "--format", "ndjson", "--jobs", String(jobs)], {
    cwd: dirname(file),
    stdio: ["ignore", hashOutput ? "pipe" : "ignore", "ignore"],
  });
  let peakKb = 0;
  const readPeak = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
      if (match) peakKb = Math.max(peakKb, Number(match[1]));
    } catch {
      // The process has just ended: the last reading stands.
    }
  };
  const timer = setInterval(readPeak, 50);
  const hash = createHash("sha256");
  let duplicateLines = 0;
  if (hashOutput) {
    child.stdout!.on("data", (chunk: Buffer) => {
      hash.update(chunk);
      let from = 0;
      for (;;) {
        const at = chunk.indexOf("transmission/duplicate", from);
        if (at < 0) break;
        duplicateLines++;
        from = at + 1;
      }
    });
  }
  const [exitCode] = (await once(child, "exit")) as [number | null];
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, peakRssMb: peakKb / 1024, exitCode, ...(hashOutput && { outputSha256: hash.digest("hex"), duplicateLines }) };
}

const directory = mkdtempSync(join(tmpdir(), "tiers-payant-stream-"));
try {
  const smallFile = join(directory, `invoices-${small}.ndjson`);
  const largeFile = join(directory, `invoices-${large}.ndjson`);
  log(`generating ${small.toLocaleString("en-US")} and ${large.toLocaleString("en-US")} invoices in ${directory}…`);
  const resentSmall = await writeMix(smallFile, small);
  const resentLarge = await writeMix(largeFile, large);
  log(`${(statSync(largeFile).size / 2 ** 20).toFixed(0)} MiB for ${large.toLocaleString("en-US")} invoices (${resentLarge} re-sent).`);

  // Same output, byte for byte, with one thread and with two: order kept, duplicates found across workers.
  const single = await runCli(smallFile, 1, true);
  const double = await runCli(smallFile, 2, true);
  const identical = single.outputSha256 === double.outputSha256 && single.exitCode === double.exitCode;
  log(`--jobs 1 and --jobs 2 on ${small.toLocaleString("en-US")} invoices: ${identical ? "identical output" : "OUTPUT DIFFERS"} (sha256 ${single.outputSha256?.slice(0, 16)}…, ${single.duplicateLines} duplicate findings for ${resentSmall} re-sent invoices).`);
  if (!identical) process.exitCode = 1;

  const rows: { size: number; jobs: number; run: Run }[] = [];
  for (const [size, file] of [
    [small, smallFile],
    [large, largeFile],
  ] as const) {
    for (const jobs of [1, 2]) {
      const run = await runCli(file, jobs, false);
      rows.push({ size, jobs, run });
      log(`${size.toLocaleString("en-US")} invoices, --jobs ${jobs}: ${run.seconds.toFixed(1)} s, ${Math.round(size / run.seconds).toLocaleString("en-US")} invoices/s, peak RSS ${run.peakRssMb.toFixed(0)} MB (exit ${run.exitCode})`);
    }
  }
  const speed = (size: number, jobs: number) => size / rows.find((row) => row.size === size && row.jobs === jobs)!.run.seconds;
  const speedUpSmall = speed(small, 2) / speed(small, 1);
  const speedUpLarge = speed(large, 2) / speed(large, 1);
  const peakLarge = Math.max(...rows.filter((row) => row.size === large).map((row) => row.run.peakRssMb));
  log(`speed-up of --jobs 2 over --jobs 1: ${speedUpSmall.toFixed(2)}× at ${small.toLocaleString("en-US")}, ${speedUpLarge.toFixed(2)}× at ${large.toLocaleString("en-US")} (target ≥ 1.6×)`);
  log(`peak RSS at ${large.toLocaleString("en-US")} invoices: ${peakLarge.toFixed(0)} MB (target < 200 MB)`);

  const section = `<!-- stream -->
## Streaming the CLI (\`npm run bench:stream\`)

Written on ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, Node ${process.version}. \`tiers-payant check FILE --format ndjson --jobs N\`,
output discarded; wall time from spawn to exit; peak RSS is the process's VmHWM read from /proc while it runs.
One invoice in ${RESEND_EVERY} is re-sent ${RESEND_DISTANCE} invoices later (${resentLarge} in the large file).

| invoices | --jobs | wall time | invoices/s | peak RSS |
|---:|---:|---:|---:|---:|
${rows.map(({ size, jobs, run }) => `| ${size.toLocaleString("en-US")} | ${jobs} | ${run.seconds.toFixed(1)} s | ${Math.round(size / run.seconds).toLocaleString("en-US")} | ${run.peakRssMb.toFixed(0)} MB |`).join("\n")}

- Speed-up of \`--jobs 2\` over \`--jobs 1\`: ${speedUpSmall.toFixed(2)}× at ${small.toLocaleString("en-US")} invoices, ${speedUpLarge.toFixed(2)}× at ${large.toLocaleString("en-US")} (target ≥ 1.6×).
- \`--jobs 1\` and \`--jobs 2\` print ${identical ? "the same bytes" : "DIFFERENT output"} on ${small.toLocaleString("en-US")} invoices (sha256 \`${single.outputSha256}\`, the same from run to run: sources are named relative to the temporary folder), with ${single.duplicateLines} \`transmission/duplicate\` findings for ${resentSmall} re-sent invoices.
`;
  const resultsPath = inBench("RESULTS.md");
  let previous = "";
  try {
    previous = readFileSync(resultsPath, "utf8");
  } catch {
    // No subset results yet: the file starts with this section.
  }
  const head = previous.split("<!-- stream -->")[0]!.trimEnd();
  writeFileSync(resultsPath, `${head ? `${head}\n\n` : ""}${section}`);
  log("bench/RESULTS.md updated.");
} finally {
  if (!args.keep) rmSync(directory, { recursive: true, force: true });
}
