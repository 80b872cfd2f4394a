// The playground: an invoice typed, pasted, dropped or picked, checked in the page by the packed
// library as one types, its report shown as a pharmacist reads it and as JSON. Nothing is sent: the
// page has no network code, and its Content-Security-Policy forbids connections (connect-src 'none').
import type { Diagnostic as EditorDiagnostic } from "@codemirror/lint";
import { applyFix, checkBatch, rules, type CheckerOptions, type Diagnostic, type InvoiceInput, type JsonPath, type Locale, type Report, type Severity, type SeveritySetting } from "tiers-payant";
import { createReferential, loadBdpm } from "tiers-payant/bdpm";
import { bdpmPublishedOn, bdpmSlice } from "virtual:bdpm-slice";
import { h, replaceChildren } from "./dom.js";
import { locate, parseText, textOf, type InvoiceText, type ParsedText } from "./document.js";
import { createEditor, type InvoiceEditor } from "./editor.js";
import { exampleNames, exampleText } from "./examples.js";
import { labelled, localeOf, rememberLocale, severityWords, words } from "./i18n.js";
import { pageUrl, renderHeader } from "./layout.js";
import { decodeState, encodeState, initialState, type PlaygroundState } from "./state.js";

const header = document.getElementById("header")!;
const main = document.getElementById("main")!;
let locale: Locale = localeOf(window.location);
// A shared link may be hand-edited: only the catalogue's ids and the four settings are kept, since
// the library rightly throws on a bad option (a programmer's error, not the data's).
const knownRules = new Set<string>(rules.map((rule) => rule.id));
const SETTINGS: readonly string[] = ["error", "warning", "info", "off"];
const shared = decodeState(window.location.hash);
let state: PlaygroundState = shared
  ? { ...shared, severity: Object.fromEntries(Object.entries(shared.severity).filter(([id, level]) => knownRules.has(id) && SETTINGS.includes(level))) }
  : { ...initialState, text: exampleText("clean/doliprane-vitale") ?? "" };

const referential = createReferential([
  loadBdpm(
    Object.fromEntries(Object.entries(bdpmSlice).map(([name, base64]) => [name, Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))])),
    { publishedOn: bdpmPublishedOn },
  ),
]);

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const EDITOR_SEVERITY = { error: "error", warning: "warning", info: "info" } as const;

/** The library's options for the state: the page's locale, asOf, the severities, the BDPM slice. */
function optionsOf(current: PlaygroundState): CheckerOptions {
  return {
    locale,
    severity: current.severity,
    ...(current.asOf !== "" && { asOf: current.asOf }),
    ...(current.referential && { referential }),
  };
}

interface Checked {
  readonly parsed: ParsedText;
  readonly reports: readonly Report[];
  readonly milliseconds: number;
}

function runCheck(text: string): Checked {
  const parsed = parseText(text);
  const start = performance.now();
  // A new batch each time: a checker is one stream and would take this text's invoices for duplicates of the last check's.
  const reports = [...checkBatch(parsed.invoices.map((invoice) => invoice.value), optionsOf(state))];
  return { parsed, reports, milliseconds: performance.now() - start };
}

// ——— Rendering ———

const pathText = (path: JsonPath): string =>
  path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text === "" ? key : `${text}.${key}`), "");

const euros = (amount: string): string => (locale === "fr" ? `${amount.replace(".", ",")} €` : `€${amount}`);

const isZero = (amount: string) => /^0+(\.0+)?$/.test(amount);

let editor: InvoiceEditor;
let reportView: HTMLElement;
let jsonView: HTMLElement;
let statusLine: HTMLElement;
let showJson = false;

