import { defineConfig } from "vitest/config";

// Mutation testing runs the unit, rule and property suites against mutated sources. The tests of
// the built artifacts (the CLI run as a process, package, bundle) are left out: they run the build, not the mutant.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The hostile-input suite (5 MB strings, 100,000 lines) measures time and would run for almost every
    // mutant; it stays in npm test.
    // The CLI's own modules (lines, output, the duplicate window) are unit-tested against the sources and stay in.
    exclude: ["test/cli/cli.test.ts", "test/cli/output-reader.test.ts", "test/package/**", "test/properties/hostile-input.test.ts"],
    setupFiles: ["test/support/fast-check-setup.ts"],
    testTimeout: 30_000,
    // Fewer property runs per mutant keep a full mutation run within the hour on two cores.
    env: { FC_RUNS: "25" },
  },
});
