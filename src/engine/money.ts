import Decimal from "decimal.js";

// Money is decimal.js, never float arithmetic: 0.1 + 0.2 must be 0.30 on an invoice.
export const Money = Decimal.clone({ precision: 30, rounding: Decimal.ROUND_HALF_UP });
export type Money = InstanceType<typeof Money>;

// Parsing a decimal string is decimal.js's costliest step, and invoices repeat the same few amounts
// (prices, "0.00"). A Money is never mutated, so parsed amounts are shared; the memo is bounded.
const parsed = new Map<string, Money>();
const MEMO_LIMIT = 10_000;

export function money(value: string | number): Money {
  if (typeof value !== "string") return new Money(value);
  let amount = parsed.get(value);
  if (amount === undefined) {
    if (parsed.size >= MEMO_LIMIT) parsed.clear();
    amount = new Money(value);
    parsed.set(value, amount);
  }
  return amount;
}

/** Rounds half-up to the cent and prints with two decimals, the form amounts cross the API in. */
export const toCents = (value: Money): string => value.toDecimalPlaces(2, Money.ROUND_HALF_UP).toFixed(2);

export const sumMoney = (values: Iterable<string | Money>): Money => {
  let total = new Money(0);
  for (const value of values) total = total.plus(typeof value === "string" ? money(value) : value);
  return total;
};

/** A line's total as invoiced, or quantity × unit price when the LGO did not send one, to the cent. */
export const lineTotal = (line: { readonly quantity: number; readonly unitPrice: string; readonly total?: string | undefined }): string =>
  line.total ?? toCents(money(line.unitPrice).times(line.quantity));
