import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { root } from "../support/docs.js";

// What an LGO vendor does: install the packed tarball in an empty project, import it both ways,
// and compile TypeScript against the shipped declarations.
const project = mkdtempSync(join(tmpdir(), "tiers-payant-consumer-"));
const run = (command: string, args: string[], cwd = project) => execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const invoice = JSON.stringify(JSON.parse(readFileSync(resolve(root, "examples/clean/doliprane-vitale.json"), "utf8")));

beforeAll(() => {
  const packed = run("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", project], root).trim().split("\n").pop()!;
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--silent", "--no-audit", "--no-fund", "--prefer-offline", join(project, packed)]);
}, 180_000);

describe("the packed package, installed in a fresh project", () => {
  it("ships only dist, docs, the examples the docs open, the benchmark's results and the top-level files", () => {
    const installed = readdirSync(join(project, "node_modules/tiers-payant")).sort();
    expect(installed).toEqual(["CHANGELOG.md", "LICENSE", "README.md", "bench", "dist", "docs", "examples", "package.json"]);
    expect(readdirSync(join(project, "node_modules/tiers-payant/bench")).sort()).toEqual(["README.md", "RESULTS.md"]);
  });

  it("imports as ESM and checks an invoice", () => {
    writeFileSync(join(project, "esm.mjs"), `import { checkInvoice, createChecker, parseInvoice, rules } from "tiers-payant";\nconst report = checkInvoice(${invoice});\nconst parse = parseInvoice(${invoice});\nconsole.log(JSON.stringify({ ok: report.ok, rules: rules.length, parsed: parse.ok && createChecker().check(parse.invoice).ok && Object.isFrozen(parse.invoice) }));`);
    expect(JSON.parse(run(process.execPath, ["esm.mjs"]))).toMatchObject({ ok: true, parsed: true });
  });

  it("requires as CommonJS", () => {
    writeFileSync(join(project, "cjs.cjs"), `const { checkInvoice, parseInvoice, validateNir } = require("tiers-payant");\nconsole.log(JSON.stringify({ ok: checkInvoice(${invoice}).ok, nir: validateNir("1").ok, parsed: parseInvoice({}).ok }));`);
    expect(JSON.parse(run(process.execPath, ["cjs.cjs"]))).toEqual({ ok: true, nir: false, parsed: false });
  });

  it("runs the bin", () => {
    const output = run(join(project, "node_modules/.bin/tiers-payant"), ["rules", "--locale", "en"]);
    expect(output).toContain("identity/nir-invalid");
  });

  it("type-checks a TypeScript consumer against the shipped d.ts", () => {
    writeFileSync(
      join(project, "consumer.ts"),
      [
        `import { checkInvoice, createChecker, parseInvoice, type Diagnostic, type Invoice, type InvoiceInput, type ParsedInvoice, type Report } from "tiers-payant";`,
        `const invoice: InvoiceInput = ${invoice};`,
        `const report: Report = checkInvoice(invoice, { locale: "en", asOf: "2025-03-10" });`,
        `const first: Diagnostic | undefined = report.diagnostics[0];`,
        `const severity: "error" | "warning" | "info" | undefined = first?.severity;`,
        `createChecker({ severity: { "identity/nir-invalid": "warning" } });`,
        `// @ts-expect-error an unknown locale is a type error`,
        `checkInvoice(invoice, { locale: "de" });`,
        `const parse = parseInvoice(invoice, { locale: "en" });`,
        `const parsed: ParsedInvoice | undefined = parse.ok ? parse.invoice : undefined;`,
        `const plain: Invoice | undefined = parsed;`,
        `// @ts-expect-error only parseInvoice makes a ParsedInvoice`,
        `const forged: ParsedInvoice | undefined = plain;`,
        `export { severity, forged };`,
      ].join("\n"),
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", noEmit: true, skipLibCheck: false, types: [] }, files: ["consumer.ts"] }),
    );
    expect(() => run(process.execPath, [resolve(root, "node_modules/typescript/bin/tsc"), "-p", "."])).not.toThrow();
  });
});
