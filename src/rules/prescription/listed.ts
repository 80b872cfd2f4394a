import type { InvoiceLine } from "../../model/invoice.js";

/** Liste I, liste II and stupéfiants: the drugs whose ordonnance the CSP dates strictly. */
export const isListed = (line: InvoiceLine): boolean => line.list === "I" || line.list === "II" || line.list === "stupefiant";
export const isNarcotic = (line: InvoiceLine): boolean => line.list === "stupefiant";
