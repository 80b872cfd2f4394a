import { lineTotal, sumMoney, toCents } from "../engine/money.js";
import type { Invoice, InvoiceInput, InvoiceLine } from "../model/invoice.js";
import { splitInvoiceBy, type SplitInvoicePart } from "./split-invoice.js";

/** The two invoices of a vaccination for an LGO that carries one exonération per invoice. */
export interface VaccinationSplit {
  /** The vaccine (and its dispensing fees) under prévention, exo 7. */
  readonly prevention: SplitInvoicePart;
  /** Everything else, the injection act among them, under the patient's own situation. */
  readonly situation: SplitInvoicePart;
}

const isPreventionLine = (line: Pick<InvoiceLine, "exonerationCode" | "natureAssurance">): boolean =>
  line.exonerationCode === "7" || line.natureAssurance === "90";

/**
 * Splits a vaccination invoice in two: one invoice for the lines in prévention (exo 7), one for the
 * others. Lines are copied unchanged, so both invoices together hold exactly the original lines and
 * the same total to the cent; fee lines follow their drug line. The part holding the first line keeps
 * the original id and number; the other is a new invoice, without id and number (see applyFix).
 */
export function splitVaccinationInvoice(invoice: Invoice | InvoiceInput): VaccinationSplit {
  const parts = splitInvoiceBy(invoice, (line) => (isPreventionLine(line) ? "prevention" : "situation"));
  const { id: _id, number: _number, ...common } = invoice as InvoiceInput;
  const empty: SplitInvoicePart = { ...common, lines: [] };
  return { prevention: parts.get("prevention") ?? empty, situation: parts.get("situation") ?? empty };
}

/** The total of an invoice's lines, rounded to the cent: what a split must preserve. */
export function invoiceTotal(invoice: { readonly lines: readonly Pick<InvoiceLine, "quantity" | "unitPrice" | "total">[] }): string {
  return toCents(sumMoney(invoice.lines.map(lineTotal)));
}
