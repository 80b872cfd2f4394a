import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../support/docs.js";

// The engine runs rules; it must not know them. The package's entry point (src/checking.ts, exported
// by src/index.ts) hands the catalogue to it, so that every import of src/engine/ points down: to
// the model, the identifiers, or the engine itself.
describe("src/engine depends on nothing above it", () => {
  it("imports only the model, the identifiers, the version and itself", () => {
    const upward: string[] = [];
    for (const name of readdirSync(join(root, "src/engine"))) {
      const text = readFileSync(join(root, "src/engine", name), "utf8");
      for (const [, target] of text.matchAll(/from "(\.\.\/[^"]+)"/g)) {
        if (!/^\.\.\/(model|identifiers)\/|^\.\.\/version\.js$/.test(target!)) upward.push(`src/engine/${name} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
