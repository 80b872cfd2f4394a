import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createReferential, loadBdpm, type BdpmSnapshot } from "../../src/bdpm/index.js";
import type { Referential } from "../../src/index.js";
import { root } from "./docs.js";

export const FIXTURE_PUBLISHED_ON = "2026-01-28";
const FIXTURE = resolve(root, "test/fixtures/bdpm-2026-01-28");

/** The files of a folder, by name, as loadBdpm takes them. */
export function filesOf(directory: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(directory)) if (name.endsWith(".txt")) files[name] = readFileSync(join(directory, name));
  return files;
}

let fixture: Referential | undefined;
/** A referential of the committed slice of the BDPM of 2026-01-28 (Doliprane 1000 mg, dutastéride). */
export function fixtureReferential(): Referential {
  fixture ??= createReferential([loadBdpm(filesOf(FIXTURE), { publishedOn: FIXTURE_PUBLISHED_ON })]);
  return fixture;
}

/**
 * The official files of 2026-01-28 in the shared data folder next to the repository (CI has it):
 * TIERS_PAYANT_BDPM_DIR, or ../shared/data/bdpm/raw-2026-01-28, or /work/shared/….
 */
export function sharedBdpmDirectory(): string {
  const candidates = [process.env.TIERS_PAYANT_BDPM_DIR, resolve(root, "../shared/data/bdpm/raw-2026-01-28"), "/work/shared/data/bdpm/raw-2026-01-28"];
  const found = candidates.find((candidate): candidate is string => candidate !== undefined && existsSync(join(candidate, "CIS_CIP_bdpm.txt")));
  if (found === undefined) throw new Error(`the official BDPM files of 2026-01-28 are not found (looked in ${candidates.filter(Boolean).join(", ")}); set TIERS_PAYANT_BDPM_DIR`);
  return found;
}

let shared: BdpmSnapshot | undefined;
export function sharedSnapshot(): BdpmSnapshot {
  shared ??= loadBdpm(filesOf(sharedBdpmDirectory()), { publishedOn: FIXTURE_PUBLISHED_ON });
  return shared;
}

/** The rules that compare a line with the drug referential: without one they are not evaluated, by design. */
export const REFERENTIAL_RULES: ReadonlySet<string> = new Set([
  "product/price-above-referential",
  "product/not-reimbursable-on-date",
  "product/rate-differs-from-referential",
  "product/list-differs-from-referential",
  "prescription/restricted-prescriber",
]);

/**
 * A report's notEvaluated but the referential rules': they are not evaluated without a referential,
 * or for a date of care no snapshot of it answers (the generators' invoices span 2017–2026).
 */
export const undecidedButReferential = (notEvaluated: readonly { readonly ruleId: string; readonly reason: string }[]) =>
  notEvaluated.filter((entry) => !REFERENTIAL_RULES.has(entry.ruleId));
