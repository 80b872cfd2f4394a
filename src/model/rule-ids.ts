// Generated from the catalogue by test/rule-ids.test.ts (npm run docs): do not edit.

/** The id of a rule of the catalogue, `input/invalid` included. */
export type CatalogueRuleId =
  | "abroad/ame-excluded"
  | "abroad/caisse-agreement-missing"
  | "abroad/excluded-product"
  | "abroad/over-six-months"
  | "abroad/prescription-mention-missing"
  | "abroad/product-not-in-agreement"
  | "abroad/stay-too-short"
  | "abroad/sworn-statement-incomplete"
  | "amc/beneficiary-not-listed"
  | "amc/contract-missing"
  | "amc/document-missing"
  | "amc/not-valid-on-date"
  | "amc/organism-unidentified"
  | "amc/pharmacy-not-covered"
  | "amounts/amo-share-mismatch"
  | "amounts/line-total-mismatch"
  | "amounts/non-reimbursable-billed"
  | "amounts/shares-do-not-add-up"
  | "documents/degraded-mode-without-paper"
  | "documents/patient-not-on-document"
  | "documents/prescription-scan-missing"
  | "documents/scan-illegible"
  | "exoneration/ald-not-justified"
  | "exoneration/ald-outside-bizone"
  | "exoneration/invalidity-on-ph4"
  | "exoneration/low-smr-at-100"
  | "exoneration/prevention-out-of-programme"
  | "fees/age-fee-not-applicable"
  | "fees/large-pack-fee-without-large-pack"
  | "fees/ordonnance-fee-repeated"
  | "fees/rate-mismatch"
  | "identity/beneficiary-quality-invalid"
  | "identity/birth-rank-invalid"
  | "identity/nir-fictitious"
  | "identity/nir-invalid"
  | "input/invalid"
  | "nature/maternity-out-of-period"
  | "nature/mixed-in-invoice"
  | "nature/work-accident-unreferenced"
  | "prescriber/am-number-invalid"
  | "prescriber/finess-invalid"
  | "prescriber/hospital-needs-finess-and-rpps"
  | "prescriber/identifier-missing"
  | "prescriber/rpps-invalid"
  | "prescription/beyond-prescribed-period"
  | "prescription/beyond-twelve-months"
  | "prescription/dates-out-of-order"
  | "prescription/exception-drug-form-missing"
  | "prescription/expired-first-dispensing"
  | "prescription/glp1-form-missing"
  | "prescription/narcotic-not-secure"
  | "prescription/narcotic-over-28-days"
  | "prescription/narcotic-overlap"
  | "prescription/narcotic-presented-late"
  | "prescription/non-substitutable-unjustified"
  | "prescription/quantity-over-limit"
  | "prescription/reduced-duration-exceeded"
  | "prescription/renewal-not-authorized"
  | "prescription/restricted-prescriber"
  | "prescription/substitution-pharmacist-name-missing"
  | "prescription/tramadol-codeine-not-secure"
  | "product/cip13-invalid"
  | "product/list-differs-from-referential"
  | "product/not-reimbursable-on-date"
  | "product/price-above-referential"
  | "product/rate-differs-from-referential"
  | "product/ucd-is-not-a-pack"
  | "regime/ame-low-smr"
  | "regime/franchise-on-exempt-patient"
  | "rights/amo-not-open"
  | "rights/amo-support-missing"
  | "rights/attestation-stale"
  | "rights/vitale-not-updated"
  | "rights/vitale-required-for-sensitive-drug"
  | "substitution/princeps-refused-generic"
  | "transmission/duplicate"
  | "transmission/late"
  | "vaccination/act-billed-as-prevention"
  | "vaccination/first-time-needs-doctor-prescriber"
  | "vaccination/high-dose-under-65"
  | "vaccination/minor-needs-doctor-prescriber"
  | "vaccination/not-covered-patient-pays"
  | "vaccination/pharmacist-prescriber-under-11"
  | "vaccination/pregnancy-use-maternity"
  | "vaccination/split-required"
  | "vaccination/state-stock-billed"
  | "vaccination/vaccine-not-prevention";

/**
 * The ids of your own rules (`defineRule`), registered by declaration merging so that they are
 * accepted wherever a rule id is, and a typo is still not:
 *
 * ```ts
 * declare module "tiers-payant" {
 *   interface CustomRuleIds { "house/transmission-on-weekday": true }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CustomRuleIds {}

/** A rule id: one of the catalogue's, or one of your own registered in `CustomRuleIds`. */
export type RuleId = CatalogueRuleId | (keyof CustomRuleIds & string);
