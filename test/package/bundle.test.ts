import { build } from "esbuild";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../support/docs.js";

/**
 * Ceiling of the whole ESM library bundled and minified without its dependencies (zod, date-fns,
 * decimal.js): 145 KB measured with 73 rules and their French and English texts (41 KB gzipped);
 * 199 KB with 80 rules, the options schema and the NIR scanner; 210 KB with 84 (2026-12-02); 226 KB with 86 and the BDPM's specialties (the model's closed list).
 */
const LIBRARY_CEILING_BYTES = 235_000;
/** Ceiling for a consumer that imports only validateNir. */
const VALIDATE_NIR_CEILING_BYTES = 4_000;
/**
 * Ceiling of a browser bundle of createChecker with the whole catalogue and its dependencies,
 * minified and gzipped: 171 KB when the model imported `{ z }` from zod, which drags in all of zod's
 * locales; 107 KB with `import * as z` (2026-12-02); 89 KB with zod/mini (2026-12-03: zod 96 → 29 KB
 * minified); 75 KB once the rules and the report count money in integer cents, without decimal.js
 * (2026-12-03). The goal of 60 KB needs a lighter catalogue: most of what is left is the rules' French
 * and English texts (docs/performance.md).
 */
const BROWSER_CHECKER_GZIP_CEILING_BYTES = 80_000;
/** validateNir alone in a browser bundle, gzipped: 643 bytes measured; 702 since nirKey computes mod 97 without BigInt (2026-12-03). */
const BROWSER_VALIDATE_NIR_GZIP_CEILING_BYTES = 1_000;

async function bundle(source: string, external: string[] = [], platform: "node" | "browser" = "node"): Promise<string> {
  const directory = mkdtempSync(join(tmpdir(), "tiers-payant-bundle-"));
  const entry = join(directory, "entry.mjs");
  writeFileSync(entry, source);
  const result = await build({ entryPoints: [entry], bundle: true, format: "esm", platform, write: false, minify: true, external, logLevel: "silent" });
  return result.outputFiles[0]!.text;
}

const distIndex = resolve(root, "dist/esm/index.js");

describe("published bundle", () => {
  it(`the ESM library without dependencies stays under ${LIBRARY_CEILING_BYTES} bytes minified`, async () => {
    const code = await bundle(`export * from ${JSON.stringify(distIndex)};`, ["zod", "date-fns", "decimal.js"]);
    expect(code.length).toBeLessThan(LIBRARY_CEILING_BYTES);
  });

  it("the main import carries no drug referential loader: tiers-payant/bdpm is its own entry point", async () => {
    const main = await bundle(`export * from ${JSON.stringify(distIndex)};`, ["zod", "date-fns", "decimal.js"]);
    for (const marker of ["windows-1252", "BdpmFormatError", "is not a BDPM file"]) expect(main).not.toContain(marker);
    const bdpm = await bundle(`export * from ${JSON.stringify(resolve(root, "dist/esm/bdpm/index.js"))};`, ["zod", "date-fns", "decimal.js"]);
    expect(bdpm).toContain("is not a BDPM file");
    // The loader needs neither zod nor the catalogue.
    for (const marker of ["ZodError", "identity/nir-invalid"]) expect(bdpm).not.toContain(marker);
    expect(bdpm.length).toBeLessThan(20_000);
  });

  it(`a browser bundle of createChecker, dependencies included, stays under ${BROWSER_CHECKER_GZIP_CEILING_BYTES} bytes gzipped, without zod's locales`, async () => {
    const code = await bundle(`import { createChecker } from ${JSON.stringify(distIndex)}; console.log(createChecker().check({}).ok);`, [], "browser");
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(BROWSER_CHECKER_GZIP_CEILING_BYTES);
    // zod's locales (264 KB minified): the German one says "erwartet", a text the library never shows.
    expect(code).not.toContain("erwartet");
    // decimal.js stays for the helpers (invoiceTotal, applyFix's splits); a check counts in cents.
    expect(code).not.toContain("[DecimalError]");
  });

  it(`validateNir alone in a browser bundle stays under ${BROWSER_VALIDATE_NIR_GZIP_CEILING_BYTES} bytes gzipped`, async () => {
    const code = await bundle(`import { validateNir } from ${JSON.stringify(distIndex)}; console.log(validateNir("x"));`, [], "browser");
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(BROWSER_VALIDATE_NIR_GZIP_CEILING_BYTES);
  });

  it("importing only validateNir pulls in neither zod nor decimal.js nor the rule catalogue", async () => {
    const code = await bundle(`import { validateNir } from ${JSON.stringify(distIndex)}; console.log(validateNir("x"));`);
    expect(code.length).toBeLessThan(VALIDATE_NIR_CEILING_BYTES);
    for (const marker of ["ZodError", "strictObject", "decimal.js", "identity/nir-invalid", "createChecker"]) expect(code).not.toContain(marker);
  });
});
