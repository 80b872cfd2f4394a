import type { Invoice, InvoiceInput, InvoiceLine, SplitInvoicePart } from "../model/invoice.js";

export type { SplitInvoicePart } from "../model/invoice.js";

/**
 * Splits an invoice into one invoice per group of lines (rupture de facture: one FSE per nature
 * d'assurance or exonération context, SFG SESAM-Vitale), groups in the order of their first line.
 * A fee line follows the drug line it relates to; lines are copied unchanged, so the parts hold
 * exactly the original lines and the same total.
 */
export function splitInvoiceBy(invoice: Invoice | InvoiceInput, groupOf: (line: InvoiceLine) => string): ReadonlyMap<string, SplitInvoicePart> {
  const lines = invoice.lines as readonly InvoiceLine[];
  const groups = lines.map((line, index) => {
    const drug = line.forLine !== undefined && line.forLine !== index ? lines[line.forLine] : undefined;
    return groupOf(drug ?? line);
  });
  const parts = new Map<string, SplitInvoicePart>();
  const { id: _id, number: _number, ...common } = invoice as InvoiceInput;
  for (const group of new Set(groups)) {
    const kept: number[] = [];
    groups.forEach((candidate, index) => {
      if (candidate === group) kept.push(index);
    });
    const position = new Map(kept.map((oldIndex, newIndex) => [oldIndex, newIndex]));
    const partLines = kept.map((oldIndex) => {
      const line = lines[oldIndex]!;
      if (line.forLine === undefined) return { ...line };
      const target = position.get(line.forLine);
      const { forLine: _dropped, ...rest } = line;
      return target === undefined ? rest : { ...rest, forLine: target };
    });
    // The first part goes on as the original invoice; the others are new ones for the LGO to number.
    parts.set(group, parts.size === 0 ? { ...(invoice as InvoiceInput), lines: partLines } : { ...common, lines: partLines });
  }
  return parts;
}
