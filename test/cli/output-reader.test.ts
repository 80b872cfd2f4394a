import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { invoiceWith } from "../support/fixtures.js";
import { root } from "../support/docs.js";
import { cliPath } from "./support.js";

// What the CLI does when the program reading its output is slower than the checks, or stops
// reading: a pipe's writes are asynchronous on Linux and macOS, so output nobody reads piles up in
// the CLI's memory unless it stops reading its input meanwhile.

// 6,000 invoices, about 24 batches: far more than the four batches two workers keep in flight.
const COUNT = 6000;
const dayOf = (index: number) => new Date(Date.UTC(2024, 0, 1 + (index % 3000))).toISOString().slice(0, 10);
const ndjson = Buffer.from(
  `${Array.from({ length: COUNT }, (_, index) =>
    JSON.stringify(invoiceWith({ id: `INV-R${index}`, number: `6${String(index).padStart(8, "0")}`, dispensingDate: dayOf(index), transmissionDate: dayOf(index) })),
  ).join("\n")}\n`,
);

const startCli = (args: readonly string[]): ChildProcessWithoutNullStreams =>
  spawn(process.execPath, [cliPath, "check", ...args, "--format", "ndjson", "--jobs", "2"], { cwd: root, env: { ...process.env, NO_COLOR: "1" } });

const exitOf = (child: ChildProcessWithoutNullStreams): Promise<number | null> =>
  new Promise((done) => (child.exitCode !== null ? done(child.exitCode) : child.on("close", done)));

describe("check, when the reader of the output lags or leaves", () => {
  it("stops reading its input while its output is not read, and checks everything once it is", async () => {
    const child = startCli(["-"]);
    child.stdout.pause();
    const stderr: Buffer[] = [];
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    let taken = 0;
    const feeding = (async () => {
      for (let at = 0; at < ndjson.length; at += 65_536) {
        const chunk = ndjson.subarray(at, at + 65_536);
        // The callback comes once the CLI's stdin pipe has taken the chunk.
        await new Promise((written) => child.stdin.write(chunk, written));
        taken += chunk.length;
      }
      child.stdin.end();
    })();
    // Wait until the CLI takes no more input for a second (about a fifth of it here: the batches in
    // flight, and what the pipes and the stream buffers hold).
    for (let before = -1; taken !== before; ) {
      before = taken;
      await sleep(1000);
    }
    expect(taken).toBeLessThan(ndjson.length / 2);

    const output: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stdout.resume();
    await feeding;
    expect([0, 1]).toContain(await exitOf(child));
    expect(Buffer.concat(stderr).toString()).toBe("");
    const sources = Buffer.concat(output).toString().trim().split("\n").map((line) => (JSON.parse(line) as { source: string }).source);
    expect(sources).toEqual(Array.from({ length: COUNT }, (_, index) => `<stdin>:${index + 1}`));
  }, 30_000);

  it("stops quietly with status 141 when the reader goes away, as `… | head` does", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "tiers-payant-reader-")), "many.ndjson");
    writeFileSync(file, ndjson);
    const child = startCli([file]);
    const stderr: Buffer[] = [];
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    let first = "";
    child.stdout.once("data", (chunk: Buffer) => {
      first = chunk.toString();
      child.stdout.destroy();
    });
    expect(await exitOf(child)).toBe(141);
    expect(first).toContain('"source"');
    // No EPIPE stack trace, no message: the reader asked for no more.
    expect(Buffer.concat(stderr).toString()).toBe("");
  }, 30_000);
});
