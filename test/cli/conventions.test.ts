import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanInvoice, invoiceWith } from "../support/fixtures.js";
import { runCli } from "./support.js";

// The conventions a user of eslint or ripgrep expects of a command line, each tried on the binary.
const workspace = mkdtempSync(join(tmpdir(), "tiers-payant-conventions-"));
const write = (name: string, content: string) => {
  const path = join(workspace, name);
  writeFileSync(path, content);
  return path;
};
const badNir = invoiceWith({ id: "INV-BAD", number: "000000099", patient: { insuredNir: "285057800608442" } });
const cleanFile = write("clean.json", JSON.stringify(cleanInvoice()));
const badFile = write("bad.json", JSON.stringify(badNir));
const ESC = "\u001b[";

describe("help and mistakes", () => {
  it("gives each command's help with --help or -h, exit 0", async () => {
    for (const [command, words] of [["check", "--max-warnings"], ["rules", "Lists the rule catalogue"], ["schema", "JSON Schema"]] as const) {
      for (const flag of ["--help", "-h"]) {
        const result = await runCli([command, flag]);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain(`Usage: tiers-payant ${command}`);
        expect(result.stdout).toContain(words);
      }
    }
    expect((await runCli(["--help"])).stdout).toContain("-v, --version");
  });
  it("tells a mistyped flag or command in one clean line with the closest one, exit 2, for every command", async () => {
    const flag = await runCli(["check", cleanFile, "--fromat", "json"]);
    expect(flag.status).toBe(2);
    expect(flag.stderr.split("\n")[0]).toBe('tiers-payant: unknown option --fromat for check; did you mean "--format"?');
    expect(flag.stderr).toContain('Run "tiers-payant check --help" for more.');
    expect(flag.stderr).not.toMatch(/positional|'--fromat'/);
    expect((await runCli(["chek", cleanFile])).stderr.split("\n")[0]).toBe('tiers-payant: unknown command chek; did you mean "check"?');
    for (const args of [["schema", "--bogus"], ["rules", "--bogus"], ["schema", "extra"]]) expect((await runCli(args)).status, args.join(" ")).toBe(2);
    expect((await runCli(["check", cleanFile, "--locale"])).stderr).toContain("option --locale needs a value");
  });
  it("tells a bad option in the words of the command line: the flag or the config file, one prefix", async () => {
    const asOf = await runCli(["check", cleanFile, "--as-of", "2025-13-01"]);
    expect(asOf.status).toBe(2);
    expect(asOf.stderr.split("\n")[0]).toBe('tiers-payant: --as-of must be a YYYY-MM-DD date, got "2025-13-01"');
    const config = write("typo-config.json", JSON.stringify({ severity: { "identity/nir-invalidd": "off" } }));
    expect((await runCli(["check", cleanFile, "--config", config])).stderr.split("\n")[0]).toBe(
      `tiers-payant: config ${config}: severity: unknown rule "identity/nir-invalidd"; did you mean "identity/nir-invalid"?`,
    );
  });
  it("lists every key of --config in the help, and tells an unknown one with the closest", async () => {
    const help = (await runCli(["check", "--help"])).stdout;
    for (const key of ['"severity"', '"waivers"', '"settings"', '"locale"', '"asOf"']) expect(help).toContain(key);
    const config = write("config.json", JSON.stringify({ severty: {} }));
    expect((await runCli(["check", cleanFile, "--config", config])).stderr).toContain('unknown key severty; did you mean "severity"?');
  });
});

describe("colours", () => {
  const coloured = async (args: string[], env: NodeJS.ProcessEnv) => (await runCli(["check", badFile, ...args], undefined, { env })).stdout.includes(ESC);
  it("are off in a pipe, and follow --color, --no-color, NO_COLOR, FORCE_COLOR and TERM=dumb", async () => {
    expect(await coloured([], {})).toBe(false);
    expect(await coloured(["--color"], {})).toBe(true);
    expect(await coloured([], { FORCE_COLOR: "1" })).toBe(true);
    expect(await coloured([], { FORCE_COLOR: "0" })).toBe(false);
    expect(await coloured(["--no-color"], { FORCE_COLOR: "1" })).toBe(false);
    expect(await coloured([], { NO_COLOR: "1", FORCE_COLOR: "1" })).toBe(false);
    expect(await coloured(["--color"], { TERM: "dumb" })).toBe(true);
  });
});

