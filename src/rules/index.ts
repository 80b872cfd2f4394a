import { asAnyRule } from "../engine/define-rule.js";
import type { AnyRule } from "../engine/types.js";
import identityNirInvalid from "./identity/nir-invalid.js";
import identityNirFictitious from "./identity/nir-fictitious.js";
import identityBirthRankInvalid from "./identity/birth-rank-invalid.js";
import identityBeneficiaryQualityInvalid from "./identity/beneficiary-quality-invalid.js";
import prescriberIdentifierMissing from "./prescriber/identifier-missing.js";
import prescriberAmNumberInvalid from "./prescriber/am-number-invalid.js";
import prescriberRppsInvalid from "./prescriber/rpps-invalid.js";
import prescriberFinessInvalid from "./prescriber/finess-invalid.js";
import prescriberHospitalNeedsFinessAndRpps from "./prescriber/hospital-needs-finess-and-rpps.js";
import productCip13Invalid from "./product/cip13-invalid.js";
import productUcdIsNotAPack from "./product/ucd-is-not-a-pack.js";
import prescriptionTramadolCodeineNotSecure from "./prescription/tramadol-codeine-not-secure.js";
import prescriptionReducedDurationExceeded from "./prescription/reduced-duration-exceeded.js";
import vaccinationHighDoseUnder65 from "./vaccination/high-dose-under-65.js";
import feesOrdonnanceFeeRepeated from "./fees/ordonnance-fee-repeated.js";
import prescriptionGlp1FormMissing from "./prescription/glp1-form-missing.js";
import prescriptionRestrictedPrescriber from "./prescription/restricted-prescriber.js";
import substitutionPrincepsRefusedGeneric from "./substitution/princeps-refused-generic.js";
import productPriceAboveReferential from "./product/price-above-referential.js";
import productNotReimbursableOnDate from "./product/not-reimbursable-on-date.js";
import productRateDiffersFromReferential from "./product/rate-differs-from-referential.js";
import productListDiffersFromReferential from "./product/list-differs-from-referential.js";
import rightsAmoSupportMissing from "./rights/amo-support-missing.js";
import rightsAmoNotOpen from "./rights/amo-not-open.js";
import rightsAttestationStale from "./rights/attestation-stale.js";
import rightsVitaleNotUpdated from "./rights/vitale-not-updated.js";
import rightsVitaleRequiredForSensitiveDrug from "./rights/vitale-required-for-sensitive-drug.js";
import amcDocumentMissing from "./amc/document-missing.js";
import amcNotValidOnDate from "./amc/not-valid-on-date.js";
import amcBeneficiaryNotListed from "./amc/beneficiary-not-listed.js";
import amcOrganismUnidentified from "./amc/organism-unidentified.js";
import amcContractMissing from "./amc/contract-missing.js";
import amcPharmacyNotCovered from "./amc/pharmacy-not-covered.js";
import documentsPatientNotOnDocument from "./documents/patient-not-on-document.js";
import documentsPrescriptionScanMissing from "./documents/prescription-scan-missing.js";
import documentsScanIllegible from "./documents/scan-illegible.js";
import documentsDegradedModeWithoutPaper from "./documents/degraded-mode-without-paper.js";
import abroadStayTooShort from "./abroad/stay-too-short.js";
import abroadPrescriptionMentionMissing from "./abroad/prescription-mention-missing.js";
import abroadSwornStatementIncomplete from "./abroad/sworn-statement-incomplete.js";
import abroadCaisseAgreementMissing from "./abroad/caisse-agreement-missing.js";
import abroadProductNotInAgreement from "./abroad/product-not-in-agreement.js";
import abroadOverSixMonths from "./abroad/over-six-months.js";
import abroadExcludedProduct from "./abroad/excluded-product.js";
import abroadAmeExcluded from "./abroad/ame-excluded.js";
import vaccinationMinorNeedsDoctorPrescriber from "./vaccination/minor-needs-doctor-prescriber.js";
import vaccinationFirstTimeNeedsDoctorPrescriber from "./vaccination/first-time-needs-doctor-prescriber.js";
import vaccinationVaccineNotPrevention from "./vaccination/vaccine-not-prevention.js";
import vaccinationActBilledAsPrevention from "./vaccination/act-billed-as-prevention.js";
import vaccinationSplitRequired from "./vaccination/split-required.js";
import vaccinationNotCoveredPatientPays from "./vaccination/not-covered-patient-pays.js";
import vaccinationStateStockBilled from "./vaccination/state-stock-billed.js";
import vaccinationPregnancyUseMaternity from "./vaccination/pregnancy-use-maternity.js";
import vaccinationPharmacistPrescriberUnder11 from "./vaccination/pharmacist-prescriber-under-11.js";
import amountsLineTotalMismatch from "./amounts/line-total-mismatch.js";
import amountsAmoShareMismatch from "./amounts/amo-share-mismatch.js";
import amountsSharesDoNotAddUp from "./amounts/shares-do-not-add-up.js";
import amountsNonReimbursableBilled from "./amounts/non-reimbursable-billed.js";
import prescriptionDatesOutOfOrder from "./prescription/dates-out-of-order.js";
import prescriptionExpiredFirstDispensing from "./prescription/expired-first-dispensing.js";
import prescriptionBeyondTwelveMonths from "./prescription/beyond-twelve-months.js";
import prescriptionRenewalNotAuthorized from "./prescription/renewal-not-authorized.js";
import prescriptionQuantityOverLimit from "./prescription/quantity-over-limit.js";
import prescriptionNarcoticOver28Days from "./prescription/narcotic-over-28-days.js";
import prescriptionNarcoticPresentedLate from "./prescription/narcotic-presented-late.js";
import prescriptionNarcoticNotSecure from "./prescription/narcotic-not-secure.js";
import prescriptionNarcoticOverlap from "./prescription/narcotic-overlap.js";
import prescriptionBeyondPrescribedPeriod from "./prescription/beyond-prescribed-period.js";
import prescriptionExceptionDrugFormMissing from "./prescription/exception-drug-form-missing.js";
import prescriptionSubstitutionPharmacistNameMissing from "./prescription/substitution-pharmacist-name-missing.js";
import prescriptionNonSubstitutableUnjustified from "./prescription/non-substitutable-unjustified.js";
import exonerationAldNotJustified from "./exoneration/ald-not-justified.js";
import exonerationAldOutsideBizone from "./exoneration/ald-outside-bizone.js";
import exonerationInvalidityOnPh4 from "./exoneration/invalidity-on-ph4.js";
import exonerationPreventionOutOfProgramme from "./exoneration/prevention-out-of-programme.js";
import exonerationLowSmrAt100 from "./exoneration/low-smr-at-100.js";
import natureMixedInInvoice from "./nature/mixed-in-invoice.js";
import natureMaternityOutOfPeriod from "./nature/maternity-out-of-period.js";
import natureWorkAccidentUnreferenced from "./nature/work-accident-unreferenced.js";
import feesRateMismatch from "./fees/rate-mismatch.js";
import feesAgeFeeNotApplicable from "./fees/age-fee-not-applicable.js";
import feesLargePackFeeWithoutLargePack from "./fees/large-pack-fee-without-large-pack.js";
import regimeAmeLowSmr from "./regime/ame-low-smr.js";
import regimeFranchiseOnExemptPatient from "./regime/franchise-on-exempt-patient.js";
import transmissionLate from "./transmission/late.js";
import transmissionDuplicate from "./transmission/duplicate.js";

