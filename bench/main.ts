// npm run bench [-- --json] [--count N] [--rounds N] [--seed N]
// The ten-rule subset three ways (this library, json-rules-engine, hand-written ifs) on one seeded
// mix, after checking that the three give the same verdict on every invoice; then the full
// catalogue with parsing, and checkInvoice latency. Figures are ratios measured in this one run.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { checkInvoice, createChecker, parseInvoice, type ParsedInvoice, type RuleId } from "tiers-payant";
import { createReferential, loadBdpm } from "tiers-payant/bdpm";
import { loadDrugs } from "./drugs.js";
import { inBench, repoDir } from "./paths.js";
import { generateMix, MIX } from "./generate.js";
import { handWrittenVerdict } from "./subset/hand-written.js";
import { createJsonRulesEngine, jsonRulesEngineVerdict } from "./subset/json-rules-engine.js";
import { createSubsetChecker, libraryVerdict } from "./subset/library.js";
import { SUBSET } from "./subset/rules.js";
import { consume, interleave, percentile } from "./timing.js";

const { values: args } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    count: { type: "string", default: "2000" },
    rounds: { type: "string", default: "9" },
    seed: { type: "string", default: "20261123" },
  },
});
const count = Number(args.count);
const rounds = Number(args.rounds);
const seed = Number(args.seed);
const log = (text = "") => process.stdout.write(`${text}\n`);

const drugs = loadDrugs();
const mix = generateMix(drugs, count, seed);
const subsetChecker = createSubsetChecker();
const fullChecker = createChecker();
// The catalogue less the three rules that recompute every line's amounts with decimal.js: how far the
// full-catalogue target stays even if money arithmetic cost nothing (docs/performance.md).
const AMOUNT_RULES = ["amounts/line-total-mismatch", "amounts/amo-share-mismatch", "amounts/shares-do-not-add-up"];
const withoutAmountsChecker = createChecker({ only: fullChecker.rules.map((rule) => rule.id as RuleId).filter((id) => !AMOUNT_RULES.includes(id)) });
// No rule at all: what validating the input against the model costs, the floor under every check.
const validationOnly = createChecker({ only: [] });
const engine = createJsonRulesEngine();
// json-rules-engine at its fastest documented configuration (a path resolver instead of JSONPath):
// the ratios are taken against it; its default configuration is a row of its own.
const engineFastest = createJsonRulesEngine({ fastest: true });
// json-rules-engine and the hand-written ifs trust their input. The like-for-like library contender
// checks invoices validated once beforehand by parseInvoice (the ParsedInvoice path); the same check
// on raw input, validation included, is timed and reported beside it.
const parsedMix: ParsedInvoice[] = mix.map((invoice) => {
  const parse = parseInvoice(invoice);
  if (!parse.ok) throw new Error(`the mix must be valid input, ${invoice.id} is not: ${parse.diagnostics[0]?.message}`);
  return parse.invoice;
});

// 1. Same verdicts, or no timing at all: a faster engine that answers differently proves nothing.
let disagreements = 0;
const perRule = new Map<string, number>();
let clean = 0;
for (const [index, invoice] of mix.entries()) {
  const library = libraryVerdict(subsetChecker.check(parsedMix[index]));
  const libraryOnRaw = libraryVerdict(subsetChecker.check(invoice));
  const handWritten = handWrittenVerdict(invoice);
  const jsonRules = await jsonRulesEngineVerdict(engine, invoice);
  const jsonRulesFastest = await jsonRulesEngineVerdict(engineFastest, invoice);
  if (library !== handWritten || library !== jsonRules || library !== jsonRulesFastest || library !== libraryOnRaw) {
    if (disagreements++ < 5) log(`verdicts differ on ${invoice.id}: library «${library}» («${libraryOnRaw}» on raw input), hand-written «${handWritten}», json-rules-engine «${jsonRules}» («${jsonRulesFastest}» with its path resolver)`);
  }
  if (library === "") clean++;
  for (const id of library.split(" ").filter(Boolean)) perRule.set(id, (perRule.get(id) ?? 0) + 1);
}
if (disagreements > 0) {
  log(`${disagreements} of ${count} invoices got different verdicts: not timing.`);
  process.exit(1);
}
log(`${count} invoices (seed ${seed}): the three implementations (json-rules-engine in both configurations) agree on every verdict; ${clean} clean, ${count - clean} with a subset finding.`);

