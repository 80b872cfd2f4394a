// What the explorer shows of each rule: the library's own metadata and messages (the `rules` and
// `catalogue` exports), and the prose of its page in the packed package's docs/rules.
import { catalogue, rules, type Localized, type MessageTemplate, type RuleMetadata } from "tiers-payant";
import { rulePages } from "virtual:rule-pages";
import { folded } from "./dom.js";

export interface RuleExample {
  readonly asOf?: string;
  /** The same invoice was already sent: the playground opens it twice, the second is the duplicate. */
  readonly history?: boolean;
  /** The BDPM slice of 2026-01-28 is given. */
  readonly referential?: boolean;
  readonly invoice: Record<string, unknown>;
}

export interface RuleEntry {
  readonly metadata: RuleMetadata;
  readonly family: string;
  readonly messages: Readonly<Record<string, MessageTemplate>>;
  /** The page's sections by heading ("What it checks", "Why it matters"…), markdown. */
  readonly sections: ReadonlyMap<string, string>;
  readonly failing: RuleExample | undefined;
  readonly passing: RuleExample | undefined;
  /** Folded words of the id, titles, messages, hints, source and page, French and English. */
  readonly haystack: string;
}

export const PROSE_SECTIONS = ["What it checks", "Why it matters", "How to fix", "Why this severity", "When data is not sent"] as const;

function sectionsOf(page: string): Map<string, string> {
  const sections = new Map<string, string>();
  const body = page.replace(/<!-- generated: metadata -->[\s\S]*?<!-- end generated -->/, "");
  for (const part of body.split(/^## /m).slice(1)) {
    const newline = part.indexOf("\n");
    sections.set(part.slice(0, newline).trim(), part.slice(newline + 1).trim());
  }
  return sections;
}

function exampleOf(section: string | undefined): RuleExample | undefined {
  const match = section === undefined ? null : /```json\n([\s\S]*?)\n```/.exec(section);
  return match ? (JSON.parse(match[1]!) as RuleExample) : undefined;
}

const messagesById = new Map(catalogue.map((rule) => [rule.id, rule.messages as Readonly<Record<string, MessageTemplate>>]));
const localizedWords = (text: Localized) => `${text.fr} ${text.en}`;

export const ruleEntries: readonly RuleEntry[] = rules.map((metadata) => {
  const page = (rulePages as Record<string, string>)[metadata.id] ?? "";
  const sections = sectionsOf(page);
  const messages = messagesById.get(metadata.id) ?? {};
  const haystack = folded(
    [
      metadata.id,
      localizedWords(metadata.title),
      ...Object.values(messages).flatMap((message) => [localizedWords(message), localizedWords(message.hint)]),
      metadata.source.label,
      ...PROSE_SECTIONS.map((heading) => sections.get(heading) ?? ""),
    ].join(" "),
  );
  return {
    metadata,
    family: metadata.id.split("/")[0]!,
    messages,
    sections,
    failing: exampleOf(sections.get("Failing example")),
    passing: exampleOf(sections.get("Passing example")),
    haystack,
  };
});

/** Every word of the query must be in the rule's words (French or English, accents ignored). */
export function matches(entry: RuleEntry, query: string): boolean {
  return folded(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => entry.haystack.includes(word));
}
