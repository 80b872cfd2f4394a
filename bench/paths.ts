import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The benchmark runs bundled from bench/.out/; files it reads and writes are named from bench/.
const here = dirname(fileURLToPath(import.meta.url));
export const benchDir = basename(here) === ".out" ? dirname(here) : here;
export const repoDir = dirname(benchDir);
export const inBench = (...parts: string[]): string => join(benchDir, ...parts);
