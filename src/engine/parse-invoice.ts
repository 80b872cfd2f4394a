import type { Invoice } from "../model/invoice.js";
import { parseInput, sealInvoice } from "../model/parse.js";
import { inputInvalid } from "./input-invalid.js";
import { compareDiagnostics, toDiagnostic } from "./diagnostics.js";
import { resolveLocale } from "./options.js";
import type { Diagnostic, Locale } from "./types.js";

declare const parsedByTiersPayant: unique symbol;

/**
 * An invoice that `parseInvoice` found valid, then froze deep. Frozen, it cannot stop being valid,
 * so `check`, `checkNext`, `checkBatch` and `checkInvoice` take it without validating it again: a
 * back office that stores parsed invoices, or checks one invoice with several checkers, pays for
 * validation once. Only `parseInvoice` makes one; a copy of it, or an object of the same shape, is
 * validated like any input.
 */
export type ParsedInvoice = Invoice & { readonly [parsedByTiersPayant]: true };

export type InvoiceParse =
  | { readonly ok: true; readonly invoice: ParsedInvoice }
  /** What a report would say of the input: one `input/invalid` diagnostic per problem, sorted. */
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Validates any value against the invoice model, once. Never throws on data: invalid input gives
 * the `input/invalid` diagnostics a check would give, in the locale asked (French by default).
 * The caller's input is neither changed nor frozen: the parsed invoice is a new value, with the
 * model's defaults filled in.
 */
export function parseInvoice(input: unknown, options: { readonly locale?: Locale } = {}): InvoiceParse {
  const locale = resolveLocale(options.locale);
  const { invoice, issues } = parseInput(input);
  if (issues.length === 0) return { ok: true, invoice: sealInvoice(invoice as Invoice) as ParsedInvoice };
  // An input issue is a finding of the input/invalid rule, rendered as a check renders it.
  const diagnostics = issues.map((issue) => toDiagnostic(inputInvalid, inputInvalid.severity, issue, locale));
  return { ok: false, diagnostics: diagnostics.sort(compareDiagnostics) };
}