// 2. Throughput, interleaved rounds, medians. Every pass but the parsed-invoice one gets invoices
// never seen before, JSON-parsed as an LGO or a stream hands them over (untimed), so that no cache
// keyed by an invoice's objects stays warm from one pass to the next.
const serialized = mix.map((invoice) => JSON.stringify(invoice));
let fresh: typeof mix = mix;
const runEngine = async (which: typeof engine) => {
  const out = [];
  for (const invoice of fresh) out.push(await which.run({ invoice }));
  return out;
};
const results = await interleave(
  [
    { name: "library", pass: () => parsedMix.map((invoice) => subsetChecker.check(invoice)) },
    { name: "libraryWithParsing", pass: () => fresh.map((invoice) => subsetChecker.check(invoice)) },
    { name: "jsonRulesEngine", pass: () => runEngine(engine) },
    { name: "jsonRulesEngineFastest", pass: () => runEngine(engineFastest) },
    { name: "handWritten", pass: () => fresh.map(handWrittenVerdict) },
    { name: "full", pass: () => fresh.map((invoice) => fullChecker.check(invoice)) },
    { name: "fullWithoutAmounts", pass: () => fresh.map((invoice) => withoutAmountsChecker.check(invoice)) },
    { name: "validationOnly", pass: () => fresh.map((invoice) => validationOnly.check(invoice)) },
  ],
  rounds,
  2,
  () => {
    fresh = serialized.map((text) => JSON.parse(text) as (typeof mix)[number]);
  },
);
const perSecond = (name: string) => count / results.get(name)!.median;
const throughput = {
  library: perSecond("library"),
  libraryWithParsing: perSecond("libraryWithParsing"),
  jsonRulesEngine: perSecond("jsonRulesEngine"),
  jsonRulesEngineFastest: perSecond("jsonRulesEngineFastest"),
  handWritten: perSecond("handWritten"),
  full: perSecond("full"),
  fullWithoutAmounts: perSecond("fullWithoutAmounts"),
  validationOnly: perSecond("validationOnly"),
};

// 3. Latency of one checkInvoice call, as an LGO makes it before sending one FSE.
for (const invoice of mix.slice(0, 200)) consume(checkInvoice(invoice));
const latencies: number[] = [];
for (const invoice of mix) {
  const start = process.hrtime.bigint();
  consume(checkInvoice(invoice));
  latencies.push(Number(process.hrtime.bigint() - start) / 1000);
}
const latency = { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };

// 3b. The marginal cost of a drug line: the full catalogue on invoices of 1, 8, 50 and 200 drug lines
// (the first drug line of a clean invoice of the mix, repeated), fresh each pass.
const base = mix.find((invoice) => invoice.lines.filter((line) => line.productKind === "drug").length === 1 && fullChecker.check(invoice).ok)!;
const drugLine = base.lines.find((line) => line.productKind === "drug")!;
const LINE_COUNTS = [1, 8, 50, 200] as const;
const perLineCount = new Map<number, number>();
for (const lines of LINE_COUNTS) {
  const copies = Math.max(20, Math.round(4000 / lines));
  const text = JSON.stringify({ ...base, lines: Array.from({ length: lines }, () => drugLine) });
  const times: number[] = [];
  for (let round = 0; round < 7; round++) {
    const invoices = Array.from({ length: copies }, () => JSON.parse(text) as unknown);
    const started = process.hrtime.bigint();
    for (const invoice of invoices) consume(fullChecker.check(invoice));
    if (round >= 2) times.push(Number(process.hrtime.bigint() - started) / 1000 / copies);
  }
  perLineCount.set(lines, percentile(times, 0.5));
}
const perLineMicros = (perLineCount.get(200)! - perLineCount.get(1)!) / 199;

const ratios = {
  // Against json-rules-engine at its fastest (issue of the second performance round).
  vsJsonRulesEngine: throughput.library / throughput.jsonRulesEngineFastest,
  vsJsonRulesEngineDefault: throughput.library / throughput.jsonRulesEngine,
  vsHandWritten: throughput.handWritten / throughput.library,
  fullVsJsonRulesEngine: throughput.full / throughput.jsonRulesEngineFastest,
  withoutAmountsVsJsonRulesEngine: throughput.fullWithoutAmounts / throughput.jsonRulesEngineFastest,
  withParsingVsJsonRulesEngine: throughput.libraryWithParsing / throughput.jsonRulesEngineFastest,
  handWrittenVsWithParsing: throughput.handWritten / throughput.libraryWithParsing,
};
const targets = [
  { what: "library ÷ json-rules-engine at its fastest (subset)", value: ratios.vsJsonRulesEngine, target: "≥ 15×", met: ratios.vsJsonRulesEngine >= 15 },
  { what: "hand-written ÷ library (subset)", value: ratios.vsHandWritten, target: "≤ 2×", met: ratios.vsHandWritten <= 2 },
  { what: "full catalogue with parsing ÷ json-rules-engine at its fastest on the subset", value: ratios.fullVsJsonRulesEngine, target: "≥ 6×", met: ratios.fullVsJsonRulesEngine >= 6 },
  { what: "marginal cost of a drug line (µs, full catalogue)", value: perLineMicros, target: "≤ 1.5 µs", met: perLineMicros <= 1.5, unit: "µs" },
];

