// tiers-payant/bdpm/node: reading a snapshot from a folder, for Node programs and the CLI.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { BDPM_FILES, loadBdpm, type BdpmSnapshot } from "./snapshot.js";

/** Reads the BDPM files of a folder (those it has among BDPM_FILES) as one snapshot published on `publishedOn`. */
export async function readBdpmFolder(path: string, options: { readonly publishedOn: string }): Promise<BdpmSnapshot> {
  const present = new Set(await readdir(path));
  const files: Record<string, Uint8Array> = {};
  for (const name of BDPM_FILES) if (present.has(name)) files[name] = await readFile(join(path, name));
  return loadBdpm(files, options);
}

export * from "./index.js";
