import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { rules, type RuleMetadata } from "../../src/index.js";

export const root = resolve(import.meta.dirname, "../..");
export const docPath = (id: string) => resolve(root, "docs/rules", `${id}.md`);

const START = "<!-- generated: metadata -->";
const END = "<!-- end generated -->";

const severityLabel = { error: "error (block the sending)", warning: "warning (review)", info: "info (advice)" } as const;

/** The metadata block of a rule page, generated from the rule itself so that the two cannot drift. */
export function metadataBlock(rule: RuleMetadata): string {
  const source = rule.source.url ? `[${rule.source.label}](${rule.source.url})` : rule.source.label;
  const effective = rule.effective.to ? `${rule.effective.from} → ${rule.effective.to}` : `since ${rule.effective.from}`;
  return [
    START,
    `# \`${rule.id}\``,
    "",
    `**${rule.title.fr}** — ${rule.title.en}`,
    "",
    "| | |",
    "|---|---|",
    `| severity | ${severityLabel[rule.severity]} |`,
    `| payer | ${rule.payer} |`,
    `| consequence | ${rule.consequence} |`,
    `| confidence | ${rule.confidence} |`,
    `| effective | ${effective} |`,
    `| reads | ${rule.reads.length ? rule.reads.map((section) => `\`${section}\``).join(", ") : "the raw input"} |`,
    `| source | ${source} |`,
    END,
  ].join("\n");
}

export function readDoc(id: string): string | undefined {
  const path = docPath(id);
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

/** Rewrites the metadata block of each page (UPDATE_DOCS=1 npm run docs). */
export function refreshMetadataBlocks(): void {
  for (const rule of rules) {
    const page = readDoc(rule.id);
    if (page === undefined) continue;
    const start = page.indexOf(START);
    const end = page.indexOf(END);
    if (start < 0 || end < 0) continue;
    writeFileSync(docPath(rule.id), page.slice(0, start) + metadataBlock(rule) + page.slice(end + END.length));
  }
}

export function generatedBlockOf(page: string): string | undefined {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  return start < 0 || end < 0 ? undefined : page.slice(start, end + END.length);
}

/** The JSON code block that follows a heading, e.g. "## Failing example". */
export function jsonAfterHeading(page: string, heading: string): unknown {
  const at = page.indexOf(`## ${heading}`);
  if (at < 0) return undefined;
  const match = /```json\n([\s\S]*?)\n```/.exec(page.slice(at));
  return match ? JSON.parse(match[1]!) : undefined;
}

const familyOrder = ["input", "identity", "prescriber", "product", "rights", "amc", "documents", "abroad", "vaccination", "amounts", "prescription", "exoneration", "nature", "fees", "regime", "transmission"];

/** docs/rules/README.md: every rule by family with severity, payer, confidence and source. */
export function rulesIndex(): string {
  const lines = [
    "# Rule catalogue",
    "",
    "Generated from the rules' metadata by `npm run docs`; a test fails when it is stale.",
    "A clean report is not a guarantee of payment: it means no rule below found a known risk.",
    "",
  ];
  const families = [...new Set(rules.map((rule) => rule.id.split("/")[0]!))].sort((a, b) => familyOrder.indexOf(a) - familyOrder.indexOf(b));
  for (const family of families) {
    lines.push(`## ${family}`, "", "| id | title | severity | payer | consequence | confidence | effective | source |", "|---|---|---|---|---|---|---|---|");
    for (const rule of rules.filter((candidate) => candidate.id.startsWith(`${family}/`))) {
      const effective = rule.effective.to ? `${rule.effective.from} → ${rule.effective.to}` : `since ${rule.effective.from}`;
      lines.push(`| [\`${rule.id}\`](${rule.id}.md) | ${rule.title.en} | ${rule.severity} | ${rule.payer} | ${rule.consequence} | ${rule.confidence} | ${effective} | ${rule.source.label.replaceAll("|", "\\|")} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}
