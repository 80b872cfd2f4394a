import { money, sumMoney, toCents } from "../engine/money.js";
import type { Invoice, InvoiceInput, InvoiceLine } from "../model/invoice.js";

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
 * Each invoice gets a distinct id and number suffix so that the duplicate rule does not trip.
 */
export function splitVaccinationInvoice(invoice: Invoice | InvoiceInput): VaccinationSplit {
  const lines = invoice.lines as readonly InvoiceLine[];
  const inPrevention = lines.map((line) => {
    const drug = line.forLine !== undefined ? lines[line.forLine] : undefined;
    return isPreventionLine(drug ?? line);
  });
  const build = (keep: boolean, suffix: string): InvoiceInput => {
    const kept: number[] = [];
    lines.forEach((_line, index) => {
      if (inPrevention[index] === keep) kept.push(index);
    });
    const newIndex = new Map(kept.map((oldIndex, position) => [oldIndex, position]));
    return {
      ...(invoice as InvoiceInput),
      id: `${invoice.id}-${suffix}`,
      number: `${invoice.number}-${suffix}`,
      lines: kept.map((oldIndex) => {
        const line = lines[oldIndex]!;
        if (line.forLine === undefined) return { ...line };
        const target = newIndex.get(line.forLine);
        const { forLine: _dropped, ...rest } = line;
        return target === undefined ? rest : { ...rest, forLine: target };
      }),
    };
  };
  return { prevention: build(true, "PREV"), situation: build(false, "SIT") };
}

/** The total of an invoice's lines, rounded to the cent: what a split must preserve. */
export function invoiceTotal(invoice: { readonly lines: readonly Pick<InvoiceLine, "quantity" | "unitPrice" | "total">[] }): string {
  return toCents(sumMoney(invoice.lines.map((line) => line.total ?? money(line.unitPrice).times(line.quantity))));
}