function diagnosticItem(diagnostic: Diagnostic, invoice: InvoiceText, parsed: ParsedText, invoiceIndex: number): HTMLElement {
  const t = words[locale];
  const place = locate(invoice, diagnostic.path);
  const line = editor.lineOf(place.from);
  const fix = diagnostic.fix;
  const values = [
    diagnostic.value !== undefined && `${labelled(locale, t.valueReceived)}${String(diagnostic.value)}`,
    diagnostic.expected !== undefined && `${labelled(locale, t.valueExpected)}${String(diagnostic.expected)}`,
  ].filter((text): text is string => typeof text === "string");
  return h(
    "li",
    { class: `diagnostic severity-${diagnostic.severity}`, "data-rule": diagnostic.ruleId, "data-line": line, "data-path": pathText(diagnostic.path) },
    h(
      "p",
      { class: "diagnostic-head" },
      h("span", { class: `badge severity-${diagnostic.severity}` }, severityWords[locale][diagnostic.severity]),
      " ",
      h("a", { href: pageUrl("rules", locale, `#/rule/${diagnostic.ruleId}`) }, h("code", {}, diagnostic.ruleId)),
    ),
    h("p", { class: "message" }, diagnostic.message),
    h("p", { class: "hint" }, h("strong", {}, labelled(locale, t.hint)), diagnostic.hint),
    values.length > 0 && h("p", { class: "values" }, values.join(" · ")),
    diagnostic.amountAtRisk !== undefined &&
      h("p", { class: "risk" }, labelled(locale, `${t.amountAtRisk} (${diagnostic.payer.toUpperCase()})`), h("strong", {}, euros(diagnostic.amountAtRisk))),
    h(
      "p",
      { class: "where" },
      `${t.field} `,
      h("code", {}, pathText(diagnostic.path) || "—"),
      ` · ${t.line(line)} `,
      h("button", { type: "button", class: "small", onclick: () => editor.select(place.from, place.to) }, t.showInEditor),
    ),
    fix?.kind === "split-invoice" &&
      h(
        "p",
        { class: "fix" },
        h(
          "button",
          {
            type: "button",
            class: "primary",
            "data-fix": "split-invoice",
            onclick: () => {
              const values = parsed.invoices.flatMap<unknown>((other, index) => (index === invoiceIndex ? applyFix(other.value as InvoiceInput, fix) : [other.value]));
              editor.setText(textOf(values, parsed.shape));
            },
          },
          t.applyFix(fix.invoices.length),
        ),
        !fix.safe && h("span", { class: "note" }, ` ${t.unsafeFix}`),
      ),
  );
}

function reportBlock(report: Report, invoice: InvoiceText, index: number, checked: Checked): HTMLElement {
  const t = words[locale];
  const sorted = [...report.diagnostics].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const risks = (["amo", "amc", "patient"] as const).filter((payer) => !isZero(report.amountAtRisk[payer]));
  return h(
    "section",
    { class: `invoice-report ${report.ok ? "ok" : "not-ok"}`, "aria-labelledby": `invoice-${index}` },
    h(
      "h3",
      { id: `invoice-${index}` },
      t.invoice(index + 1, checked.reports.length, report.invoiceId),
      " ",
      h("span", { class: `badge ${report.ok ? "status-ok" : "status-not-ok"}` }, report.ok ? t.ok : t.notOk),
    ),
    risks.length > 0 &&
      h(
        "p",
        { class: "risk total" },
        labelled(locale, t.amountAtRisk),
        ...risks.flatMap((payer, position) => [position > 0 ? " · " : "", `${t[payer]} `, h("strong", {}, euros(report.amountAtRisk[payer]))]),
      ),
    sorted.length === 0 ? h("p", { class: "clean" }, t.clean) : h("ul", { class: "diagnostics" }, ...sorted.map((diagnostic) => diagnosticItem(diagnostic, invoice, checked.parsed, index))),
    report.waived.length > 0 && h("p", { class: "note" }, t.waived(report.waived.length)),
    report.notEvaluated.length > 0 &&
      h(
        "details",
        { class: "not-evaluated" },
        h("summary", {}, t.notEvaluated(report.notEvaluated.length)),
        h("ul", {}, ...report.notEvaluated.map((entry) => h("li", {}, h("code", {}, entry.ruleId), ` — ${entry.reason}`))),
      ),
  );
}

function editorDiagnostics(checked: Checked): EditorDiagnostic[] {
  const t = words[locale];
  const syntax = checked.parsed.problems.map((problem): EditorDiagnostic => {
    const line = editor.view.state.doc.lineAt(Math.min(problem.offset, editor.view.state.doc.length));
    return { from: problem.offset, to: Math.min(problem.offset + problem.length, editor.view.state.doc.length), severity: "error", source: "JSON", message: t.jsonError(line.number, problem.offset - line.from + 1, problem.message) };
  });
  const found = checked.reports.flatMap((report, index) =>
    report.diagnostics.map((diagnostic): EditorDiagnostic => {
      const place = locate(checked.parsed.invoices[index]!, diagnostic.path);
      return { ...place, severity: EDITOR_SEVERITY[diagnostic.severity], source: diagnostic.ruleId, message: diagnostic.message };
    }),
  );
  return [...syntax, ...found];
}

