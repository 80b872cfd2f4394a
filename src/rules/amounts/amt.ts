import { money, Money, toCents } from "../../engine/money.js";
import type { InvoiceLine } from "../../model/invoice.js";
import { IR_TAN_V_URL, irTanV } from "../support/sources.js";

/** The caisse recomputes each line: base × rate, rounded to the cent, and the shares must add up to the total. */
export const AMOUNTS_SOURCE = {
  label: `${irTanV("I0703", "ecart mt demande / mt calcule")}; ${irTanV("I0702", "mt part obligatoire invalide")}; part AMO = base × taux par ligne, arrondie au centime`,
  url: IR_TAN_V_URL,
} as const;

/** Quantity × unit price, to the cent: the line's total as it should be. */
export const computedTotal = (line: Pick<InvoiceLine, "quantity" | "unitPrice">): string => toCents(money(line.unitPrice).times(line.quantity));

/**
 * The totals a line's shares may rest on. A wrong declared total is one fault (line-total-mismatch):
 * the shares are right whether the LGO computed them on the declared total or on the corrected one.
 */
export function totalsOf(line: InvoiceLine): readonly string[] {
  const computed = computedTotal(line);
  return line.total === undefined || money(line.total).equals(computed) ? [computed] : [computed, line.total];
}

/** The bases the AMO share may rest on: the base de remboursement when it differs from the price, else the totals. */
export function basesOf(line: InvoiceLine): readonly string[] {
  if (line.reimbursementBase !== undefined) return [toCents(money(line.reimbursementBase).times(line.quantity))];
  return totalsOf(line);
}

/** base × rate %, rounded half-up to the cent. */
export const shareOf = (base: string, percent: number): Money => money(base).times(percent).dividedBy(100).toDecimalPlaces(2, Money.ROUND_HALF_UP);

