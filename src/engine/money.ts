import Decimal from "decimal.js";

// Money is decimal.js, never float arithmetic: 0.1 + 0.2 must be 0.30 on an invoice.
export const Money = Decimal.clone({ precision: 30, rounding: Decimal.ROUND_HALF_UP });
export type Money = InstanceType<typeof Money>;

export const money = (value: string | number): Money => new Money(value);

/** Rounds half-up to the cent and prints with two decimals, the form amounts cross the API in. */
export const toCents = (value: Money): string => value.toDecimalPlaces(2, Money.ROUND_HALF_UP).toFixed(2);

export const sumMoney = (values: Iterable<string | Money>): Money => {
  let total = new Money(0);
  for (const value of values) total = total.plus(value);
  return total;
};

/** A line's total as invoiced, or quantity × unit price when the LGO did not send one, to the cent. */
export const lineTotal = (line: { readonly quantity: number; readonly unitPrice: string; readonly total?: string | undefined }): string =>
  line.total ?? toCents(new Money(line.unitPrice).times(line.quantity));