function render(checked: Checked): void {
  const t = words[locale];
  editor.showDiagnostics(editorDiagnostics(checked));
  const lines = checked.parsed.invoices.reduce((sum, invoice) => {
    const value = invoice.value as { lines?: unknown };
    return sum + (Array.isArray(value?.lines) ? value.lines.length : 0);
  }, 0);
  const milliseconds = checked.milliseconds.toFixed(1);
  document.documentElement.dataset.lastCheckMs = milliseconds;
  const problems = checked.parsed.problems.map((problem) => {
    const line = editor.view.state.doc.lineAt(Math.min(problem.offset, editor.view.state.doc.length));
    return h("li", { class: "diagnostic severity-error", "data-rule": "json", "data-line": line.number }, t.jsonError(line.number, problem.offset - line.from + 1, problem.message));
  });
  statusLine.textContent = checked.parsed.shape === "empty" ? t.empty : t.checkedIn(locale === "fr" ? milliseconds.replace(".", ",") : milliseconds, checked.reports.length, lines);
  replaceChildren(
    reportView,
    problems.length > 0 && h("ul", { class: "diagnostics" }, ...problems),
    ...checked.reports.map((report, index) => reportBlock(report, checked.parsed.invoices[index]!, index, checked)),
  );
  jsonView.textContent = JSON.stringify(checked.reports.length === 1 ? checked.reports[0] : checked.reports, null, 2);
  reportView.hidden = showJson;
  jsonView.hidden = !showJson;
}

// ——— State ———

let pending: number | undefined;
function update(change: Partial<PlaygroundState>, delay = 0): void {
  state = { ...state, ...change };
  window.clearTimeout(pending);
  const run = () => {
    history.replaceState(null, "", `${window.location.pathname}${window.location.search}${encodeState(state)}`);
    render(runCheck(state.text));
  };
  if (delay === 0) run();
  else pending = window.setTimeout(run, delay);
}

function severityControls(): HTMLElement {
  const t = words[locale];
  const ruleSelect = h("select", { id: "severity-rule" }, ...rules.map((rule) => h("option", { value: rule.id }, rule.id)));
  const levelSelect = h("select", { id: "severity-level" }, ...(["error", "warning", "info", "off"] as const).map((level) => h("option", { value: level }, severityWords[locale][level])));
  const chosen = Object.entries(state.severity);
  return h(
    "fieldset",
    { class: "severities" },
    h("legend", {}, t.severities),
    h("div", { class: "field" }, h("label", { for: "severity-rule" }, t.rule), ruleSelect),
    h("div", { class: "field" }, h("label", { for: "severity-level" }, t.severity), levelSelect),
    h(
      "button",
      {
        type: "button",
        id: "severity-add",
        onclick: () => {
          update({ severity: { ...state.severity, [ruleSelect.value]: levelSelect.value as SeveritySetting } });
          renderPage();
        },
      },
      t.add,
    ),
    chosen.length > 0 &&
      h(
        "ul",
        { class: "chips" },
        ...chosen.map(([id, level]) =>
          h(
            "li",
            {},
            h("code", {}, id),
            ` → ${severityWords[locale][level]} `,
            h(
              "button",
              {
                type: "button",
                class: "small",
                "aria-label": t.remove(id),
                onclick: () => {
                  const { [id]: _removed, ...rest } = state.severity;
                  update({ severity: rest });
                  renderPage();
                },
              },
              "×",
            ),
          ),
        ),
      ),
  );
}

function exampleSelect(): HTMLElement {
  const t = words[locale];
  const group = (prefix: string, label: string) =>
    h("optgroup", { label }, ...exampleNames.filter((name) => name.startsWith(prefix)).map((name) => h("option", { value: name }, name.slice(prefix.length))));
  return h(
    "select",
    {
      id: "example",
      onchange: (event: Event) => {
        const select = event.target as HTMLSelectElement;
        const text = exampleText(select.value);
        if (text !== undefined) editor.setText(text);
      },
    },
    h("option", { value: "" }, t.pickExample),
    group("clean/", t.cleanExamples),
    group("faulty/", t.faultyExamples),
  );
}

async function readFile(file: File | undefined): Promise<void> {
  if (file) editor.setText(await file.text());
}

