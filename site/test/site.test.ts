// The site in a real Chromium: the explorer against the catalogue, the playground against the
// library's own reports, privacy (no request after load), speed, keyboard and accessibility.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { rules } from "tiers-payant";
import { newPage, openSite, siteRoot, whenReady, type SiteSession } from "./browser.js";

const examplesDirectory = resolve(siteRoot, "node_modules/tiers-payant/examples");
const exampleText = (name: string) => readFileSync(resolve(examplesDirectory, `${name}.json`), "utf8");
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

/** The playground's address for a state, encoded as the page encodes it (base64url JSON in #s=). */
function playgroundUrl(origin: string, state: { text: string; asOf?: string; referential?: boolean; severity?: Record<string, string> }, lang = "fr"): string {
  const full = { asOf: "", referential: true, severity: {}, ...state };
  return `${origin}/playground.html?lang=${lang}#s=${Buffer.from(JSON.stringify(full)).toString("base64url")}`;
}

let session: SiteSession;
beforeAll(async () => {
  session = await openSite();
});
afterAll(async () => {
  await session?.close();
});

async function open(url: string, options?: { width?: number; height?: number }) {
  const opened = await newPage(session, options);
  await opened.page.goto(url);
  await whenReady(opened.page);
  return opened;
}

/** The editor's text as the page last wrote it in its address (the state is rewritten after each check). */
const editorText = (page: Page): string => {
  const encoded = /#s=([A-Za-z0-9_-]+)$/.exec(page.url())?.[1];
  return encoded === undefined ? "" : (JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")) as { text: string }).text;
};

async function replaceEditorText(page: Page, text: string): Promise<void> {
  await page.click(".cm-content");
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(text);
}

describe("the rule explorer", () => {
  it("lists every rule of the catalogue, from the library's metadata", async () => {
    const { page, errors } = await open(`${session.origin}/index.html`);
    const ids = await page.$$eval("li.rule-item", (items) => items.map((item) => (item as HTMLElement).dataset.rule));
    expect(ids).toEqual(rules.map((rule) => rule.id));
    await expect(page.textContent("#rule-count")).resolves.toBe(`${rules.length} règles`);
    expect(errors).toEqual([]);
  });

  it("finds a rule by a French word, accents or not", async () => {
    const { page } = await open(`${session.origin}/index.html`);
    for (const query of ["délai ouvrés délivrance", "delai ouvres delivrance"]) {
      await page.fill("#search", query);
      const ids = await page.$$eval("li.rule-item", (items) => items.map((item) => (item as HTMLElement).dataset.rule));
      expect(ids).toContain("transmission/late");
      expect(ids.length).toBeLessThan(rules.length);
    }
    await page.fill("#search", "clé NIR");
    await expect(page.$$eval("li.rule-item", (items) => items.map((item) => (item as HTMLElement).dataset.rule))).resolves.toContain("identity/nir-invalid");
    await page.fill("#search", "zzzz-no-such-word");
    await expect(page.textContent("#rule-count")).resolves.toBe("Aucune règle ne correspond.");
  });

  it("filters by severity and payer", async () => {
    const { page } = await open(`${session.origin}/index.html`);
    await page.selectOption("#filter-severity", "info");
    await page.selectOption("#filter-payer", "amo");
    const ids = await page.$$eval("li.rule-item", (items) => items.map((item) => (item as HTMLElement).dataset.rule));
    expect(ids).toEqual(rules.filter((rule) => rule.severity === "info" && rule.payer === "amo").map((rule) => rule.id));
  });

  it("shows a rule's page with its messages, source, dates and examples, which open in the playground", async () => {
    const { page } = await open(`${session.origin}/index.html#/rule/identity/nir-invalid`);
    const text = await page.textContent("main");
    expect(text).toContain("NIR invalide");
    expect(text).toContain("La clé du NIR {who} ne correspond pas au numéro.");
    expect(text).toContain("RG_BS603");
    expect(text).toContain("depuis le 1990-01-01");
    expect(text).toContain("285057800608442");
    await page.click("text=Exemple qui déclenche la règle >> xpath=.. >> a.button");
    await page.waitForURL(/playground\.html/);
    await whenReady(page);
    await page.waitForSelector('li.diagnostic[data-rule="identity/nir-invalid"]');
  });
});

describe("the playground", () => {
  it("shows the faulty example's error at its field, in the report and in the editor", async () => {
    const { page, errors } = await open(`${session.origin}/playground.html`);
    await page.selectOption("#example", "faulty/nir-typo");
    const item = await page.waitForSelector('li.diagnostic[data-rule="identity/nir-invalid"]');
    const line = lineOf(exampleText("faulty/nir-typo"), '"insuredNir"');
    await expect(item.getAttribute("data-line")).resolves.toBe(String(line));
    await expect(item.getAttribute("data-path")).resolves.toBe("patient.insuredNir");
    await expect(item.textContent()).resolves.toContain(`ligne ${line}`);
    await expect(page.textContent(".cm-lintRange-error")).resolves.toContain('"insuredNir": "285057800608442"');
    // The button selects the field in the editor.
    await item.$("button").then((button) => button!.click());
    const selected = await page.evaluate(() => window.getSelection()?.toString());
    expect(selected).toContain("insuredNir");
    expect(errors).toEqual([]);
  });

  it("opens a dropped file and a chosen file, without sending them anywhere", async () => {
    const { page, requests } = await open(`${session.origin}/playground.html`);
    await page.waitForLoadState("networkidle");
    const atLoad = requests.length;
    const dropped = exampleText("faulty/nir-typo");
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "nir-typo.json", { type: "application/json" }));
      return transfer;
    }, dropped);
    await page.dispatchEvent("#editor", "drop", { dataTransfer });
    await page.waitForSelector('li.diagnostic[data-rule="identity/nir-invalid"]');
    expect(editorText(page)).toBe(dropped);
    await page.setInputFiles("#file", { name: "ucd.json", mimeType: "application/json", buffer: Buffer.from(exampleText("faulty/ucd-instead-of-box")) });
    await page.waitForSelector('li.diagnostic[data-rule="product/ucd-is-not-a-pack"]');
    expect(requests.slice(atLoad)).toEqual([]);
  });

  it("validates as one types: a wrong date is an input/invalid at its line", async () => {
    const { page } = await open(`${session.origin}/playground.html`);
    const text = exampleText("clean/doliprane-vitale").replace('"dispensingDate": "2025-03-10"', '"dispensingDate": "2025-13-45"');
    await replaceEditorText(page, text);
    const item = await page.waitForSelector('li.diagnostic[data-rule="input/invalid"]');
    await expect(item.getAttribute("data-line")).resolves.toBe(String(lineOf(text, '"dispensingDate"')));
    // A required field missing: reported at its path, shown on its object's key.
    const missing = exampleText("clean/doliprane-vitale").replace('"birthDate": "1985-05-14",', "");
    await replaceEditorText(page, missing);
    const absent = await page.waitForSelector('li.diagnostic[data-rule="input/invalid"][data-path="patient.birthDate"]');
    await expect(absent.getAttribute("data-line")).resolves.toBe(String(lineOf(missing, '"patient"')));
    await replaceEditorText(page, '{ "id": "x", ');
    await page.waitForSelector('li.diagnostic[data-rule="json"]');
    await expect(page.textContent('li.diagnostic[data-rule="json"]')).resolves.toMatch(/JSON invalide ligne 1, colonne \d+/);
  });

  it("reads NDJSON: one invoice a line, the second a duplicate of the first", async () => {
    const { page } = await open(`${session.origin}/playground.html`);
    const invoice = JSON.stringify(JSON.parse(exampleText("clean/doliprane-vitale")));
    await replaceEditorText(page, `${invoice}\n${invoice}\n`);
    await page.waitForFunction(() => document.querySelectorAll(".invoice-report").length === 2);
    await page.waitForSelector('.invoice-report:nth-of-type(2) li.diagnostic[data-rule="transmission/duplicate"]');
    const rulesOf = (index: number) => page.$$eval(`.invoice-report:nth-of-type(${index}) li.diagnostic`, (items) => items.map((item) => (item as HTMLElement).dataset.rule));
    await expect(rulesOf(1)).resolves.toEqual([]);
    await expect(rulesOf(2)).resolves.toEqual(["transmission/duplicate"]);
  });

  it("applies the split fix: one invoice becomes two", async () => {
    const { page } = await open(`${session.origin}/playground.html`);
    await page.selectOption("#example", "clean/flu-vaccine-and-act-one-invoice");
    await page.click('button[data-fix="split-invoice"]');
    await page.waitForFunction(() => document.querySelectorAll(".invoice-report").length === 2);
    const invoices = JSON.parse(editorText(page)) as unknown[];
    expect(invoices).toHaveLength(2);
    await expect(page.$$('button[data-fix="split-invoice"]')).resolves.toHaveLength(0);
  });

  it("restores a shared state from the address: the invoice, asOf and severities", async () => {
    const text = exampleText("faulty/nir-typo");
    const { page } = await open(playgroundUrl(session.origin, { text, asOf: "2025-04-01", severity: { "identity/nir-invalid": "warning" } }));
    expect(editorText(page)).toBe(text);
    await expect(page.inputValue("#as-of")).resolves.toBe("2025-04-01");
    await expect(page.textContent(".chips")).resolves.toContain("identity/nir-invalid");
    await page.waitForSelector('li.diagnostic.severity-warning[data-rule="identity/nir-invalid"]');
    // And the page writes its state back: a second page opened on its address shows the same case.
    await page.selectOption("#example", "faulty/ucd-instead-of-box");
    await page.waitForSelector('li.diagnostic[data-rule="product/ucd-is-not-a-pack"]');
    const again = await open(page.url());
    expect(editorText(again.page)).toBe(exampleText("faulty/ucd-instead-of-box"));
    await again.page.waitForSelector('li.diagnostic[data-rule="product/ucd-is-not-a-pack"]');
  });

  it("ignores what a hand-edited link gets wrong: an unknown rule id, a bad severity, a broken fragment", async () => {
    const text = exampleText("faulty/nir-typo");
    const { page, errors } = await open(playgroundUrl(session.origin, { text, severity: { "identity/nir-invalidd": "off", "identity/nir-invalid": "fatal" } }));
    await page.waitForSelector('li.diagnostic.severity-error[data-rule="identity/nir-invalid"]');
    const broken = await open(`${session.origin}/playground.html#s=%%%`);
    await broken.page.waitForSelector(".invoice-report");
    expect([...errors, ...broken.errors]).toEqual([]);
  });

  it("makes no network request after load, whatever one does, and only same-origin ones before", async () => {
    const { page, requests } = await open(`${session.origin}/playground.html`);
    await page.waitForLoadState("networkidle");
    const atLoad = requests.length;
    expect(requests.every((url) => url.startsWith(session.origin))).toBe(true);
    await page.selectOption("#example", "clean/flu-vaccine-and-act-one-invoice");
    await page.click('button[data-fix="split-invoice"]');
    await page.fill("#as-of", "2025-12-01");
    await page.selectOption("#severity-rule", "transmission/late");
    await page.click("#severity-add");
    await page.click('button[data-view="json"]');
    await page.click("#share");
    await replaceEditorText(page, exampleText("faulty/price-above-referential"));
    await page.click('button.lang');
    await page.waitForTimeout(300);
    expect(requests.slice(atLoad)).toEqual([]);
    await expect(page.textContent("#privacy")).resolves.toContain("the page sends nothing");
  });

  it("checks an invoice of 200 lines in under 100 ms", async () => {
    const invoice = JSON.parse(exampleText("clean/doliprane-vitale")) as { lines: unknown[] };
    invoice.lines = Array.from({ length: 200 }, () => invoice.lines[0]);
    const { page } = await open(playgroundUrl(session.origin, { text: JSON.stringify(invoice, null, 2) }));
    await page.waitForSelector(".invoice-report");
    const milliseconds = Number(await page.evaluate(() => document.documentElement.dataset.lastCheckMs));
    await expect(page.textContent("#check-status")).resolves.toContain("200 ligne(s)");
    console.log(`200 lines checked in the page in ${milliseconds} ms`);
    expect(milliseconds).toBeLessThan(100);
  });

  it("speaks English: the interface and the report's messages", async () => {
    const { page } = await open(`${session.origin}/playground.html`);
    await page.selectOption("#example", "faulty/nir-typo");
    await page.click("button.lang");
    await expect(page.textContent("h1")).resolves.toBe("Playground");
    expect(page.url()).toContain("lang=en");
    await expect(page.textContent('li.diagnostic[data-rule="identity/nir-invalid"] .message')).resolves.toMatch(/^The key of the insured.s NIR/);
    expect(editorText(page)).toBe(exampleText("faulty/nir-typo"));
  });
});

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** Tabs through the page from the top and returns the controls never reached (by their outer HTML's start). */
async function unreachedByTab(page: Page): Promise<string[]> {
  const total = await page.evaluate((selector) => {
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => !(element as HTMLButtonElement).disabled && element.closest("[hidden]") === null);
    controls.forEach((element, index) => (element.dataset.keyboard = String(index)));
    return controls.length;
  }, FOCUSABLE);
  const reached = new Set<string>();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let press = 0; press < total + 10; press++) {
    await page.keyboard.press("Tab");
    const index = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.keyboard);
    if (index !== undefined) reached.add(index);
  }
  return page.evaluate(
    ({ selector, seen }) =>
      [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => element.dataset.keyboard !== undefined && !seen.includes(element.dataset.keyboard)).map((element) => element.outerHTML.slice(0, 80)),
    { selector: FOCUSABLE, seen: [...reached] },
  );
}

