// npm run bench [-- --json] [--count N] [--rounds N] [--seed N]
// The ten-rule subset three ways (this library, json-rules-engine, hand-written ifs) on one seeded
// mix, after checking that the three give the same verdict on every invoice; then the full
// catalogue with parsing, and checkInvoice latency. Figures are ratios measured in this one run.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
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
  if (library !== handWritten || library !== jsonRules || library !== libraryOnRaw) {
    if (disagreements++ < 5) log(`verdicts differ on ${invoice.id}: library «${library}» («${libraryOnRaw}» on raw input), hand-written «${handWritten}», json-rules-engine «${jsonRules}»`);
  }
  if (library === "") clean++;
  for (const id of library.split(" ").filter(Boolean)) perRule.set(id, (perRule.get(id) ?? 0) + 1);
}
if (disagreements > 0) {
  log(`${disagreements} of ${count} invoices got different verdicts: not timing.`);
  process.exit(1);
}
log(`${count} invoices (seed ${seed}): the three implementations agree on every verdict; ${clean} clean, ${count - clean} with a subset finding.`);

// 2. Throughput, interleaved rounds, medians.
const results = await interleave(
  [
    { name: "library", pass: () => parsedMix.map((invoice) => subsetChecker.check(invoice)) },
    { name: "libraryWithParsing", pass: () => mix.map((invoice) => subsetChecker.check(invoice)) },
    {
      name: "jsonRulesEngine",
      pass: async () => {
        const out = [];
        for (const invoice of mix) out.push(await engine.run({ invoice }));
        return out;
      },
    },
    { name: "handWritten", pass: () => mix.map(handWrittenVerdict) },
    { name: "full", pass: () => mix.map((invoice) => fullChecker.check(invoice)) },
    { name: "fullWithoutAmounts", pass: () => mix.map((invoice) => withoutAmountsChecker.check(invoice)) },
    { name: "validationOnly", pass: () => mix.map((invoice) => validationOnly.check(invoice)) },
  ],
  rounds,
  2,
);
const perSecond = (name: string) => count / results.get(name)!.median;
const throughput = {
  library: perSecond("library"),
  libraryWithParsing: perSecond("libraryWithParsing"),
  jsonRulesEngine: perSecond("jsonRulesEngine"),
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

const ratios = {
  vsJsonRulesEngine: throughput.library / throughput.jsonRulesEngine,
  vsHandWritten: throughput.handWritten / throughput.library,
  fullVsJsonRulesEngine: throughput.full / throughput.jsonRulesEngine,
  withoutAmountsVsJsonRulesEngine: throughput.fullWithoutAmounts / throughput.jsonRulesEngine,
  withParsingVsJsonRulesEngine: throughput.libraryWithParsing / throughput.jsonRulesEngine,
  handWrittenVsWithParsing: throughput.handWritten / throughput.libraryWithParsing,
};
const targets = [
  { what: "library ÷ json-rules-engine (subset)", value: ratios.vsJsonRulesEngine, target: "≥ 20×", met: ratios.vsJsonRulesEngine >= 20 },
  { what: "hand-written ÷ library (subset)", value: ratios.vsHandWritten, target: "≤ 3×", met: ratios.vsHandWritten <= 3 },
  { what: "full catalogue with parsing ÷ json-rules-engine on the subset", value: ratios.fullVsJsonRulesEngine, target: "≥ 10×", met: ratios.fullVsJsonRulesEngine >= 10 },
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
  `| json-rules-engine, subset (\`engine.run\`) | ${fmt(throughput.jsonRulesEngine)} | ${(1e6 / throughput.jsonRulesEngine).toFixed(1)} µs |`,
  `| hand-written ifs, subset (no validation) | ${fmt(throughput.handWritten)} | ${(1e6 / throughput.handWritten).toFixed(1)} µs |`,
  `| tiers-payant, full catalogue (${fullChecker.rules.length} rules) with parsing | ${fmt(throughput.full)} | ${(1e6 / throughput.full).toFixed(1)} µs |`,
  `| tiers-payant, full catalogue less its ${AMOUNT_RULES.length} amount rules (${withoutAmountsChecker.rules.length} rules: no line amount recomputed), with parsing | ${fmt(throughput.fullWithoutAmounts)} | ${(1e6 / throughput.fullWithoutAmounts).toFixed(1)} µs |`,
  `| tiers-payant, no rule: validation of the input only (\`only: []\`) | ${fmt(throughput.validationOnly)} | ${(1e6 / throughput.validationOnly).toFixed(1)} µs |`,
];
const targetTable = [
  "| ratio | measured | target | met |",
  "|---|---:|---|---|",
  ...targets.map((t) => `| ${t.what} | ${t.value.toFixed(1)}× | ${t.target} | ${t.met ? "yes" : "**no**"} |`),
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
  esmMillis: Math.round(importMillis(measure(`await import(${JSON.stringify(`${repoDir}/dist/esm/index.js`)})`))),
  cjsMillis: Math.round(importMillis(measure(`(await import("node:module")).createRequire(import.meta.url)(${JSON.stringify(`${repoDir}/dist/cjs/index.cjs`)})`))),
};
const importLine = `Import (cold start, CPU of a fresh process, median of 7): ESM ${importJson.esmMillis} ms, CommonJS ${importJson.cjsMillis} ms.`;
log(importLine);

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

${bdpmLine}

${importLine}
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
      subset: { library: Math.round(throughput.library), libraryWithParsing: Math.round(throughput.libraryWithParsing), jsonRulesEngine: Math.round(throughput.jsonRulesEngine), handWritten: Math.round(throughput.handWritten) },
      full: { library: Math.round(throughput.full) },
      latencyMicros: { p50: Math.round(latency.p50), p99: Math.round(latency.p99) },
      ...(bdpmJson && { bdpm: bdpmJson }),
      importMillis: importJson,
      ratios: { vsJsonRulesEngine: Number(ratios.vsJsonRulesEngine.toFixed(2)), vsHandWritten: Number(ratios.vsHandWritten.toFixed(2)) },
    }),
  );
}
