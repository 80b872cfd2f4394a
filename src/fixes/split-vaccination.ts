import { lineTotal, sumMoney, toCents } from "../engine/money.js";
import type { Invoice, InvoiceInput, InvoiceLine } from "../model/invoice.js";
import { splitInvoiceBy } from "./split-invoice.js";

/** The two invoices a flu vaccination must be billed as, and how the lines were shared out. */
export interface VaccinationSplit {
  /** The vaccine (and its dispensing fees) under prévention, exo 7. */
  readonly prevention: InvoiceInput;
  /** Everything else, the injection act among them, under the patient's own situation. */
  readonly situation: InvoiceInput;
}

const isPreventionLine = (line: Pick<InvoiceLine, "exonerationCode" | "natureAssurance">): boolean =>
  line.exonerationCode === "7" || line.natureAssurance === "90";

/**
 * Splits a mixed vaccination invoice in two (facts §7.3, SFG rupture rule): one invoice for the lines
 * in prévention (exo 7), one for the others. Lines are copied unchanged, so both invoices together
 * hold exactly the original lines and the same total to the cent; fee lines follow their drug line.
 */
export function splitVaccinationInvoice(invoice: Invoice | InvoiceInput): VaccinationSplit {
  const parts = splitInvoiceBy(invoice, (line) => (isPreventionLine(line) ? "PREV" : "SIT"));
  const empty = (suffix: string): InvoiceInput => ({ ...(invoice as InvoiceInput), id: `${invoice.id}-${suffix}`, number: `${invoice.number}-${suffix}`, lines: [] });
  return { prevention: parts.get("PREV") ?? empty("PREV"), situation: parts.get("SIT") ?? empty("SIT") };
}

/** The total of an invoice's lines, rounded to the cent: what a split must preserve. */
export function invoiceTotal(invoice: { readonly lines: readonly Pick<InvoiceLine, "quantity" | "unitPrice" | "total">[] }): string {
  return toCents(sumMoney(invoice.lines.map(lineTotal)));
}
