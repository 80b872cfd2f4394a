import { eurosOf, sumCents } from "../../engine/cents.js";
import type { InvoiceLine } from "../../model/invoice.js";

/** What the mutuelle will not pay if it refuses the tiers payant: every AMC share of the invoice. */
export const amcShareOf = (lines: readonly InvoiceLine[]): string => eurosOf(sumCents(lines.map((line) => line.amounts.amc)));
