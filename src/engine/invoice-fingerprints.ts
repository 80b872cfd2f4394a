import { parseInput } from "../model/parse.js";
import type { Invoice } from "../model/invoice.js";
import { duplicateFingerprints } from "../rules/transmission/duplicate.js";

/**
 * The fingerprints of an invoice as the duplicate rule sees them, to build the `history` option
 * from invoices already sent. Hashed: storing them keeps no NIR in clear. Empty for invalid input.
 */
export function invoiceFingerprints(input: unknown): string[] {
  const { invoice, invalidSections } = parseInput(input);
  if (["header", "pharmacy", "patient", "lines"].some((section) => invalidSections.has(section as never))) return [];
  return duplicateFingerprints(invoice as Invoice);
}
