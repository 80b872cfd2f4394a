import type { InvoiceInput } from "../model/invoice.js";
import type { Fix } from "../engine/types.js";

/**
 * Applies a diagnostic's fix and returns the invoices to send instead of the original. Pure: the
 * original is left as it was. Check each returned invoice again before sending it.
 */
export function applyFix(_invoice: InvoiceInput, fix: Fix): readonly InvoiceInput[] {
  switch (fix.kind) {
    case "split-invoice":
      return fix.invoices;
  }
}
