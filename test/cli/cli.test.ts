import { chmodSync, mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createChecker } from "../../src/index.js";
import { cleanInvoice, invoiceWith } from "../support/fixtures.js";
import { build } from "esbuild";
import { resolve } from "node:path";
import { root } from "../support/docs.js";
import { runCli } from "./support.js";

async function bundleCliInto(directory: string): Promise<string> {
  const outfile = join(directory, "cli.mjs");
  await build({
    entryPoints: [resolve(root, "src/cli/main.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "silent",
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  chmodSync(outfile, 0o644);
  return outfile;
}

const workspace = mkdtempSync(join(tmpdir(), "tiers-payant-cli-"));
const write = (name: string, content: string | Buffer) => {
  const path = join(workspace, name);
  writeFileSync(path, content);
  return path;
};
const badNir = invoiceWith({ id: "INV-BAD", number: "000000099", patient: { insuredNir: "285057800608442" } });
/** Clean invoices that differ in number and day: one CLI run checks them all as one stream, duplicates included. */
const another = (day: number) =>
  invoiceWith({ id: `INV-${day}`, number: `0000001${String(day).padStart(2, "0")}`, dispensingDate: `2025-03-${String(day).padStart(2, "0")}`, transmissionDate: `2025-03-${String(day).padStart(2, "0")}` });

describe("tiers-payant check", () => {
  it("exits 0 on a clean invoice and counts it, listing it only with --verbose", async () => {
    const file = write("clean.json", JSON.stringify(cleanInvoice()));
    const result = await runCli(["check", file]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain("✔");
    expect(result.stdout).toContain("1 facture(s) contrôlée(s) : 1 sans erreur");
    const verbose = await runCli(["check", file, "--verbose"]);
    expect(verbose.stdout).toContain("✔");
    expect(verbose.stdout).toContain("non évaluée(s): aucun référentiel des médicaments fourni");
  });

  it("exits 1 when an invoice has an error, and masks the NIR", async () => {
    const result = await runCli(["check", write("bad.json", JSON.stringify(badNir)), "--locale", "en"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("identity/nir-invalid");
    expect(result.stdout).toContain("2 85 05 78 *** *** **");
    expect(result.stdout).not.toContain("2850578006084");
  });

  it("reads arrays in .json and lines in .ndjson, streamed, in order", async () => {
    const array = write("many.json", JSON.stringify([cleanInvoice(), badNir]));
    const lines = write("many.ndjson", `${JSON.stringify(another(11))}\n\n${JSON.stringify(invoiceWith({ ...badNir, id: "INV-BAD2", number: "000000098", dispensingDate: "2025-03-12", transmissionDate: "2025-03-12" }))}\n`);
    const result = await runCli(["check", array, lines, "--format", "ndjson"]);
    const records = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(records.map((record) => [record.source.replace(workspace, ""), record.ok])).toEqual([
      ["/many.json#0", true],
      ["/many.json#1", false],
      ["/many.ndjson:1", true],
      ["/many.ndjson:3", false],
    ]);
    expect(result.status).toBe(1);
  });

  it("reads stdin as NDJSON with -, and as JSON on request", async () => {
    const ndjson = await runCli(["check", "-", "--format", "json"], `${JSON.stringify(cleanInvoice())}\n`);
    expect(JSON.parse(ndjson.stdout)).toHaveLength(1);
    const json = await runCli(["check", "-", "--stdin-format", "json", "--format", "json"], JSON.stringify([cleanInvoice(), another(11)], null, 2));
    expect(JSON.parse(json.stdout)).toHaveLength(2);
    expect(json.status).toBe(0);
  });

  it("walks directories", async () => {
    const directory = join(workspace, "tree");
    mkdirSync(join(directory, "nested"), { recursive: true });
    writeFileSync(join(directory, "a.json"), JSON.stringify(cleanInvoice()));
    writeFileSync(join(directory, "nested", "b.json"), JSON.stringify(badNir));
    writeFileSync(join(directory, "notes.txt"), "ignored");
    const result = await runCli(["check", directory, "--format", "ndjson"]);
    expect(result.stdout.trim().split("\n")).toHaveLength(2);
  });

  it("names the file and line of bad input, exits 2, and still checks the rest", async () => {
    const mixed = write("mixed.ndjson", `${JSON.stringify(cleanInvoice())}\n{"id": "trunc\n${JSON.stringify(badNir)}\n`);
    const result = await runCli(["check", mixed, join(workspace, "missing.json"), "--format", "ndjson"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("mixed.ndjson:2: invalid JSON");
    expect(result.stderr).toContain("missing.json: cannot read: no such file or directory");
    const records = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(records.filter((record) => "ok" in record)).toHaveLength(2);
    expect(records.filter((record) => "inputError" in record)).toHaveLength(2);
  });

  it("reports empty files and binary garbage", async () => {
    const empty = await runCli(["check", write("empty.json", "")]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain("empty.json: empty file");
    const garbage = await runCli(["check", write("garbage.json", Buffer.from([0xff, 0x00, 0xfe, 0x7b]))]);
    expect(garbage.status).toBe(2);
    expect(garbage.stderr).toContain("garbage.json: invalid JSON");
  });

  it("applies --as-of and --config severity overrides", async () => {
    const config = write("config.json", JSON.stringify({ severity: { "identity/nir-invalid": "warning" } }));
    const result = await runCli(["check", write("bad2.json", JSON.stringify(badNir)), "--config", config, "--format", "json", "--as-of", "2025-06-30"]);
    const [record] = JSON.parse(result.stdout);
    expect(record.asOf).toBe("2025-06-30");
    expect(record.diagnostics.find((diagnostic: { ruleId: string }) => diagnostic.ruleId === "identity/nir-invalid").severity).toBe("warning");
    expect(result.status).toBe(0);
  });

  it("exits 2 with usage on bad options", async () => {
    for (const args of [["check"], ["check", "x.json", "--format", "xml"], ["check", "x.json", "--as-of", "tomorrow"], ["frobnicate"], ["check", "x.json", "--bogus"]]) {
      const result = await runCli(args);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr).toContain("Usage:");
    }
    const badConfig = await runCli(["check", "x.json", "--config", write("bad-config.json", JSON.stringify({ severity: { "nope/nope": "off" } }))]);
    expect(badConfig.status).toBe(2);
    expect(badConfig.stderr).toContain("unknown rule");
  });
});

describe("duplicates across one CLI run", () => {
  it("flags the second copy of an invoice, across files", async () => {
    const first = write("dup-a.json", JSON.stringify(cleanInvoice()));
    const second = write("dup-b.ndjson", `${JSON.stringify(cleanInvoice())}\n`);
    const result = await runCli(["check", first, second, "--format", "ndjson"]);
    const [one, two] = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(one.ok).toBe(true);
    expect(two.diagnostics.map((diagnostic: { ruleId: string }) => diagnostic.ruleId)).toContain("transmission/duplicate");
    expect(result.status).toBe(1);
  });
});

describe("tiers-payant rules and schema", () => {
  it("lists the catalogue", async () => {
    const result = await runCli(["rules", "--locale", "en"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("identity/nir-invalid");
    const json = JSON.parse((await runCli(["rules", "--format", "json"])).stdout);
    expect(json.map((rule: { id: string }) => rule.id)).toContain("product/ucd-is-not-a-pack");
  });
  it("prints the JSON Schema", async () => {
    const schema = JSON.parse((await runCli(["schema"])).stdout);
    expect(schema.title).toBe("tiers-payant invoice");
  });
  it("prints its version and help", async () => {
    expect((await runCli(["--version"])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect((await runCli(["--help"])).stdout).toContain("--version");
    expect((await runCli(["check", "--help"])).stdout).toContain("Exit status");
  });
});

describe("tiers-payant check on hostile input", () => {
  it("rejects a line longer than 1 MiB with its line number and checks the others", async () => {
    const long = `{"id": "${"x".repeat(2 * 1_048_576)}"}`;
    const file = write("long.ndjson", `${JSON.stringify(cleanInvoice())}\n${long}\n${JSON.stringify(another(11))}\n`);
    const result = await runCli(["check", file, "--format", "ndjson"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/long\.ndjson:2: line longer than 1048576 bytes/);
    expect(result.stdout.trim().split("\n").filter((line) => line.includes('"ok":true'))).toHaveLength(2);
  });

  it("reports a directory it may not read, and checks the rest", async () => {
    const base = mkdtempSync(join(tmpdir(), "tiers-payant-perm-"));
    chmodSync(base, 0o755);
    const locked = join(base, "locked");
    mkdirSync(locked);
    writeFileSync(join(locked, "a.json"), JSON.stringify(cleanInvoice()));
    chmodSync(locked, 0o000);
    const readable = join(base, "ok.json");
    writeFileSync(readable, JSON.stringify(cleanInvoice()));
    chmodSync(readable, 0o644);
    // Root reads any directory: the CLI then runs as nobody, for whom the permission holds. nobody
    // may not reach this checkout (a clone in a private temp folder), so it gets a one-file bundle.
    const asRoot = process.getuid?.() === 0;
    const cli = asRoot ? await bundleCliInto(base) : undefined;
    const result = await runCli(["check", locked, readable, "--format", "ndjson"], undefined, asRoot ? { uid: 65534, gid: 65534, cliPath: cli! } : {});
    chmodSync(locked, 0o755);
    expect(result.stderr).toContain("locked: cannot read directory: permission denied");
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('"ok":true');
  });

  it("prints no full NIR in any format, even in a file name", async () => {
    const nir = "285057800608442";
    const file = write(`${nir}.json`, JSON.stringify(badNir));
    for (const format of ["pretty", "json", "ndjson"]) {
      const result = await runCli(["check", file, "--format", format]);
      expect(result.stdout + result.stderr, format).not.toContain("2850578006084");
      expect(result.stdout + result.stderr, format).not.toContain("006084");
    }
  });
});

describe("check --jobs", () => {
  // 700 lines: more than two batches, so that workers start; one invoice re-sent in a later batch
  // (another worker), one line that is not JSON, one blank line.
  const dayOf = (index: number) => new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10);
  // A different day each: the same patient and product on another day is not the same delivery.
  const numbered = (index: number) =>
    invoiceWith({ id: `INV-J${index}`, number: `7${String(index).padStart(8, "0")}`, dispensingDate: dayOf(index), transmissionDate: dayOf(index) });
  const lines = Array.from({ length: 700 }, (_, index) => JSON.stringify(numbered(index)));
  lines[650] = lines[10]!;
  // Skenan on two ordonnances of the same prescriber, in different batches: the second overlaps the first.
  const skenan = (index: number, day: string, prescribed: string) =>
    invoiceWith({
      id: `INV-J${index}`, number: `7${String(index).padStart(8, "0")}`, dispensingDate: day, transmissionDate: day,
      prescription: { date: prescribed, secure: true, overlapMention: false },
      lines: [{ productCode: "3400934053702", productKind: "drug", prestationCode: "PH7", list: "stupefiant", atc: "N02AA01", quantity: 1, unitPrice: "40.77", total: "40.77", daysOfTreatment: 14, prescribedDaysOfTreatment: 14, amounts: { amo: "26.50", amc: "14.27", patient: "0.00" } }],
      history: [],
    });
  lines[20] = JSON.stringify(skenan(20, "2024-01-21", "2024-01-20"));
  lines[640] = JSON.stringify(skenan(640, "2024-01-25", "2024-01-24"));
  lines[300] = '{"id": "cut';
  lines[400] = "";
  const file = write("jobs.ndjson", `${lines.join("\n")}\n`);

  it("prints exactly what one thread prints: same order, same duplicates, same exit status", async () => {
    const single = await runCli(["check", file, "--format", "ndjson", "--jobs", "1"]);
    const parallel = await runCli(["check", file, "--format", "ndjson", "--jobs", "2"]);
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.status).toBe(2);
    expect(single.status).toBe(2);
    const records = parallel.stdout.trim().split("\n").map((line) => JSON.parse(line) as { source: string; inputError?: string; diagnostics?: { ruleId: string }[] });
    expect(records).toHaveLength(699);
    const lineNumbers = records.map((record) => Number(record.source.split(":").pop()));
    expect(lineNumbers).toEqual([...lineNumbers].sort((a, b) => a - b));
    expect(records.find((record) => record.source.endsWith(":301"))?.inputError).toMatch(/invalid JSON/);
    const duplicated = records.filter((record) => record.diagnostics?.some((diagnostic) => diagnostic.ruleId === "transmission/duplicate"));
    expect(duplicated.map((record) => record.source.split(":").pop())).toEqual(["651"]);
    const overlapping = records.filter((record) => record.diagnostics?.some((diagnostic) => diagnostic.ruleId === "prescription/narcotic-overlap"));
    expect(overlapping.map((record) => record.source.split(":").pop())).toEqual(["641"]);
    expect(parallel.stderr).toContain("jobs.ndjson:301: invalid JSON");
  });

  it("pretty output is the same with workers too, and so are --quiet, --verbose and --max-warnings", async () => {
    for (const extra of [[], ["--quiet"], ["--verbose"], ["--max-warnings", "0"]]) {
      const single = await runCli(["check", file, "--jobs", "1", ...extra]);
      const parallel = await runCli(["check", file, "--jobs", "2", ...extra]);
      expect(parallel.stdout, extra.join(" ")).toBe(single.stdout);
      expect(parallel.status, extra.join(" ")).toBe(single.status);
    }
  });

  it("reports bad options found by the workers as bad usage", async () => {
    const config = write("jobs-bad-config.json", JSON.stringify({ severity: { "nope/nope": "off" } }));
    const result = await runCli(["check", file, "--jobs", "2", "--config", config]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown rule");
    expect(result.stderr).toContain("Usage:");
  });

  it("hands long lines to workers in smaller batches, and checks them all", async () => {
    // 40 invoices padded to about 500 KB each: 20 MB in all, more than four batches by size.
    const padded = Array.from({ length: 40 }, (_, index) => JSON.stringify({ ...numbered(index), note: "x".repeat(500_000) }));
    const longFile = write("jobs-long.ndjson", `${padded.join("\n")}\n`);
    const single = await runCli(["check", longFile, "--format", "ndjson", "--jobs", "1"]);
    const parallel = await runCli(["check", longFile, "--format", "ndjson", "--jobs", "2"]);
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.stdout.trim().split("\n")).toHaveLength(40);
  });

  it("tells each invoice's verdict, counts those with an error and exits 1 for them, as a stream checked in one thread does", async () => {
    // 300 invoices, more than one batch: days within the fixture's validity (the last ten re-use the
    // first ten days: the same deliveries under other numbers, warnings), every tenth with a wrong NIR key.
    const day = (index: number) => new Date(Date.UTC(2025, 2, 10 + (index % 290))).toISOString().slice(0, 10);
    const invoices = Array.from({ length: 300 }, (_, index) => {
      const invoice = invoiceWith({ id: `INV-V${index}`, number: `8${String(index).padStart(8, "0")}`, dispensingDate: day(index), transmissionDate: day(index) });
      return index % 10 === 0 ? { ...invoice, patient: { ...invoice.patient, insuredNir: "285057800608442" } } : invoice;
    });
    const stream = createChecker();
    const expected = invoices.map((invoice) => stream.checkNext(invoice).ok);
    const failing = expected.filter((ok) => !ok).length;
    expect(failing).toBe(30);
    const verdicts = write("jobs-verdicts.ndjson", `${invoices.map((invoice) => JSON.stringify(invoice)).join("\n")}\n`);
    const records = (await runCli(["check", verdicts, "--jobs", "2", "--format", "ndjson"])).stdout.trim().split("\n").map((line) => JSON.parse(line) as { ok: boolean });
    expect(records.map((record) => record.ok)).toEqual(expected);
    const pretty = await runCli(["check", verdicts, "--jobs", "2", "--locale", "en"]);
    expect(pretty.status).toBe(1);
    expect(pretty.stdout).toMatch(new RegExp(`300 invoice\\(s\\) checked: ${300 - failing} without error, ${failing} with error\\(s\\), \\d+ warning\\(s\\)\\.`));
  });

  it("refuses a number of jobs that is not a whole number from 1", async () => {
    for (const jobs of ["0", "-1", "1.5", "many"]) {
      const result = await runCli(["check", file, "--jobs", jobs]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(jobs === "-1" ? /--jobs/ : /--jobs must be a whole number ≥ 1/);
    }
  });
});
