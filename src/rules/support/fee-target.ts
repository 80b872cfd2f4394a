import type { InvoiceLine } from "../../model/invoice.js";

/**
 * The line a fee relates to: its `forLine` when that names another line, else, when the invoice has
 * exactly one line the predicate accepts (its only drug, its only vaccine), that one. Undefined when
 * the invoice does not say. A `forLine` pointing nowhere or at the fee itself is an input/invalid.
 */
export function feeTarget(lines: readonly InvoiceLine[], index: number, candidate: (line: InvoiceLine) => boolean): InvoiceLine | undefined {
  const forLine = lines[index]!.forLine;
  if (forLine !== undefined) return forLine !== index ? lines[forLine] : undefined;
  let found: InvoiceLine | undefined;
  for (const line of lines) {
    if (!candidate(line)) continue;
    if (found !== undefined) return undefined;
    found = line;
  }
  return found;
}