const fmt = (value: number) => Math.round(value).toLocaleString("en-US");
const versionOf = (name: string) => (JSON.parse(readFileSync(`${repoDir}/node_modules/${name}/package.json`, "utf8")) as { version: string }).version;
const own = JSON.parse(readFileSync(`${repoDir}/package.json`, "utf8")) as { version: string };
const machine = `${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`;
const versions = `Node ${process.version}; tiers-payant ${own.version}, zod ${versionOf("zod")}, date-fns ${versionOf("date-fns")}, decimal.js ${versionOf("decimal.js")}, json-rules-engine ${versionOf("json-rules-engine")}`;

const table = [
  "| contender | invoices/s (median) | per invoice |",
  "|---|---:|---:|",
  `| tiers-payant, subset (\`createChecker({ only })\` on invoices from \`parseInvoice\`) | ${fmt(throughput.library)} | ${(1e6 / throughput.library).toFixed(1)} µs |`,
  `| tiers-payant, subset on raw input (validation included) | ${fmt(throughput.libraryWithParsing)} | ${(1e6 / throughput.libraryWithParsing).toFixed(1)} µs |`,
  `| json-rules-engine, subset (\`engine.run\`, default JSONPath) | ${fmt(throughput.jsonRulesEngine)} | ${(1e6 / throughput.jsonRulesEngine).toFixed(1)} µs |`,
  `| json-rules-engine, subset, its fastest configuration (\`pathResolver\`) | ${fmt(throughput.jsonRulesEngineFastest)} | ${(1e6 / throughput.jsonRulesEngineFastest).toFixed(1)} µs |`,
  `| hand-written ifs, subset (no validation) | ${fmt(throughput.handWritten)} | ${(1e6 / throughput.handWritten).toFixed(1)} µs |`,
  `| tiers-payant, full catalogue (${fullChecker.rules.length} rules) with parsing | ${fmt(throughput.full)} | ${(1e6 / throughput.full).toFixed(1)} µs |`,
  `| tiers-payant, full catalogue less its ${AMOUNT_RULES.length} amount rules (${withoutAmountsChecker.rules.length} rules: no line amount recomputed), with parsing | ${fmt(throughput.fullWithoutAmounts)} | ${(1e6 / throughput.fullWithoutAmounts).toFixed(1)} µs |`,
  `| tiers-payant, no rule: validation of the input only (\`only: []\`) | ${fmt(throughput.validationOnly)} | ${(1e6 / throughput.validationOnly).toFixed(1)} µs |`,
];
const targetTable = [
  "| ratio | measured | target | met |",
  "|---|---:|---|---|",
  ...targets.map((t) => `| ${t.what} | ${t.value.toFixed(t.unit ? 2 : 1)}${t.unit ? " µs" : "×"} | ${t.target} | ${t.met ? "yes" : "**no**"} |`),
  `| for comparison, library ÷ json-rules-engine in its default configuration (subset) | ${ratios.vsJsonRulesEngineDefault.toFixed(1)}× | none | |`,
  `| for comparison, subset validating raw input each time ÷ json-rules-engine | ${ratios.withParsingVsJsonRulesEngine.toFixed(1)}× | none | |`,
  `| for comparison, full catalogue less its amount rules, with parsing ÷ json-rules-engine | ${ratios.withoutAmountsVsJsonRulesEngine.toFixed(1)}× | none | |`,
  `| for comparison, hand-written ÷ subset validating raw input each time | ${ratios.handWrittenVsWithParsing.toFixed(1)}× | none | |`,
];

log();
for (const line of table) log(line);
log();
for (const line of targetTable) log(line);
log();
log(`checkInvoice latency (one call per invoice, as an LGO calls it before sending): p50 ${latency.p50.toFixed(0)} µs, p99 ${latency.p99.toFixed(0)} µs`);
const lineTable = [
  "| drug lines | full catalogue, per invoice |",
  "|---:|---:|",
  ...LINE_COUNTS.map((lines) => `| ${lines} | ${perLineCount.get(lines)!.toFixed(1)} µs |`),
  `| marginal cost of a line (1 → 200) | ${perLineMicros.toFixed(2)} µs |`,
];
log();
for (const line of lineTable) log(line);

