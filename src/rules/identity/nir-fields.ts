/** The two NIRs an invoice carries: the ouvrant droit's, and the beneficiary's when it differs (CSS R161-42). */
export const nirFields = [
  { field: "insuredNir", who: { fr: "de l'assuré", en: "insured's" } },
  { field: "beneficiaryNir", who: { fr: "du bénéficiaire", en: "beneficiary's" } },
] as const;
