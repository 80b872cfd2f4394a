// The whole public API of tiers-payant, export by export. Everything else is internal.

// Checking invoices
export { checkInvoice, checkBatch, createChecker, type Checker, type CheckerOptions } from "./checking.js";
export { parseInvoice, type ParsedInvoice, type InvoiceParse } from "./engine/parse-invoice.js";
export { rules } from "./rules/metadata.js";
/** The catalogue's rules themselves, to run your own beside them: `createChecker({ rules: [...catalogue, mine] })`, or `extraRules`. */
export { catalogue } from "./rules/index.js";
export type { RuleId, CatalogueRuleId, CustomRuleIds } from "./model/rule-ids.js";
export { rulesVersion } from "./version.js";

// Batches: fingerprints of invoices already sent, for the duplicate rule
export { invoiceFingerprints } from "./checking.js";

// Fixes and flu coverage
export { applyFix, type ApplyFixOptions } from "./fixes/apply-fix.js";
export type { SplitInvoicePart } from "./fixes/split-invoice.js";
export { splitVaccinationInvoice, invoiceTotal, type VaccinationSplit } from "./fixes/split-vaccination.js";
export { fluVaccineCoverage, type FluVaccineCoverage, type FluCoverageReason } from "./vaccination/flu-coverage.js";
export type { FluTargetGroup } from "./reference/flu-campaigns.js";

// Writing custom rules and tables
export { defineRule } from "./engine/define-rule.js";
export { defineTable, type ReferenceTable, type DatedRow } from "./engine/reference-table.js";
export type {
  AmountAtRisk,
  AnyRule,
  CheckOptions,
  Confidence,
  Consequence,
  Diagnostic,
  Effective,
  Finding,
  Fix,
  Locale,
  Localized,
  MessageTemplate,
  NotEvaluated,
  Params,
  Payer,
  ProductFacts,
  PrescriptionRestriction,
  ProductList,
  ProductLookup,
  GenericType,
  Referential,
  Report,
  Rule,
  RuleContext,
  RuleMetadata,
  RuleOutcome,
  RuleSettings,
  Severity,
  SeveritySetting,
  SkipReason,
  Source,
  SplitInvoiceFix,
  Trace,
  Waiver,
} from "./engine/types.js";

// Calendar helpers the rules use, for vendors who need the same answers
export { ageOn, addMonths, calendarDay, workingDaysBetween, frenchPublicHolidays, isWorkingDay } from "./engine/calendar.js";

// Identifiers
export { validateNir, maskNir, validateRpps, validateAmNumber, validateFiness, validateCip13 } from "./identifiers/index.js";
export type { ValidationResult, ValidationProblem, NirInfo, NirKind, FictitiousNirContext, FinessInfo, Cip13Info } from "./identifiers/index.js";

// The input model
export { invoiceSchema } from "./model/invoice.js";
export { invoiceJsonSchema } from "./model/json-schema.js";
export {
  amoReadModes,
  naturesAssurance,
  exonerations,
  qualites,
  prestationCodes,
  prescriptionKinds,
  prescriberKinds,
  documentKinds,
} from "./model/codes.js";
export type {
  AmoReadMode,
  NatureAssurance,
  ExonerationCode,
  Qualite,
  PrestationCode,
  PrescriptionKind,
  PrescriberKind,
  DocumentKind,
} from "./model/codes.js";
export type {
  Invoice,
  InvoiceInput,
  Patient,
  AmoCoverage,
  AmcCoverage,
  Prescription,
  Prescriber,
  StayAbroad,
  Vaccination,
  InvoiceDocument,
  InvoiceLine,
  Period,
} from "./model/invoice.js";
export type { JsonPath } from "./model/parse.js";
export type { Section, InvoiceView } from "./model/sections.js";
