// Headless Chromium from the OS packages (/usr/bin/chromium, or CHROMIUM_PATH), driven by
// playwright-core, against the built site served by Vite's preview server on a free port.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { preview, type PreviewServer } from "vite";

export const siteRoot = resolve(import.meta.dirname, "..");

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((candidate): candidate is string => candidate !== undefined && existsSync(candidate));
  if (!found) throw new Error("no Chromium found: install the OS package (apt-get install chromium) or set CHROMIUM_PATH");
  return found;
}

export interface SiteSession {
  readonly browser: Browser;
  readonly server: PreviewServer;
  readonly origin: string;
  close(): Promise<void>;
}

export async function openSite(): Promise<SiteSession> {
  if (!existsSync(resolve(siteRoot, "dist/index.html"))) throw new Error("site/dist is missing: run npm run site first");
  const server = await preview({ configFile: resolve(siteRoot, "vite.config.ts"), preview: { port: 0, host: "127.0.0.1" }, logLevel: "warn" });
  const address = server.httpServer.address();
  if (address === null || typeof address === "string") throw new Error("the preview server has no port");
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Without these Chromium calls Google's hosts at start, which this closed network refuses.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    browser,
    server,
    origin: `http://127.0.0.1:${address.port}`,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A page whose requests are recorded, and which fails the test on any error the page logs. */
export async function newPage(session: SiteSession, options: { width?: number; height?: number } = {}): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await session.browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 860 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return { page, requests, errors };
}

export async function whenReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
}
