import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { root } from "../support/docs.js";

// Node's `import` takes the bundled ESM (dist/node), bundlers the file-by-file one (dist/esm): both
// must be the same API, or an LGO's server and its browser front end would see two libraries.
const inNode = (code: string) => execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8" }).trim();

describe.skipIf(!process.env.TIERS_PAYANT_BUILT)("the ESM build Node imports", () => {
  it("is dist/node for each entry point, by the package's name", () => {
    for (const entry of ["tiers-payant", "tiers-payant/bdpm", "tiers-payant/bdpm/node"]) {
      expect(inNode(`console.log(import.meta.resolve(${JSON.stringify(entry)}))`), entry).toMatch(/\/dist\/node\/[a-z/]+\.js$/);
    }
  });

  it("exports what the bundlers' build and the CommonJS build export, with the same catalogue", () => {
    const exportsOf = (code: string) => JSON.parse(inNode(code)) as { names: string[]; rules: number };
    const node = exportsOf(`const m = await import("tiers-payant"); console.log(JSON.stringify({ names: Object.keys(m).sort(), rules: m.rules.length }))`);
    const esm = exportsOf(`const m = await import("./dist/esm/index.js"); console.log(JSON.stringify({ names: Object.keys(m).sort(), rules: m.rules.length }))`);
    const cjs = exportsOf(`const m = (await import("node:module")).createRequire(import.meta.url)("tiers-payant"); console.log(JSON.stringify({ names: Object.keys(m).sort(), rules: m.rules.length }))`);
    expect(node).toEqual(esm);
    expect(node).toEqual(cjs);
  });
});
