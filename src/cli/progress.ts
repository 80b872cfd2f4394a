import type { Locale } from "../engine/types.js";

const numberFormat = { fr: new Intl.NumberFormat("fr-FR"), en: new Intl.NumberFormat("en-US") } as const;

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * The progress line of a long run on a terminal: invoices checked, their rate, and, when the share
 * of the input read is known (NDJSON files, by their sizes), the time left at that rate.
 */
export function progressLine(locale: Locale, invoices: number, elapsedMillis: number, shareRead: number | undefined): string {
  const count = numberFormat[locale].format(invoices);
  const rate = numberFormat[locale].format(Math.round(invoices / Math.max(elapsedMillis / 1000, 0.001)));
  const left =
    shareRead === undefined || shareRead <= 0 || shareRead >= 1 ? undefined : duration(((elapsedMillis / 1000) * (1 - shareRead)) / shareRead);
  return locale === "fr"
    ? `${count} factures contrôlées (${rate}/s)${left === undefined ? "" : `, environ ${left} restantes`}…`
    : `${count} invoices checked (${rate}/s)${left === undefined ? "" : `, about ${left} left`}…`;
}