function renderPage(): void {
  const t = words[locale];
  document.title = `${t.playgroundTitle} · tiers-payant`;
  renderHeader(header, "playground", locale, (next) => {
    locale = next;
    rememberLocale(next);
    renderPage();
  });
  const editorHost = h("div", { id: "editor", class: "editor" });
  const previousText = editor ? editor.text() : state.text;
  statusLine = h("p", { id: "check-status", class: "status", role: "status", "aria-live": "polite" });
  reportView = h("div", { id: "report", class: "report" });
  jsonView = h("pre", { id: "report-json", class: "report-json", tabindex: 0, hidden: true, "aria-label": t.jsonView });
  const shareStatus = h("span", { class: "note", role: "status" });
  const viewButton = (json: boolean, label: string) =>
    h(
      "button",
      {
        type: "button",
        "aria-pressed": String(showJson === json),
        "data-view": json ? "json" : "pharmacist",
        onclick: (event: Event) => {
          showJson = json;
          for (const button of (event.currentTarget as HTMLElement).parentElement!.querySelectorAll("button")) button.setAttribute("aria-pressed", String(button.dataset.view === (json ? "json" : "pharmacist")));
          reportView.hidden = showJson;
          jsonView.hidden = !showJson;
        },
      },
      label,
    );
  replaceChildren(
    main,
    h("h1", {}, t.playgroundTitle),
    h("p", { class: "privacy", id: "privacy" }, t.privacy),
    h(
      "div",
      { class: "playground" },
      h(
        "section",
        { class: "input", "aria-labelledby": "editor-title" },
        h("h2", { id: "editor-title" }, t.invoiceEditor),
        h(
          "div",
          { class: "toolbar" },
          h("div", { class: "field" }, h("label", { for: "example" }, t.example), exampleSelect()),
          h(
            "div",
            { class: "field" },
            h("label", { for: "file", class: "button" }, t.openFile),
            h("input", { id: "file", type: "file", class: "visually-hidden-file", accept: ".json,.ndjson,.jsonl,application/json", onchange: (event: Event) => void readFile((event.target as HTMLInputElement).files?.[0]) }),
          ),
          h("span", { class: "note" }, t.dropHint),
        ),
        editorHost,
        h(
          "div",
          { class: "options" },
          h(
            "div",
            { class: "field" },
            h("label", { for: "as-of" }, t.asOf),
            h("input", { id: "as-of", type: "date", value: state.asOf, "aria-describedby": "as-of-help", onchange: (event: Event) => update({ asOf: (event.target as HTMLInputElement).value }) }),
            h("span", { id: "as-of-help", class: "note" }, t.asOfHelp),
          ),
          h(
            "div",
            { class: "field checkbox" },
            h("input", { id: "referential", type: "checkbox", checked: state.referential, onchange: (event: Event) => update({ referential: (event.target as HTMLInputElement).checked }) }),
            h("label", { for: "referential" }, t.useReferential(bdpmPublishedOn)),
          ),
          severityControls(),
          h(
            "p",
            {},
            h(
              "button",
              {
                type: "button",
                id: "share",
                onclick: () => {
                  navigator.clipboard?.writeText(window.location.href).then(
                    () => (shareStatus.textContent = t.shared),
                    () => (shareStatus.textContent = t.sharedManual),
                  ) ?? (shareStatus.textContent = t.sharedManual);
                },
              },
              t.share,
            ),
            " ",
            shareStatus,
          ),
        ),
      ),
      h(
        "section",
        { class: "output", "aria-labelledby": "report-title" },
        h("h2", { id: "report-title" }, t.report),
        h("div", { class: "view-switch", role: "group", "aria-label": t.report }, viewButton(false, t.pharmacistView), viewButton(true, t.jsonView)),
        statusLine,
        reportView,
        jsonView,
      ),
    ),
  );
  editor = createEditor(editorHost, t.invoiceEditor, (text) => update({ text }, 150));
  editorHost.addEventListener("dragover", (event) => event.preventDefault());
  editorHost.addEventListener("drop", (event) => {
    event.preventDefault();
    void readFile(event.dataTransfer?.files[0]);
  });
  editor.setText(previousText);
  update({ text: previousText });
}

renderPage();
// Time to interactive as the tests read it: from navigation start to the first view rendered.
document.documentElement.dataset.readyAt = performance.now().toFixed(0);
document.documentElement.dataset.ready = "true";
