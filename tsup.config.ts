import { defineConfig } from "tsup";

// Kept minimal on purpose: tsup is in maintenance, and a later move to tsdown should be a small change.
// ESM is emitted file by file (not bundled) so that, with "sideEffects": false, a bundler can drop
// every module a consumer does not import: `validateNir` alone must not pull in zod or the catalogue.
export default defineConfig([
  {
    entry: ["src/**/*.ts"],
    outDir: "dist/esm",
    format: ["esm"],
    bundle: false,
    dts: { entry: { index: "src/index.ts", "bdpm/index": "src/bdpm/index.ts", "bdpm/node": "src/bdpm/node.ts" } },
    target: "node20",
    clean: true,
  },
  {
    entry: { index: "src/index.ts", "bdpm/index": "src/bdpm/index.ts", "bdpm/node": "src/bdpm/node.ts" },
    outDir: "dist/cjs",
    format: ["cjs"],
    dts: { entry: { index: "src/index.ts", "bdpm/index": "src/bdpm/index.ts", "bdpm/node": "src/bdpm/node.ts" } },
    target: "node20",
    clean: true,
  },
]);
