import type { Invoice, InvoiceLine } from "../model/invoice.js";
import type { ProductFacts, Referential } from "./types.js";

function genericTypeOf(facts: ProductFacts): InvoiceLine["genericType"] {
  if (facts.genericGroups === undefined) return undefined;
  if (facts.genericGroups.length === 0) return "none";
  return facts.genericGroups.some((group) => group.type === "princeps") ? "princeps" : "generic";
}

/**
 * The invoice as the rules read it when a referential is given: a drug line that does not declare
 * its list, ATC code or generic type takes the official one of the date of care, so that the rules
 * that need it (stupéfiants, reduced durations, generics…) run instead of not being evaluated. A fact
 * the line declares is kept: comparing it with the referential is the product/ rules' business.
 * New objects only where a line changes: the caller's input, and a parsed invoice, stay as they are.
 */
export function withReferentialFacts(invoice: Partial<Invoice>, referential: Referential | undefined, dateOfCare: string): Partial<Invoice> {
  if (referential === undefined || invoice.lines === undefined) return invoice;
  let lines: InvoiceLine[] | undefined;
  invoice.lines.forEach((line, index) => {
    if (line.productKind !== "drug" || line.productCode === undefined) return;
    if (line.list !== undefined && line.atc !== undefined && line.genericType !== undefined) return;
    const lookup = referential.product(line.productCode, dateOfCare);
    if (lookup.status !== "found") return;
    const { facts } = lookup;
    const genericType = genericTypeOf(facts);
    const filled: InvoiceLine = {
      ...line,
      ...(line.list === undefined && facts.list !== undefined && { list: facts.list }),
      ...(line.atc === undefined && facts.atc !== undefined && { atc: facts.atc }),
      ...(line.genericType === undefined && genericType !== undefined && { genericType }),
    };
    lines ??= invoice.lines!.slice();
    lines[index] = filled;
  });
  return lines === undefined ? invoice : { ...invoice, lines };
}
