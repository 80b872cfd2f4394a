import { upperAtc } from "../../reference/atc.js";
import { addDays } from "../../engine/calendar.js";
import type { ProductList, Referential } from "../../engine/types.js";
import type { EarlierDelivery, InvoiceLine, Prescription } from "../../model/invoice.js";

/**
 * The last day a delivery covers: the day before its days of treatment run out, or its own day when
 * they are not known (a delivery covers at least the day it was made).
 */
export const lastDayCovered = (date: string, days: number | undefined): string => addDays(date, Math.max(1, days ?? 1) - 1);

/** What is known of an earlier delivery's product: its own fields, then the referential's on its date. */
export interface DeliveredProduct {
  readonly list: ProductList | undefined;
  readonly atc: string | undefined;
  readonly genericGroups: readonly string[];
}

export function deliveredProduct(entry: EarlierDelivery, referential: Referential | undefined): DeliveredProduct {
  const lookup = referential?.product(entry.productCode, entry.date);
  const facts = lookup?.status === "found" ? lookup.facts : undefined;
  const atc = entry.atc ?? facts?.atc;
  return {
    list: entry.list ?? facts?.list,
    atc: atc === undefined ? undefined : upperAtc(atc),
    genericGroups: facts?.genericGroups?.map((group) => group.id) ?? [],
  };
}

/**
 * Whether two deliveries are of the same substance: the same CIP13, or the same ATC code when both
 * are known. A product whose ATC is not known matches only itself: never a guess.
 */
export const sameSubstance = (line: InvoiceLine, entry: EarlierDelivery, product: DeliveredProduct): boolean =>
  line.productCode === entry.productCode || (line.atc !== undefined && product.atc !== undefined && upperAtc(line.atc) === product.atc);

/**
 * Whether an earlier delivery was made on this invoice's ordonnance: the same date and the same
 * prescriber (RPPS). Unknown when either is not sent for both: a count over an ordonnance must not
 * take in another's deliveries, nor leave out its own.
 */
export function onSameOrdonnance(entry: EarlierDelivery, prescription: Prescription): "yes" | "no" | "unknown" {
  if (entry.prescriptionDate === undefined) return "unknown";
  if (entry.prescriptionDate !== prescription.date) return "no";
  const same = bySamePrescriber(entry, prescription);
  return same === undefined ? "unknown" : same ? "yes" : "no";
}

/** Whether an earlier delivery's ordonnance was written by this one's prescriber (RPPS); undefined when either is not sent. */
export function bySamePrescriber(entry: EarlierDelivery, prescription: Prescription): boolean | undefined {
  const rpps = prescription.prescriber.rpps;
  if (entry.prescriberRpps === undefined || rpps === undefined) return undefined;
  return entry.prescriberRpps.trim() === rpps.trim();
}
