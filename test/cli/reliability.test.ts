import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES } from "../../src/cli/inputs.js";
import { invoiceWith } from "../support/fixtures.js";
import { root } from "../support/docs.js";
import { cliPath, runCli } from "./support.js";

const workspace = mkdtempSync(join(tmpdir(), "tiers-payant-cli-reliability-"));
const write = (name: string, content: string | Buffer) => {
  const path = join(workspace, name);
  writeFileSync(path, content);
  return path;
};
const dayOf = (index: number) => new Date(Date.UTC(2024, 0, 1 + (index % 300))).toISOString().slice(0, 10);
const numbered = (index: number) =>
  invoiceWith({ id: `INV-R${index}`, number: `6${String(index).padStart(8, "0")}`, dispensingDate: dayOf(index), transmissionDate: dayOf(index) });
const ndjson = (count: number, change: (index: number, line: string) => string = (_, line) => line) =>
  `${Array.from({ length: count }, (_, index) => change(index, JSON.stringify(numbered(index)))).join("\n")}\n`;

/** Runs the CLI with stdout and stderr sent to the given files (a /dev/full), as a shell redirect does. */
function runTo(args: readonly string[], stdout: string, stderr: string | "pipe" = "pipe", env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; stderr: string }> {
  const out = openSync(stdout, "w");
  const err = stderr === "pipe" ? "pipe" : openSync(stderr, "w");
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: root, stdio: ["ignore", out, err], env: { ...process.env, ...env } });
    const chunks: Buffer[] = [];
    child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", fail);
    child.on("close", (status) => {
      closeSync(out);
      if (typeof err === "number") closeSync(err);
      done({ status, stderr: Buffer.concat(chunks).toString("utf8") });
    });
  });
}

/** Runs the CLI into a shell pipe that reads only `bytes` bytes, as `| head -c N` does. */
function runIntoHead(args: readonly string[], bytes: number): Promise<number | null> {
  return new Promise((done, fail) => {
    const child = spawn("bash", ["-c", `"${process.execPath}" "${cliPath}" ${args.map((arg) => `'${arg}'`).join(" ")} | head -c ${bytes} > /dev/null; echo "\${PIPESTATUS[0]}"`], { cwd: root });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", fail);
    child.on("close", () => done(Number(Buffer.concat(chunks).toString("utf8").trim())));
  });
}

describe("the CLI never drops the other inputs", () => {
  it("a worker that runs out of memory costs its batch only: the rest is checked by a new worker", async () => {
    const file = write("oom.ndjson", ndjson(2_000));
    const result = await runCli(["check", file, "--format", "ndjson", "--jobs", "2"], undefined, {});
    expect(result.status).toBe(1);
    const crashed = await new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [cliPath, "check", file, "--format", "ndjson", "--jobs", "2"], { cwd: root, env: { ...process.env, TIERS_PAYANT_TEST_EXHAUST_MEMORY_ON: "INV-R700" } });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
      child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
      child.on("close", (status) => done({ status, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    });
    expect(crashed.status).toBe(2);
    const records = crashed.stdout.trim().split("\n").map((line) => JSON.parse(line) as { source: string; inputError?: string });
    const reports = records.filter((record) => record.inputError === undefined);
    const lost = records.filter((record) => record.inputError !== undefined);
    // Every line is accounted for, in order: reports for all but the dead worker's batch, which is named.
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((record) => /stopped .*not checked/.test(record.inputError!))).toBe(true);
    // A worker holds at most two batches (their bytes were moved to it). A batch is 256 lines and
    // the rest of the last block read (64 KiB): well under 2 × (256 + 128) lines are lost.
    const lostLines = lost.reduce((sum, record) => {
      const [first, last = first] = record.source.split(":").pop()!.split("-").map(Number);
      return sum + last! - first! + 1;
    }, 0);
    expect(lostLines + reports.length).toBe(2_000);
    expect(lostLines).toBeLessThan(2 * (256 + 128));
    const before = JSON.parse(result.stdout.trim().split("\n").slice(-1)[0]!).source;
    expect(reports.some((record) => record.source === before)).toBe(true);
    expect(crashed.stderr).toMatch(/stopped .*not checked/);
  }, 60_000);

  it("lines of 85,000 unknown keys each (under the 1 MiB limit) cost those lines a bounded report, not the run", async () => {
    const keys = (index: number) => Object.fromEntries(Array.from({ length: 85_000 }, (_, key) => [`k${key}`, 0]).concat([["id", `INV-K${index}`]]));
    const file = write("keys.ndjson", ndjson(2_000, (index, line) => (index % 400 === 7 ? JSON.stringify({ ...JSON.parse(line), ...keys(index) }) : line)));
    const result = await runCli(["check", file, "--format", "ndjson", "--jobs", "2"]);
    const records = result.stdout.trim().split("\n").map((line) => JSON.parse(line) as { source: string; inputError?: string; diagnostics?: { ruleId: string }[] });
    expect(records).toHaveLength(2_000);
    expect(records.filter((record) => record.inputError !== undefined)).toEqual([]);
    const bloated = records.filter((_, index) => index % 400 === 7);
    for (const record of bloated) expect(record.diagnostics!.filter((diagnostic) => diagnostic.ruleId === "input/invalid")).toHaveLength(101);
  }, 60_000);

  it("starts workers on demand, at most twice the cores: --jobs 256 on 300 invoices is as quick as --jobs 2", async () => {
    const file = write("many-jobs.ndjson", ndjson(300));
    const started = performance.now();
    const many = await runCli(["check", file, "--format", "ndjson", "--jobs", "256"]);
    const elapsed = performance.now() - started;
    const few = await runCli(["check", file, "--format", "ndjson", "--jobs", "2"]);
    expect(many.stdout).toBe(few.stdout);
    // 256 workers at once took 64 s and 3.6 GB; two batches start two workers.
    expect(elapsed).toBeLessThan(15_000);
    expect((await runCli(["check", file, "--jobs", "0"])).status).toBe(2);
  }, 60_000);
});

