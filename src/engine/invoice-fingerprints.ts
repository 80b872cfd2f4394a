import { parseInput } from "../model/parse.js";
import type { Invoice } from "../model/invoice.js";
import type { AnyRule } from "./types.js";

/**
 * The fingerprints of an invoice as the catalogue's cross-invoice rules see them (today the
 * duplicate rule), to build the `history` option from invoices already sent. Empty for input whose
 * header, pharmacy, patient or lines are invalid. Hashed, but unkeyed: a fingerprint hashes the NIR
 * with the birth date, the product and the day, and whoever knows those can find the NIR again by
 * trying each one. They are pseudonymous personal data: store them as the invoices themselves.
 */
export function fingerprintsOf(input: unknown, rules: readonly AnyRule[]): string[] {
  const { invoice, invalidSections } = parseInput(input);
  if (["header", "pharmacy", "patient", "lines"].some((section) => invalidSections.has(section as never))) return [];
  const fingerprints: string[] = [];
  for (const rule of rules) {
    if (!rule.fingerprints) continue;
    // One push a fingerprint: a spread of an invoice of 130,000 lines would overflow the stack.
    for (const fingerprint of rule.fingerprints(invoice as Invoice as never)) fingerprints.push(fingerprint);
  }
  return fingerprints;
}
