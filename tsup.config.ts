import { defineConfig } from "tsup";

// Kept minimal on purpose: tsup is in maintenance, and a later move to tsdown should be a one-line change.
export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli/main.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  target: "node20",
  clean: true,
  sourcemap: false,
  treeshake: true,
});
