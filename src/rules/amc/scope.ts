import type { InvoiceView } from "../../model/sections.js";

/**
 * The mutuelle part goes in tiers payant on mutuelle data the LGO sent. Without any such data,
 * amc/document-missing says so once, and the other AMC checks have nothing to read.
 */
export const amcTiersPayantWithData = (invoice: InvoiceView<"header" | "amc">): boolean => invoice.tiersPayant.amc && invoice.amc !== undefined;
