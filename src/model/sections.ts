import type { Invoice } from "./invoice.js";

/**
 * The invoice is parsed section by section so that a malformed part only stops the rules that read it:
 * a broken `stayAbroad` must not hide an invalid NIR. Rules declare the sections they read.
 */
export const sectionFields = {
  header: ["id", "number", "dispensingDate", "transmissionDate", "replacesInvoice", "amoReadMode", "natureAssurance", "tiersPayant", "franchise"],
  pharmacy: ["pharmacy"],
  patient: ["patient"],
  amo: ["amo"],
  amc: ["amc"],
  prescription: ["prescription"],
  stayAbroad: ["stayAbroad"],
  vaccination: ["vaccination"],
  documents: ["documents"],
  lines: ["lines"],
  history: ["history"],
} as const satisfies Record<string, readonly (keyof Invoice)[]>;

export type Section = keyof typeof sectionFields;
export const sections = Object.keys(sectionFields) as Section[];

/** The part of the invoice a rule reading `S` may see: reading an undeclared section fails to compile. */
export type InvoiceView<S extends Section> = Pick<Invoice, (typeof sectionFields)[S][number]>;
