import { redactNirs } from "../identifiers/nir.js";
import type { Locale, Params } from "./types.js";

/** Fills `{name}` placeholders; a missing parameter stays visible rather than printing "undefined". */
export function renderTemplate(template: string, params: Params | undefined, locale: Locale): string {
  const text = template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) return whole;
    return typeof value === "object" ? value[locale] : String(value);
  });
  // Rules never put a NIR in their params; this guards against one slipping in through data.
  return redactNirs(text);
}