describe("write errors", () => {
  const small = write("small.ndjson", ndjson(20));

  it("a full disk under the output is an error (exit 2), even for a short input", async () => {
    for (const format of ["pretty", "json", "ndjson"]) {
      const result = await runTo(["check", small, "--format", format], "/dev/full");
      expect(result.status, format).toBe(2);
      expect(result.stderr).toMatch(/cannot write the output/);
    }
  });

  it("a reader that stops reading (| head -c 100) gives 141, in every format", async () => {
    // Megabytes of output, more than a pipe holds: the reader is gone before the last write.
    const large = write("large.ndjson", ndjson(300));
    for (const format of ["pretty", "json", "ndjson"]) expect(await runIntoHead(["check", large, "--format", format], 100), format).toBe(141);
  }, 60_000);

  it("a full disk under stderr gives 2, not a crash", async () => {
    const result = await runTo(["check", write("broken.ndjson", "{not json\n")], "/dev/null", "/dev/full");
    expect(result.status).toBe(2);
    const usage = await runTo(["check"], "/dev/null", "/dev/full");
    expect(usage.status).toBe(2);
  });
});

describe("what the CLI reads", () => {
  it("caps --stdin-format json like files, instead of reading without bound", async () => {
    const huge = Buffer.alloc(MAX_DOCUMENT_BYTES + 1024, 0x20);
    const result = await runCli(["check", "-", "--stdin-format", "json"], huge);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`<stdin>: larger than ${MAX_DOCUMENT_BYTES} bytes`);
    const file = write("huge.json", huge);
    const fromFile = await runCli(["check", file]);
    expect(fromFile.status).toBe(2);
    expect(fromFile.stderr).toContain(`larger than ${MAX_DOCUMENT_BYTES} bytes`);
  }, 60_000);

  it("accepts a UTF-8 byte order mark in .json files, --config and --stdin-format json, as in NDJSON", async () => {
    const invoice = JSON.stringify(numbered(1));
    const bom = "\ufeff";
    const readable = (result: { status: number | null; stderr: string }) => {
      expect(result.stderr).toBe("");
      expect(result.status).toBeLessThan(2);
    };
    readable(await runCli(["check", write("bom.json", `${bom}${invoice}`), "--as-of", dayOf(1)]));
    readable(await runCli(["check", "-", "--stdin-format", "json", "--as-of", dayOf(1)], `${bom}${invoice}`));
    readable(await runCli(["check", "-", "--as-of", dayOf(1)], `${bom}${invoice}\n`));
    const config = write("bom-config.json", `${bom}${JSON.stringify({ locale: "en" })}`);
    const result = await runCli(["check", write("bom2.json", invoice), "--config", config, "--as-of", dayOf(1)]);
    readable(result);
    expect(result.stdout).toContain("invoice(s) checked");
  });

  it("escapes control characters in pretty output and stderr: an id cannot forge a line or drive the terminal", async () => {
    const forged = { ...numbered(1), id: "INV-1\n\u2714 fake.json  INV-OK  all clear\u001b[2J" };
    const file = write("forged\u001b[31m.ndjson", `${JSON.stringify(forged)}\n{bad\u001b[0m json\n`);
    const result = await runCli(["check", file, "--as-of", dayOf(1)]);
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(result.stdout).toContain("INV-1\\u000a\u2714 fake.json");
    expect(result.stdout.split("\n").filter((line) => line.startsWith("\u2714") || line.startsWith("\u2716"))).toHaveLength(1);
    expect(result.stderr).toContain("forged\\u001b[31m.ndjson:2");
  });

  it("prints a fix's kind, safety and invoice count, never its invoices (whole invoices, NIRs and all)", async () => {
    const vaccination = write("fix.json", JSON.stringify(JSON.parse((await import("node:fs")).readFileSync(join(root, "examples/clean/flu-vaccine-and-act-one-invoice.json"), "utf8"))));
    for (const format of ["json", "ndjson"]) {
      const result = await runCli(["check", vaccination, "--format", format]);
      const record = (format === "json" ? JSON.parse(result.stdout)[0] : JSON.parse(result.stdout.trim())) as { diagnostics: { fix?: unknown }[] };
      const fixes = record.diagnostics.flatMap((diagnostic) => (diagnostic.fix === undefined ? [] : [diagnostic.fix]));
      expect(fixes).toEqual([{ kind: "split-invoice", safe: expect.any(Boolean), invoiceCount: 2 }]);
      expect(result.stdout).not.toContain("insuredNir");
    }
  });
});