describe("what a run shows", () => {
  it("--quiet shows errors only; --max-warnings N exits 1 beyond N warnings", async () => {
    const quiet = await runCli(["check", badFile, cleanFile, "--quiet", "--locale", "en"]);
    expect(quiet.status).toBe(1);
    expect(quiet.stdout).toContain("identity/nir-invalid");
    expect(quiet.stdout).not.toContain("rule(s) not evaluated");
    // Sent months after the care: transmission/late, a warning.
    const warningsOnly = write("warning.json", JSON.stringify(invoiceWith({ id: "INV-W", transmissionDate: "2025-06-30" })));
    const run = await runCli(["check", warningsOnly, "--locale", "en", "--format", "ndjson"]);
    const warnings = (JSON.parse(run.stdout) as { diagnostics: { severity: string }[] }).diagnostics.filter((diagnostic) => diagnostic.severity === "warning").length;
    expect(warnings).toBeGreaterThan(0);
    expect((await runCli(["check", warningsOnly, "--max-warnings", String(warnings)])).status).toBe(0);
    const beyond = await runCli(["check", warningsOnly, "--max-warnings", String(warnings - 1)]);
    expect(beyond.status).toBe(1);
    expect(beyond.stderr).toContain(`more than --max-warnings ${warnings - 1}`);
    expect((await runCli(["check", warningsOnly, "--max-warnings", "-1"])).status).toBe(2);
    expect((await runCli(["check", warningsOnly, "--quiet", "--format", "ndjson"])).stdout).not.toContain('"severity":"warning"');
  });
  it("-o writes the output to a file, and stdout stays empty; a file that cannot be written is bad usage", async () => {
    const out = join(workspace, "out.ndjson");
    const result = await runCli(["check", badFile, "-o", out, "--format", "ndjson", "--color"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).invoiceId).toBe("INV-BAD");
    expect((await runCli(["check", badFile, "--output-file", join(workspace, "no/such/dir/out.txt")])).status).toBe(2);
  });
  it("shows a value and the line as the messages say them: no `≠`, no `lines[0]`", async () => {
    const stdout = (await runCli(["check", badFile, "--locale", "en"])).stdout;
    expect(stdout).toContain("patient · insuredNir  received 2 85 05 78 *** *** **");
    expect(stdout).not.toContain("≠");
  });
});

describe("what a run reads", () => {
  it("reads .jsonl as NDJSON", async () => {
    const file = write("invoices.jsonl", `${JSON.stringify(cleanInvoice())}\n${JSON.stringify(badNir)}\n`);
    const result = await runCli(["check", file, "--format", "ndjson"]);
    expect(result.stdout.trim().split("\n")).toHaveLength(2);
    expect(result.status).toBe(1);
  });
  it("reads a pretty-printed JSON document piped on stdin as one document, and NDJSON as lines", async () => {
    const pretty = await runCli(["check", "-", "--format", "ndjson"], JSON.stringify(badNir, null, 2));
    expect(pretty.stderr).toBe("");
    expect(pretty.stdout.trim().split("\n")).toHaveLength(1);
    expect(pretty.status).toBe(1);
    const array = await runCli(["check", "-", "--format", "ndjson"], JSON.stringify([cleanInvoice(), badNir], null, 2));
    expect(array.stdout.trim().split("\n")).toHaveLength(2);
    const lines = await runCli(["check", "-", "--format", "ndjson"], `${JSON.stringify(cleanInvoice())}\n${JSON.stringify(badNir)}\n`);
    expect(lines.stdout.trim().split("\n")).toHaveLength(2);
    // Asked as NDJSON, a document is read as lines (and its lines are not JSON).
    expect((await runCli(["check", "-", "--stdin-format", "ndjson"], JSON.stringify(badNir, null, 2))).status).toBe(2);
  });
  it("places a JSON error at its line and column, as an editor shows it", async () => {
    const document = await runCli(["check", write("broken.json", '{\n  "id": "x",\n  b\n}')]);
    expect(document.stderr).toContain("broken.json: invalid JSON: Expected double-quoted property name in JSON at line 3, column 3");
    const line = await runCli(["check", write("broken.ndjson", `${JSON.stringify(cleanInvoice())}\n{"id": 1,}\n`)]);
    expect(line.stderr).toContain("broken.ndjson:2: invalid JSON: Expected double-quoted property name in JSON at column 10");
  });
  it("tells a run that found no invoice, an empty .ndjson as an empty .json, exit 2", async () => {
    const empty = join(workspace, "nothing-here");
    mkdirSync(empty);
    writeFileSync(join(empty, "notes.txt"), "not an invoice");
    const none = await runCli(["check", empty]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("no invoice found in");
    const emptyNdjson = await runCli(["check", write("empty.ndjson", "")]);
    expect(emptyNdjson.status).toBe(2);
    expect(emptyNdjson.stderr).toContain("empty.ndjson: empty file");
  });
});
