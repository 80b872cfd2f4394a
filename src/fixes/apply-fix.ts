import type { InvoiceInput } from "../model/invoice.js";
import type { Fix } from "../engine/types.js";
import type { SplitInvoicePart } from "./split-invoice.js";

/** The id and number the LGO gives each new invoice of a split, in order. */
export interface ApplyFixOptions {
  readonly newInvoices: readonly { readonly id: string; readonly number: string }[];
}

/**
 * Applies a diagnostic's fix and returns the invoices to send instead of the original. Pure: the
 * original is left as it was. The first invoice keeps the original's id and number; the others are
 * new: with `newInvoices` (one per new invoice, from the LGO's own numbering) they come back complete,
 * without it they have no id and no number. Check each returned invoice again before sending it.
 */
export function applyFix(invoice: InvoiceInput, fix: Fix): readonly SplitInvoicePart[];
export function applyFix(invoice: InvoiceInput, fix: Fix, options: ApplyFixOptions): readonly InvoiceInput[];
export function applyFix(_invoice: InvoiceInput, fix: Fix, options?: ApplyFixOptions): readonly SplitInvoicePart[] {
  switch (fix.kind) {
    case "split-invoice": {
      if (options === undefined) return fix.invoices;
      const added = fix.invoices.length - 1;
      if (options.newInvoices.length !== added) {
        throw new TypeError(`applyFix: this split makes ${added} new invoice(s), and ${options.newInvoices.length} id/number pair(s) were given`);
      }
      return fix.invoices.map((part, index) => (index === 0 ? part : { ...part, ...options.newInvoices[index - 1] }));
    }
  }
}
