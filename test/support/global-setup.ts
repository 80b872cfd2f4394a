import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

// Tests of the published artifacts (CLI, tarball, bundle size) need a fresh build. `npm test`
// builds once before vitest and sets TIERS_PAYANT_BUILT; a bare `vitest` builds here.
export default function setup(): void {
  if (process.env.TIERS_PAYANT_BUILT) return;
  execFileSync("npx", ["tsup", "--silent"], { cwd: resolve(import.meta.dirname, "../.."), stdio: "inherit" });
}
