import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleInvoices } from "../support/example-invoices.js";
import { sharedBdpmDirectory } from "../support/bdpm.js";
import { runCli } from "./support.js";

const workspace = mkdtempSync(join(tmpdir(), "tiers-payant-cli-bdpm-"));
const priceAbove = exampleInvoices["faulty/price-above-referential.json"]!.invoice;

describe("check --bdpm", () => {
  it("checks prices against the official files, on the main thread and in workers alike", async () => {
    // 300 lines: more than a batch, so that workers read the snapshot for themselves.
    const lines = Array.from({ length: 300 }, (_, index) => JSON.stringify({ ...priceAbove, id: `INV-B${index}`, number: `5${String(index).padStart(8, "0")}` }));
    const file = join(workspace, "prices.ndjson");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const bdpm = `${sharedBdpmDirectory()}@2026-01-28`;
    const parallel = await runCli(["check", file, "--format", "ndjson", "--bdpm", bdpm, "--jobs", "2"]);
    const single = await runCli(["check", file, "--format", "ndjson", "--bdpm", bdpm, "--jobs", "1"]);
    expect(parallel.stdout).toBe(single.stdout);
    const records = parallel.stdout.trim().split("\n").map((line) => JSON.parse(line) as { diagnostics: { ruleId: string }[] });
    expect(records).toHaveLength(300);
    expect(records.every((record) => record.diagnostics.some((diagnostic) => diagnostic.ruleId === "product/price-above-referential"))).toBe(true);
    const without = await runCli(["check", file, "--format", "ndjson"]);
    expect(without.stdout).not.toContain("product/price-above-referential\",\"severity");
    expect(without.stdout).toContain("aucun référentiel des médicaments fourni");
  }, 60_000);

  it("tells the rows it could not read once, whichever thread read the files", async () => {
    const folder = join(workspace, "bdpm-2026-01-28");
    mkdirSync(folder);
    for (const name of readdirSync(sharedBdpmDirectory())) copyFileSync(join(sharedBdpmDirectory(), name), join(folder, name));
    appendFileSync(join(folder, "CIS_CIP_bdpm.txt"), "not a row\n");
    const lines = Array.from({ length: 300 }, (_, index) => JSON.stringify({ ...priceAbove, id: `INV-N${index}`, number: `4${String(index).padStart(8, "0")}` }));
    const file = join(workspace, "notices.ndjson");
    writeFileSync(file, `${lines.join("\n")}\n`);
    for (const jobs of ["1", "2"]) {
      const result = await runCli(["check", file, "--format", "ndjson", "--bdpm", folder, "--jobs", jobs]);
      expect(result.stderr.split("\n").filter((line) => line.includes("row(s) could not be read"))).toEqual([
        `tiers-payant: --bdpm ${folder}: 1 row(s) could not be read and were skipped (first: CIS_CIP_bdpm.txt:20876)`,
      ]);
      expect(result.stdout.trim().split("\n")).toHaveLength(300);
    }
  }, 60_000);

  it("takes the snapshot's date from the folder's name, and refuses a folder without one", async () => {
    const file = join(workspace, "one.json");
    writeFileSync(file, JSON.stringify(priceAbove));
    const named = await runCli(["check", file, "--bdpm", sharedBdpmDirectory(), "--locale", "en"]);
    expect(named.stdout).toContain("above the official price of 1.07 € on 2026-01-28 (BDPM)");
    const unnamed = await runCli(["check", file, "--bdpm", workspace]);
    expect(unnamed.status).toBe(2);
    expect(unnamed.stderr).toContain("say when the snapshot was published");
    const missing = await runCli(["check", file, "--bdpm", `${workspace}@2026-01-28`]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("cannot read --bdpm: a BDPM snapshot needs CIS_CIP_bdpm.txt");
  });
});
