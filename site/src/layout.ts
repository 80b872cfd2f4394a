// The header both pages share: the site's name, the two sections, and the language switch.
import type { Locale } from "tiers-payant";
import { h, replaceChildren } from "./dom.js";
import { words } from "./i18n.js";

export type Page = "rules" | "playground";

export function pageUrl(page: Page, locale: Locale, fragment = ""): string {
  return `${page === "rules" ? "index.html" : "playground.html"}?lang=${locale}${fragment}`;
}

export function renderHeader(container: HTMLElement, page: Page, locale: Locale, onSwitch: (locale: Locale) => void): void {
  const t = words[locale];
  document.documentElement.lang = locale;
  const link = (target: Page, label: string) =>
    h("a", { href: pageUrl(target, locale), "aria-current": target === page ? "page" : undefined }, label);
  const other: Locale = locale === "fr" ? "en" : "fr";
  replaceChildren(
    container,
    h("a", { class: "skip", href: "#main" }, t.skipToContent),
    h(
      "div",
      { class: "bar" },
      h("a", { class: "brand", href: pageUrl("rules", locale) }, t.siteName),
      h("nav", { "aria-label": t.siteName }, link("rules", t.navRules), link("playground", t.navPlayground)),
      h("button", { type: "button", class: "lang", lang: other, onclick: () => onSwitch(other) }, t.switchTo),
    ),
    h("p", { class: "tagline" }, t.tagline),
  );
}