// The drug referential: loading the official BDPM files of 2026-01-28 (20,875 presentations), from
// bytes already read, and a lookup. Target: under 500 ms and 40 MB of heap.
const bdpmDirectory = process.env.TIERS_PAYANT_BDPM_DIR ?? `${repoDir}/../shared/data/bdpm/raw-2026-01-28`;
let bdpmLine = `Drug referential: not measured (the BDPM files were not found in ${bdpmDirectory}).`;
let bdpmJson: { loadMillis: number; heapMegabytes: number; lookupNanos: number; presentations: number } | undefined;
if (existsSync(`${bdpmDirectory}/CIS_CIP_bdpm.txt`)) {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(bdpmDirectory)) if (name.endsWith(".txt")) files[name] = readFileSync(`${bdpmDirectory}/${name}`);
  loadBdpm(files, { publishedOn: "2026-01-28" });
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    loadBdpm(files, { publishedOn: "2026-01-28" });
    times.push(performance.now() - started);
  }
  // With --expose-gc (npm run bench passes it), the heap is measured collected: what the snapshot keeps.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const snapshot = loadBdpm(files, { publishedOn: "2026-01-28" });
  collect();
  const heapMegabytes = (process.memoryUsage().heapUsed - heapBefore) / 1_048_576;
  const collected = (globalThis as { gc?: () => void }).gc !== undefined;
  const referential = createReferential([snapshot]);
  const codes = [...snapshot.presentations.keys()];
  const lookups = 1_000_000;
  const started = performance.now();
  let found = 0;
  for (let index = 0; index < lookups; index++) if (referential.product(codes[index % codes.length]!, "2026-02-10").status === "found") found++;
  const lookupNanos = ((performance.now() - started) * 1e6) / lookups;
  consume(found);
  bdpmJson = { loadMillis: Math.round(percentile(times, 0.5)), heapMegabytes: Math.round(heapMegabytes), lookupNanos: Math.round(lookupNanos), presentations: snapshot.presentations.size };
  bdpmLine = `Drug referential (\`tiers-payant/bdpm\`): loading the official BDPM files of 2026-01-28 (${snapshot.presentations.size} presentations, from bytes in memory) takes ${bdpmJson.loadMillis} ms (median of 5; target < 500 ms) and ${bdpmJson.heapMegabytes} MB of heap (${collected ? "kept by the snapshot, measured after a collection" : "growth with the snapshot held, uncollected garbage included: an upper bound"}; target < 40 MB); a lookup (CIP13 and date of care) ${bdpmJson.lookupNanos} ns.`;
}
log(bdpmLine);

// 4. Cold start: the CPU a fresh Node process spends importing the package, ESM and CommonJS, as an
// LGO's service or a CLI pays it once at start-up (median of 7 processes each).
function importMillis(code: string): number {
  const times: number[] = [];
  for (let round = 0; round < 7; round++) {
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: repoDir, encoding: "utf8" });
    times.push(Number(output.trim()));
  }
  return percentile(times, 0.5);
}
const measure = (load: string) => `const started = process.cpuUsage(); ${load}; const used = process.cpuUsage(started); console.log((used.user + used.system) / 1000);`;
const importJson = {
  // By the package's name, as a user imports it: Node resolves `import` to dist/node (bundled ESM).
  esmMillis: Math.round(importMillis(measure(`await import("tiers-payant")`))),
  cjsMillis: Math.round(importMillis(measure(`(await import("node:module")).createRequire(import.meta.url)("tiers-payant")`))),
  // What of it is the dependencies' own import (zod's ESM build is many files, its CommonJS fewer).
  // The model imports zod/mini, not zod's classic entry.
  dependenciesEsmMillis: Math.round(importMillis(measure(`await import("zod/mini"); await import("decimal.js")`))),
  dependenciesCjsMillis: Math.round(importMillis(measure(`const load = (await import("node:module")).createRequire(import.meta.url); load("zod/mini"); load("decimal.js")`))),
};
const importLine = `Import (cold start, CPU of a fresh process, median of 7): ESM ${importJson.esmMillis} ms, CommonJS ${importJson.cjsMillis} ms; of which zod/mini and decimal.js alone: ESM ${importJson.dependenciesEsmMillis} ms, CommonJS ${importJson.dependenciesCjsMillis} ms.`;
log(importLine);

