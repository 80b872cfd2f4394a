export * from "./codes.js";
export {
  invoiceSchema,
  lineSchema,
  patientSchema,
  amoSchema,
  amcSchema,
  prescriptionSchema,
  prescriberSchema,
  stayAbroadSchema,
  vaccinationSchema,
  documentSchema,
  pharmacySchema,
  type Invoice,
  type InvoiceInput,
  type Patient,
  type AmoCoverage,
  type AmcCoverage,
  type Prescription,
  type Prescriber,
  type StayAbroad,
  type Vaccination,
  type InvoiceDocument,
  type InvoiceLine,
  type Period,
} from "./invoice.js";
export { parseInput, type ParsedInput, type InputIssue, type JsonPath } from "./parse.js";
export { sections, sectionFields, type Section, type InvoiceView } from "./sections.js";
