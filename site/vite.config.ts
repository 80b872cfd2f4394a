// The site is built from the package as npm users get it: scripts/site.sh packs the library and
// unpacks the tarball into site/node_modules/tiers-payant, which is what `tiers-payant` resolves to
// here. The rule pages and examples read below are the tarball's own files, never copies.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";

const site = import.meta.dirname;
const packed = resolve(site, "node_modules/tiers-payant");
// A committed slice of the BDPM of 2026-01-28 (the test suite's fixture), for the rules that compare
// a line with the drug referential; bundled so that the page never fetches anything.
const bdpmSlice = resolve(site, "../test/fixtures/bdpm-2026-01-28");

function filesUnder(directory: string, suffix: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return filesUnder(path, suffix);
    return name.endsWith(suffix) ? [path] : [];
  });
}

/** Three virtual modules, so that each page carries only what it shows: the packed package's rule
 * pages (the explorer), its example invoices (both) and the BDPM slice (the playground). */
function packageContent(): Plugin {
  const modules: Record<string, () => string> = {
    "virtual:rule-pages": () => {
      const directory = join(packed, "docs/rules");
      const pages = filesUnder(directory, ".md")
        .filter((path) => !path.endsWith("README.md"))
        .map((path) => [relative(directory, path).replace(/\.md$/, ""), readFileSync(path, "utf8")]);
      return `export const rulePages = ${JSON.stringify(Object.fromEntries(pages))};`;
    },
    "virtual:examples": () => {
      const directory = join(packed, "examples");
      const examples = filesUnder(directory, ".json")
        .filter((path) => !path.endsWith("expected.json"))
        .sort()
        .map((path) => [relative(directory, path).replace(/\.json$/, ""), readFileSync(path, "utf8")]);
      return `export const examples = ${JSON.stringify(Object.fromEntries(examples))};`;
    },
    "virtual:bdpm-slice": () => {
      const files = filesUnder(bdpmSlice, ".txt").map((path) => [relative(bdpmSlice, path), readFileSync(path).toString("base64")]);
      return `export const bdpmSlice = ${JSON.stringify(Object.fromEntries(files))};\nexport const bdpmPublishedOn = "2026-01-28";`;
    },
  };
  return {
    name: "package-content",
    resolveId: (source) => (source in modules ? `\0${source}` : undefined),
    load: (id) => (id.startsWith("\0") ? modules[id.slice(1)]?.() : undefined),
  };
}

/** Fails the build when `tiers-payant` would resolve anywhere but the unpacked tarball (src/, dist/). */
function packedLibraryOnly(): Plugin {
  return {
    name: "packed-library-only",
    async resolveId(source, importer, options) {
      if (source !== "tiers-payant" && !source.startsWith("tiers-payant/")) return undefined;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !resolved.id.startsWith(`${packed}/`)) {
        throw new Error(`${source} must come from the packed package in ${packed} (run npm run site), got ${resolved?.id ?? "nothing"}`);
      }
      return resolved;
    },
  };
}

export default defineConfig({
  root: site,
  // Relative URLs: the folder works from any static host and any sub-path.
  base: "./",
  plugins: [packedLibraryOnly(), packageContent()],
  build: {
    outDir: resolve(site, "dist"),
    emptyOutDir: true,
    reportCompressedSize: false,
    // One page is the library, CodeMirror and the BDPM slice: large by nature, loaded once.
    chunkSizeWarningLimit: 1500,
    modulePreload: { polyfill: false },
    rollupOptions: { input: { index: resolve(site, "index.html"), playground: resolve(site, "playground.html") } },
  },
  preview: { port: 4173, strictPort: false },
});