describe("keyboard and accessibility", () => {
  it("reaches every control of the explorer, a rule page and the playground with Tab alone", async () => {
    for (const url of ["/index.html", "/index.html#/rule/vaccination/split-required", "/playground.html#"]) {
      const { page } = await open(`${session.origin}${url}`);
      if (url.startsWith("/playground")) {
        await page.selectOption("#example", "clean/flu-vaccine-and-act-one-invoice");
        await page.waitForSelector('button[data-fix="split-invoice"]');
      }
      await expect(unreachedByTab(page), url).resolves.toEqual([]);
    }
  });

  it("lets a keyboard user pick an example, and apply a fix", async () => {
    const { page } = await open(`${session.origin}/playground.html`);
    await page.focus("#example");
    await page.keyboard.press("End");
    await page.selectOption("#example", "clean/flu-vaccine-and-act-one-invoice");
    await page.focus('button[data-fix="split-invoice"]');
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelectorAll(".invoice-report").length === 2);
  });

  it("has no serious or critical accessibility violation (axe-core), in French and English", async () => {
    const axe = readFileSync(resolve(siteRoot, "../node_modules/axe-core/axe.min.js"), "utf8");
    // axe is injected as an inline script, which the page's own CSP forbids: this context bypasses it.
    const context = await session.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 860 } });
    const found: string[] = [];
    for (const lang of ["fr", "en"]) {
      for (const url of [`/index.html?lang=${lang}`, `/index.html?lang=${lang}#/rule/identity/nir-invalid`, playgroundUrl("", { text: exampleText("faulty/summer-travel-without-agreement") }, lang)]) {
        const page = await context.newPage();
        await page.goto(`${session.origin}${url}`);
        await whenReady(page);
        await page.waitForTimeout(200);
        await page.addScriptTag({ content: axe });
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document);
          return result.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id} (${violation.impact}) at ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
        });
        found.push(...violations.map((violation) => `${url.slice(0, 60)}: ${violation}`));
        await page.close();
      }
    }
    await context.close();
    expect(found).toEqual([]);
  });
});

