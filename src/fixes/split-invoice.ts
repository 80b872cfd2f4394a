import type { Invoice, InvoiceInput, InvoiceLine } from "../model/invoice.js";

/**
 * Splits an invoice into one invoice per group of lines (rupture de facture: one FSE per nature
 * d'assurance or exonération context, SFG SESAM-Vitale). A fee line follows the drug line it
 * relates to; lines are copied unchanged, so the parts hold exactly the original lines and the same
 * total. Each part gets the id and number suffixed with its group, so no two parts look alike.
 */
export function splitInvoiceBy(invoice: Invoice | InvoiceInput, groupOf: (line: InvoiceLine) => string): ReadonlyMap<string, InvoiceInput> {
  const lines = invoice.lines as readonly InvoiceLine[];
  const groups = lines.map((line) => {
    const drug = line.forLine !== undefined ? lines[line.forLine] : undefined;
    return groupOf(drug ?? line);
  });
  const parts = new Map<string, InvoiceInput>();
  for (const group of new Set(groups)) {
    const kept: number[] = [];
    groups.forEach((candidate, index) => {
      if (candidate === group) kept.push(index);
    });
    const position = new Map(kept.map((oldIndex, newIndex) => [oldIndex, newIndex]));
    parts.set(group, {
      ...(invoice as InvoiceInput),
      id: `${invoice.id}-${group}`,
      number: `${invoice.number}-${group}`,
      lines: kept.map((oldIndex) => {
        const line = lines[oldIndex]!;
        if (line.forLine === undefined) return { ...line };
        const target = position.get(line.forLine);
        const { forLine: _dropped, ...rest } = line;
        return target === undefined ? rest : { ...rest, forLine: target };
      }),
    });
  }
  return parts;
}
