/**
 * An anomaly of the Assurance Maladie's liquidation system, as published in the CNAM nomenclature
 * IR_TAN_V (« Type d'Anomalie / Signalement / Rejet ») of the SNDS: the caisse's own name for a check.
 */
export const irTanV = (code: string, label: string): string => `CNAM, nomenclature des anomalies IR_TAN_V (SNDS), ${code} « ${label} »`;

export const IR_TAN_V_URL = "https://github.com/indsante/schema-snds/blob/master/nomenclatures/ORAVAL/IR_TAN_V.csv";

/** The two trade articles of Backoffice (lagestiondutierspayant.fr) on avoiding rejects. */
export const BACKOFFICE_SUMMER = "Backoffice (lagestiondutierspayant.fr), « Comment éviter les rejets cet été ? » (08/07/2020)";
export const BACKOFFICE_FLU = "Backoffice (lagestiondutierspayant.fr), « La facturation du vaccin antigrippal » (26/10/2021)";
