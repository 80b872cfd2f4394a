import { addDays, addMonths } from "../../engine/calendar.js";
import type { Patient } from "../../model/invoice.js";

/**
 * The maternité period: from the first day of the 6th month of pregnancy to 12 days after birth
 * (CSS L160-9). Without a start date, it is derived from the expected delivery (9 months).
 */
export function maternityPeriod(pregnancy: NonNullable<Patient["pregnancy"]>): { from: string; to: string } | undefined {
  const start = pregnancy.startDate ?? (pregnancy.expectedDeliveryDate !== undefined ? addMonths(pregnancy.expectedDeliveryDate, -9) : undefined);
  if (start === undefined) return undefined;
  const birth = pregnancy.deliveryDate ?? pregnancy.expectedDeliveryDate ?? addMonths(start, 9);
  return { from: addMonths(start, 5), to: addDays(birth, 12) };
}
