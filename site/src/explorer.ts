// The rule explorer: every rule of the catalogue from the library's metadata, searchable, each with
// its page. Routes live in the fragment (#/rule/<id>) so that a static host serves one file.
import type { Locale, RuleMetadata } from "tiers-payant";
import { h, replaceChildren } from "./dom.js";
import { playgroundLinkOf } from "./examples.js";
import { confidenceWords, consequenceWords, labelled, localeOf, payerWords, rememberLocale, severityWords, words } from "./i18n.js";
import { renderHeader } from "./layout.js";
import { renderMarkdown } from "./markdown.js";
import { matches, PROSE_SECTIONS, ruleEntries, type RuleEntry, type RuleExample } from "./rule-data.js";

const header = document.getElementById("header")!;
const main = document.getElementById("main")!;
let locale: Locale = localeOf(window.location);

interface Filters {
  query: string;
  family: string;
  severity: string;
  payer: string;
  consequence: string;
  confidence: string;
}
const filters: Filters = { query: "", family: "", severity: "", payer: "", consequence: "", confidence: "" };

const distinct = <Value extends string>(values: readonly Value[]): Value[] => [...new Set(values)];
const families = distinct(ruleEntries.map((entry) => entry.family));

const sectionTitles: Record<Locale, Record<(typeof PROSE_SECTIONS)[number], string>> = {
  fr: {
    "What it checks": "Ce qu'elle vérifie",
    "Why it matters": "Pourquoi c'est important",
    "How to fix": "Comment corriger",
    "Why this severity": "Pourquoi cette gravité",
    "When data is not sent": "Quand la donnée n'est pas envoyée",
  },
  en: {
    "What it checks": "What it checks",
    "Why it matters": "Why it matters",
    "How to fix": "How to fix",
    "Why this severity": "Why this severity",
    "When data is not sent": "When data is not sent",
  },
};

function badge(kind: string, value: string, label: string): HTMLElement {
  return h("span", { class: `badge ${kind}-${value}` }, label);
}

function effectiveText(metadata: RuleMetadata): string {
  const t = words[locale];
  return metadata.effective.to ? t.between(metadata.effective.from, metadata.effective.to) : t.since(metadata.effective.from);
}

function selectFilter(name: Exclude<keyof Filters, "query">, label: string, values: readonly string[], wordOf: (value: string) => string): HTMLElement {
  const id = `filter-${name}`;
  const select = h(
    "select",
    { id, name, onchange: (event: Event) => ((filters[name] = (event.target as HTMLSelectElement).value), renderList(false)) },
    h("option", { value: "" }, words[locale].any),
    ...values.map((value) => h("option", { value, selected: filters[name] === value }, wordOf(value))),
  );
  return h("div", { class: "field" }, h("label", { for: id }, label), select);
}

function visibleEntries(): RuleEntry[] {
  return ruleEntries.filter(
    (entry) =>
      (filters.family === "" || entry.family === filters.family) &&
      (filters.severity === "" || entry.metadata.severity === filters.severity) &&
      (filters.payer === "" || entry.metadata.payer === filters.payer) &&
      (filters.consequence === "" || entry.metadata.consequence === filters.consequence) &&
      (filters.confidence === "" || entry.metadata.confidence === filters.confidence) &&
      matches(entry, filters.query),
  );
}

function ruleItem(entry: RuleEntry): HTMLElement {
  const { metadata } = entry;
  return h(
    "li",
    { class: "rule-item", "data-rule": metadata.id },
    h("a", { href: `#/rule/${metadata.id}` }, h("code", {}, metadata.id), h("span", { class: "title" }, metadata.title[locale])),
    h(
      "span",
      { class: "badges" },
      badge("severity", metadata.severity, severityWords[locale][metadata.severity]),
      badge("payer", metadata.payer, metadata.payer.toUpperCase()),
      badge("consequence", metadata.consequence, consequenceWords[locale][metadata.consequence]),
    ),
  );
}

let list: HTMLUListElement | undefined;
let count: HTMLElement | undefined;

