import { eurosOf, sumCents } from "../../engine/cents.js";
import type { InvoiceLine } from "../../model/invoice.js";

/** What a payer's shares of the lines come to, in euros: what it will not pay if it refuses them all. */
const shareOf = (lines: readonly InvoiceLine[], payer: "amo" | "amc"): string => eurosOf(sumCents(lines.map((line) => line.amounts[payer])));

/** Every AMO share of the lines: what the caisse will not pay when the invoice's rights fail. */
export const amoShareOf = (lines: readonly InvoiceLine[]): string => shareOf(lines, "amo");

/** Every AMC share of the lines: what the mutuelle will not pay if it refuses the tiers payant. */
export const amcShareOf = (lines: readonly InvoiceLine[]): string => shareOf(lines, "amc");
