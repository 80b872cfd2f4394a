export const SEED_FLU = "Conseil Backoffice « La facturation du vaccin antigrippal » (2021)";

/** The generic prescriber number of pharmacist-prescribed vaccines (ameli pharmacien, 09/01/2024). */
export const PHARMACIST_PRESCRIBER_NUMBER = "291990869";
