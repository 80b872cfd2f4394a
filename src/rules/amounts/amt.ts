import { centsOf } from "../../engine/cents.js";
import type { InvoiceLine } from "../../model/invoice.js";
import { IR_TAN_V_URL, irTanV } from "../support/sources.js";

/** The caisse recomputes each line: base × rate, rounded to the cent, and the shares must add up to the total. */
export const AMOUNTS_SOURCE = {
  label: `${irTanV("I0703", "ecart mt demande / mt calcule")}; ${irTanV("I0702", "mt part obligatoire invalide")}; part AMO = base × taux par ligne, arrondie au centime`,
  url: IR_TAN_V_URL,
} as const;

/** Quantity × unit price, in cents: the line's total as it should be. */
export const computedTotal = (line: Pick<InvoiceLine, "quantity" | "unitPrice">): bigint => centsOf(line.unitPrice) * BigInt(line.quantity);

/** A line's total as invoiced, or quantity × unit price when the LGO sent none, in cents. */
export const lineTotalCents = (line: Pick<InvoiceLine, "quantity" | "unitPrice" | "total">): bigint =>
  line.total !== undefined ? centsOf(line.total) : computedTotal(line);

/**
 * The totals a line's shares may rest on, in cents. A wrong declared total is one fault
 * (line-total-mismatch): the shares are right whether the LGO computed them on the declared total or
 * on the corrected one.
 */
export function totalsOf(line: InvoiceLine): readonly bigint[] {
  const computed = computedTotal(line);
  if (line.total === undefined) return [computed];
  const declared = centsOf(line.total);
  return declared === computed ? [computed] : [computed, declared];
}

/** The bases the AMO share may rest on: the base de remboursement when it differs from the price, else the totals. */
export function basesOf(line: InvoiceLine): readonly bigint[] {
  if (line.reimbursementBase !== undefined) return [centsOf(line.reimbursementBase) * BigInt(line.quantity)];
  return totalsOf(line);
}