/** The list view; `full` rebuilds the form too (first view, language change), otherwise only the results. */
function renderList(full: boolean): void {
  const t = words[locale];
  document.title = `${t.navRules} · tiers-payant`;
  if (full || !list || !count || !list.isConnected) {
    const search = h("input", {
      id: "search",
      type: "search",
      value: filters.query,
      placeholder: t.searchPlaceholder,
      autocomplete: "off",
      oninput: (event: Event) => ((filters.query = (event.target as HTMLInputElement).value), renderList(false)),
    });
    list = h("ul", { class: "rule-list", id: "rule-list" });
    count = h("p", { class: "count", id: "rule-count", role: "status" });
    replaceChildren(
      main,
      h("h1", {}, t.navRules),
      h(
        "form",
        { role: "search", class: "filters", onsubmit: (event: Event) => event.preventDefault() },
        h("div", { class: "field grow" }, h("label", { for: "search" }, t.search), search),
        selectFilter("family", t.family, families, (value) => value),
        selectFilter("severity", t.severity, ["error", "warning", "info"], (value) => severityWords[locale][value as "error"]),
        selectFilter("payer", t.payer, ["amo", "amc", "patient"], (value) => payerWords[locale][value as "amo"]),
        selectFilter("consequence", t.consequence, ["reject", "clawback", "patient-pays", "advice"], (value) => consequenceWords[locale][value as "reject"]),
        selectFilter("confidence", t.confidence, distinct(ruleEntries.map((entry) => entry.metadata.confidence)), (value) => confidenceWords[locale][value as "high"]),
      ),
      count,
      list,
    );
  }
  const shown = visibleEntries();
  count.textContent = shown.length === 0 ? t.noRule : t.rulesFound(shown.length, ruleEntries.length);
  list.replaceChildren(...shown.map(ruleItem));
}

function exampleBlock(title: string, example: RuleExample | undefined): HTMLElement | undefined {
  if (!example) return undefined;
  const t = words[locale];
  return h(
    "section",
    { class: "example" },
    h("h2", {}, title),
    h("pre", { tabindex: 0, "aria-label": title }, h("code", {}, JSON.stringify(example, null, 2))),
    h("a", { class: "button", href: playgroundLinkOf(example, locale) }, t.openInPlayground),
  );
}

function renderRule(id: string): void {
  const t = words[locale];
  const entry = ruleEntries.find((candidate) => candidate.metadata.id === id);
  const back = h("a", { href: "#/", class: "back" }, t.backToList);
  if (!entry) {
    replaceChildren(main, back, h("h1", {}, t.ruleNotFound(id)));
    return;
  }
  const { metadata } = entry;
  document.title = `${metadata.id} · tiers-payant`;
  const row = (label: string, ...value: (Node | string)[]) => [h("dt", {}, label), h("dd", {}, ...value)];
  const source = metadata.source.url ? h("a", { href: metadata.source.url, rel: "noreferrer" }, metadata.source.label) : metadata.source.label;
  replaceChildren(
    main,
    back,
    h("h1", {}, metadata.title[locale]),
    h("p", { class: "rule-id" }, h("code", {}, metadata.id)),
    h(
      "dl",
      { class: "metadata" },
      ...row(t.severity, badge("severity", metadata.severity, severityWords[locale][metadata.severity])),
      ...row(t.payer, payerWords[locale][metadata.payer]),
      ...row(t.consequence, consequenceWords[locale][metadata.consequence]),
      ...row(t.confidence, confidenceWords[locale][metadata.confidence]),
      ...row(t.effective, effectiveText(metadata)),
      ...row(t.reads, ...metadata.reads.flatMap((section, index) => [index > 0 ? ", " : "", h("code", {}, section)])),
      ...row(t.source, source),
    ),
    Object.keys(entry.messages).length > 0 &&
      h(
        "section",
        {},
        h("h2", {}, t.messages),
        h(
          "ul",
          { class: "messages" },
          ...Object.entries(entry.messages).map(([messageId, message]) =>
            h("li", { "data-message": messageId }, h("p", {}, message[locale]), h("p", { class: "hint" }, h("strong", {}, labelled(locale, t.hint)), message.hint[locale])),
          ),
        ),
      ),
    t.proseInEnglish !== "" && entry.sections.size > 0 && h("p", { class: "note" }, t.proseInEnglish),
    ...PROSE_SECTIONS.map((heading) => {
      const prose = entry.sections.get(heading);
      return prose ? h("section", {}, h("h2", {}, sectionTitles[locale][heading]), renderMarkdown(prose)) : undefined;
    }),
    entry.failing &&
      h(
        "section",
        {},
        h("h2", {}, t.fragment),
        h("p", {}, t.fragmentNote),
        h("pre", { tabindex: 0, "aria-label": t.fragment }, h("code", {}, JSON.stringify(entry.failing.invoice, null, 2))),
      ),
    exampleBlock(t.failingExample, entry.failing),
    exampleBlock(t.passingExample, entry.passing),
  );
}

function route(): void {
  const match = /^#\/rule\/(.+)$/.exec(window.location.hash);
  if (match) renderRule(decodeURIComponent(match[1]!));
  else renderList(true);
}

function render(): void {
  renderHeader(header, "rules", locale, (next) => {
    locale = next;
    rememberLocale(next);
    render();
  });
  route();
  // Time to interactive as the tests read it: from navigation start to the first view rendered.
  document.documentElement.dataset.readyAt ??= performance.now().toFixed(0);
  document.documentElement.dataset.ready = "true";
}

window.addEventListener("hashchange", () => {
  route();
  main.focus();
});
render();
