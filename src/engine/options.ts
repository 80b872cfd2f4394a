import type { Locale } from "./types.js";

/** A bad option is the caller's programming error, the one kind of error the library throws. */
export function optionError(problem: string): never {
  throw new TypeError(`tiers-payant options: ${problem}`);
}

export function resolveLocale(locale: Locale | undefined): Locale {
  if (locale === undefined) return "fr";
  if (locale !== "fr" && locale !== "en") optionError(`locale must be "fr" or "en", got ${JSON.stringify(locale)}`);
  return locale;
}
