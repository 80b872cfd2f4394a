import { defineConfig } from "tsup";

// Kept minimal on purpose: tsup is in maintenance, and a later move to tsdown should be a small change.
// Three builds:
// - dist/esm, file by file (not bundled), for bundlers: with "sideEffects": false they drop every
//   module a consumer does not import (`validateNir` alone must not pull in zod or the catalogue);
// - dist/node, ESM bundled per entry point, which Node's `import` resolves to (the "node" condition)
//   and the CLI runs: Node pays per module file, and 183 of them cost more at start-up than the
//   CommonJS bundle;
// - dist/cjs, bundled, for `require`.
const entries = { index: "src/index.ts", "bdpm/index": "src/bdpm/index.ts", "bdpm/node": "src/bdpm/node.ts" };
export default defineConfig([
  {
    entry: ["src/**/*.ts"],
    outDir: "dist/esm",
    format: ["esm"],
    bundle: false,
    dts: { entry: entries },
    target: "node20",
    clean: true,
  },
  {
    entry: { ...entries, "cli/main": "src/cli/main.ts", "cli/worker": "src/cli/worker.ts" },
    outDir: "dist/node",
    format: ["esm"],
    splitting: true,
    dts: false,
    target: "node20",
    clean: true,
  },
  {
    entry: entries,
    outDir: "dist/cjs",
    format: ["cjs"],
    dts: { entry: entries },
    target: "node20",
    clean: true,
  },
]);