describe("screenshots and figures", () => {
  // Into reports/ on every run (a CI artifact); into site/screenshots, the README's, with
  // UPDATE_SCREENSHOTS=1 (npm run site:screenshots): a run must not rewrite committed files.
  const screenshots = process.env.UPDATE_SCREENSHOTS ? resolve(siteRoot, "screenshots") : resolve(siteRoot, "../reports/screenshots");
  it("takes the README's screenshots of the explorer and the playground, in French and English", async () => {
    mkdirSync(screenshots, { recursive: true });
    for (const lang of ["fr", "en"]) {
      const explorer = await open(`${session.origin}/index.html?lang=${lang}`, { width: 1200, height: 760 });
      await explorer.page.screenshot({ path: resolve(screenshots, `explorer-${lang}.png`) });
      const playground = await open(playgroundUrl(session.origin, { text: exampleText("faulty/summer-travel-without-agreement") }, lang), { width: 1200, height: 760 });
      await playground.page.waitForSelector("li.diagnostic");
      await playground.page.screenshot({ path: resolve(screenshots, `playground-${lang}.png`) });
    }
  });

  it("measures the page weight and the time to interactive of each page", async () => {
    const { gzipSync } = await import("node:zlib");
    const figures: Record<string, { requests: number; bytes: number; gzipBytes: number; timeToInteractiveMs: number }> = {};
    for (const [name, url] of [["explorer", "/index.html"], ["playground", "/playground.html"]] as const) {
      const { page } = await newPage(session);
      let bytes = 0;
      let gzipBytes = 0;
      let requests = 0;
      page.on("response", async (response) => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        requests++;
        bytes += body.length;
        gzipBytes += gzipSync(body).length;
      });
      await page.goto(`${session.origin}${url}`);
      await whenReady(page);
      await page.waitForLoadState("networkidle");
      const timeToInteractiveMs = Number(await page.evaluate(() => document.documentElement.dataset.readyAt));
      figures[name] = { requests, bytes, gzipBytes, timeToInteractiveMs };
      expect(timeToInteractiveMs).toBeGreaterThan(0);
      expect(timeToInteractiveMs).toBeLessThan(5000);
    }
    mkdirSync(resolve(siteRoot, "../reports"), { recursive: true });
    writeFileSync(resolve(siteRoot, "../reports/site-metrics.json"), `${JSON.stringify(figures, null, 2)}\n`);
    console.log("site figures (one run):", JSON.stringify(figures));
  });
});