/** The catalogue: every rule the library ships, family by family. */
export const catalogue: readonly AnyRule[] = Object.freeze([
  asAnyRule(identityNirInvalid),
  asAnyRule(identityNirFictitious),
  asAnyRule(identityBirthRankInvalid),
  asAnyRule(identityBeneficiaryQualityInvalid),
  asAnyRule(prescriberIdentifierMissing),
  asAnyRule(prescriberAmNumberInvalid),
  asAnyRule(prescriberRppsInvalid),
  asAnyRule(prescriberFinessInvalid),
  asAnyRule(prescriberHospitalNeedsFinessAndRpps),
  asAnyRule(productCip13Invalid),
  asAnyRule(productUcdIsNotAPack),
  asAnyRule(prescriptionTramadolCodeineNotSecure),
  asAnyRule(prescriptionReducedDurationExceeded),
  asAnyRule(vaccinationHighDoseUnder65),
  asAnyRule(feesOrdonnanceFeeRepeated),
  asAnyRule(prescriptionGlp1FormMissing),
  asAnyRule(prescriptionRestrictedPrescriber),
  asAnyRule(substitutionPrincepsRefusedGeneric),
  asAnyRule(productPriceAboveReferential),
  asAnyRule(productNotReimbursableOnDate),
  asAnyRule(productRateDiffersFromReferential),
  asAnyRule(productListDiffersFromReferential),
  asAnyRule(rightsAmoSupportMissing),
  asAnyRule(rightsAmoNotOpen),
  asAnyRule(rightsAttestationStale),
  asAnyRule(rightsVitaleNotUpdated),
  asAnyRule(rightsVitaleRequiredForSensitiveDrug),
  asAnyRule(amcDocumentMissing),
  asAnyRule(amcNotValidOnDate),
  asAnyRule(amcBeneficiaryNotListed),
  asAnyRule(amcOrganismUnidentified),
  asAnyRule(amcContractMissing),
  asAnyRule(amcPharmacyNotCovered),
  asAnyRule(documentsPatientNotOnDocument),
  asAnyRule(documentsPrescriptionScanMissing),
  asAnyRule(documentsScanIllegible),
  asAnyRule(documentsDegradedModeWithoutPaper),
  asAnyRule(abroadStayTooShort),
  asAnyRule(abroadPrescriptionMentionMissing),
  asAnyRule(abroadSwornStatementIncomplete),
  asAnyRule(abroadCaisseAgreementMissing),
  asAnyRule(abroadProductNotInAgreement),
  asAnyRule(abroadOverSixMonths),
  asAnyRule(abroadExcludedProduct),
  asAnyRule(abroadAmeExcluded),
  asAnyRule(vaccinationMinorNeedsDoctorPrescriber),
  asAnyRule(vaccinationFirstTimeNeedsDoctorPrescriber),
  asAnyRule(vaccinationVaccineNotPrevention),
  asAnyRule(vaccinationActBilledAsPrevention),
  asAnyRule(vaccinationSplitRequired),
  asAnyRule(vaccinationNotCoveredPatientPays),
  asAnyRule(vaccinationStateStockBilled),
  asAnyRule(vaccinationPregnancyUseMaternity),
  asAnyRule(vaccinationPharmacistPrescriberUnder11),
  asAnyRule(amountsLineTotalMismatch),
  asAnyRule(amountsAmoShareMismatch),
  asAnyRule(amountsSharesDoNotAddUp),
  asAnyRule(amountsNonReimbursableBilled),
  asAnyRule(prescriptionDatesOutOfOrder),
  asAnyRule(prescriptionExpiredFirstDispensing),
  asAnyRule(prescriptionBeyondTwelveMonths),
  asAnyRule(prescriptionRenewalNotAuthorized),
  asAnyRule(prescriptionQuantityOverLimit),
  asAnyRule(prescriptionNarcoticOver28Days),
  asAnyRule(prescriptionNarcoticPresentedLate),
  asAnyRule(prescriptionNarcoticNotSecure),
  asAnyRule(prescriptionNarcoticOverlap),
  asAnyRule(prescriptionBeyondPrescribedPeriod),
  asAnyRule(prescriptionExceptionDrugFormMissing),
  asAnyRule(prescriptionSubstitutionPharmacistNameMissing),
  asAnyRule(prescriptionNonSubstitutableUnjustified),
  asAnyRule(exonerationAldNotJustified),
  asAnyRule(exonerationAldOutsideBizone),
  asAnyRule(exonerationInvalidityOnPh4),
  asAnyRule(exonerationPreventionOutOfProgramme),
  asAnyRule(exonerationLowSmrAt100),
  asAnyRule(natureMixedInInvoice),
  asAnyRule(natureMaternityOutOfPeriod),
  asAnyRule(natureWorkAccidentUnreferenced),
  asAnyRule(feesRateMismatch),
  asAnyRule(feesAgeFeeNotApplicable),
  asAnyRule(feesLargePackFeeWithoutLargePack),
  asAnyRule(regimeAmeLowSmr),
  asAnyRule(regimeFranchiseOnExemptPatient),
  asAnyRule(transmissionLate),
  asAnyRule(transmissionDuplicate),
]);
