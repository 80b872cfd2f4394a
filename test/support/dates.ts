import { addDays, daysBetween, isIsoDate } from "../../src/engine/calendar.js";
import type { InvoiceInput } from "../../src/index.js";

function shift(value: unknown, days: number): unknown {
  if (typeof value === "string") return isIsoDate(value) ? addDays(value, days) : value;
  if (Array.isArray(value)) return value.map((item) => shift(item, days));
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shift(item, days)]));
  return value;
}

/**
 * The same invoice, every calendar date of it moved by the same number of days (a lunar birth date,
 * which is no calendar date, stays as read): ages, delays and periods are unchanged.
 */
export const shiftDates = (invoice: InvoiceInput, days: number): InvoiceInput => shift(invoice, days) as InvoiceInput;

/** The same invoice dispensed on another day, every other date moved with it. */
export const dispensedOn = (invoice: InvoiceInput, date: string): InvoiceInput => shiftDates(invoice, daysBetween(invoice.dispensingDate, date));