// 5. Weight: a browser bundle of the package as a web LGO or a helpdesk page ships it (esbuild,
// minified, dependencies included), and the share of each part; test/package/bundle.test.ts holds
// the ceilings, this measures.
async function browserBundle(code: string) {
  const result = await build({
    stdin: { contents: code, resolveDir: repoDir, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = result.outputFiles[0]!.contents;
  const shares: Record<string, number> = {};
  for (const [file, input] of Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)) {
    const part = file.includes("node_modules/zod/") ? "zod" : file.includes("node_modules/decimal.js/") ? "decimal.js" : "library";
    shares[part] = (shares[part] ?? 0) + input.bytesInOutput;
  }
  return { minifiedBytes: output.length, gzippedBytes: gzipSync(output, { level: 9 }).length, minifiedShares: shares };
}
const distIndex = JSON.stringify(join(repoDir, "dist/esm/index.js"));
const bundleJson = {
  createChecker: await browserBundle(`import { createChecker } from ${distIndex}; console.log(createChecker().check({}).ok);`),
  validateNir: await browserBundle(`import { validateNir } from ${distIndex}; console.log(validateNir("x"));`),
};
const kb = (bytes: number) => `${Math.round(bytes / 1000)} KB`;
const { createChecker: checkerBundle, validateNir: nirBundle } = bundleJson;
const bundleLine = `Browser bundle (esbuild, minified, dependencies included): \`createChecker\` with the whole catalogue ${kb(checkerBundle.minifiedBytes)}, ${kb(checkerBundle.gzippedBytes)} gzipped (goal ≤ 60 KB: ${checkerBundle.gzippedBytes <= 60_000 ? "met" : "**not met**"}); of the minified bytes, the library ${kb(checkerBundle.minifiedShares.library ?? 0)}, zod ${kb(checkerBundle.minifiedShares.zod ?? 0)}, decimal.js ${kb(checkerBundle.minifiedShares["decimal.js"] ?? 0)}. \`validateNir\` alone: ${nirBundle.gzippedBytes} bytes gzipped (goal < 1 KB: ${nirBundle.gzippedBytes < 1000 ? "met" : "**not met**"}).`;
log(bundleLine);

const results_md = `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Figures are from one run on one
machine; compare the ratios, not the absolute numbers.

- Machine: ${machine}
- Versions: ${versions}
- Mix: ${count} invoices, seed ${seed} (scenarios ${Object.entries(MIX.scenarios).map(([name, share]) => `${name} ${Math.round(share * 100)} %`).join(", ")}); ${clean} clean for the subset, ${count - clean} with a finding
- Method: ${rounds} interleaved rounds after 2 warm-up passes each; median pass time over the whole mix
- Subset (${SUBSET.length} rules): ${SUBSET.map((id) => `\`${id}\``).join(", ")}
- Findings per subset rule in the mix: ${[...perRule].sort().map(([id, n]) => `${id} ${n}`).join(", ")}

${table.join("\n")}

${targetTable.join("\n")}

\`checkInvoice\` latency, one call per invoice over the mix: p50 ${latency.p50.toFixed(0)} µs, p99 ${latency.p99.toFixed(0)} µs.

Cost by the number of drug lines (the full catalogue, fresh invoices; a clean invoice's drug line repeated):

${lineTable.join("\n")}

${bdpmLine}

${importLine}

${bundleLine}
`;
// Keep the streaming section that bench:stream writes at the end of the same file.
let streamSection = "";
try {
  const previous = readFileSync(inBench("RESULTS.md"), "utf8");
  const at = previous.indexOf("<!-- stream -->");
  if (at >= 0) streamSection = `\n${previous.slice(at)}`;
} catch {
  // First run: nothing to keep.
}
writeFileSync(inBench("RESULTS.md"), `${results_md}${streamSection}`);
log("bench/RESULTS.md written.");

if (args.json) {
  log(
    JSON.stringify({
      subset: {
        library: Math.round(throughput.library),
        libraryWithParsing: Math.round(throughput.libraryWithParsing),
        jsonRulesEngine: Math.round(throughput.jsonRulesEngine),
        jsonRulesEngineFastest: Math.round(throughput.jsonRulesEngineFastest),
        handWritten: Math.round(throughput.handWritten),
      },
      full: { library: Math.round(throughput.full) },
      perLineMicros: Number(perLineMicros.toFixed(2)),
      latencyMicros: { p50: Math.round(latency.p50), p99: Math.round(latency.p99) },
      ...(bdpmJson && { bdpm: bdpmJson }),
      importMillis: importJson,
      bundle: bundleJson,
      ratios: {
        vsJsonRulesEngine: Number(ratios.vsJsonRulesEngine.toFixed(2)),
        vsHandWritten: Number(ratios.vsHandWritten.toFixed(2)),
        fullVsJsonRulesEngine: Number(ratios.fullVsJsonRulesEngine.toFixed(2)),
      },
    }),
  );
}
