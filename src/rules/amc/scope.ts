import type { InvoiceView } from "../../model/sections.js";

/**
 * The mutuelle part goes in tiers payant on a declared support (card, attestation, online check).
 * Without a support, amc/document-missing says so once, and the other AMC checks stay silent.
 */
export const amcTiersPayantOnSupport = (invoice: InvoiceView<"header" | "amc">): boolean =>
  invoice.tiersPayant.amc && invoice.amc?.support !== undefined;
