import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path/posix";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../support/docs.js";

// What `npm pack` puts in the tarball: a document's relative link must land on a file of it, or a
// reader of the package on npm (or in node_modules) meets a dead link.
const packed = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" })) as { files: { path: string }[] }[];
const files = new Set(packed[0]!.files.map((file) => file.path));
const isDirectory = (path: string) => [...files].some((file) => file.startsWith(`${path.replace(/\/$/, "")}/`));

describe("the packed tarball", () => {
  it("holds the documents, the examples they open and the benchmark's results", () => {
    for (const path of ["README.md", "CHANGELOG.md", "docs/guide.md", "docs/fields.md", "examples/clean/doliprane-vitale.json", "bench/RESULTS.md", "dist/esm/index.js"]) expect(files, path).toContain(path);
  });
  it("has no relative link in its documents that leads outside it", () => {
    const broken: string[] = [];
    let links = 0;
    for (const file of files) {
      if (!file.endsWith(".md")) continue;
      const text = readFileSync(resolve(root, file), "utf8");
      for (const [whole, link] of text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(link!) || link!.startsWith("#")) continue;
        // The README's screenshots of the site stay in the repository, out of the package (they would
        // double its size): an image must exist in the repository.
        if (whole!.startsWith("!") && file === "README.md") {
          if (!existsSync(resolve(root, link!))) broken.push(`${file} → ${link} (not in the repository)`);
          continue;
        }
        links++;
        const target = normalize(join(dirname(file), link!.split("#")[0]!));
        if (!files.has(target) && !isDirectory(target)) broken.push(`${file} → ${link}`);
      }
    }
    expect(links).toBeGreaterThan(150);
    expect(broken).toEqual([]);
  });
});
