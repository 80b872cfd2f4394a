import { defineTable } from "../engine/reference-table.js";

/** Below this age, a flu vaccine dispensed by the pharmacist needs a doctor's or sage-femme's prescription. */
export interface MinorPrescriptionRow {
  readonly minimumAgeWithoutDoctor: number;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly source: { readonly label: string; readonly url?: string };
}

export const minorPrescriptionAges = defineTable<MinorPrescriptionRow>("flu vaccination age without a doctor", [
  {
    minimumAgeWithoutDoctor: 18,
    effective: { from: "2008-09-01", to: "2022-04-22" },
    source: { label: "Ordre des pharmaciens, campagne 2018-2019: « pour les patients de moins de 18 ans la prescription médicale reste nécessaire »" },
  },
  {
    minimumAgeWithoutDoctor: 16,
    effective: { from: "2022-04-23", to: "2023-08-08" },
    source: { label: "Arrêté du 21 avril 2022 (JORF n°0095 du 23 avril 2022), art. 2, 3°: mineurs de 16 ans et plus", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045638970" },
  },
  {
    minimumAgeWithoutDoctor: 11,
    effective: { from: "2023-08-09" },
    source: { label: "Décret n° 2023-736 et arrêtés du 8 août 2023; ameli pharmacien, « Vaccination par le pharmacien d'officine » (09/01/2024)", url: "https://www.ameli.fr/pharmacien/sante-prevention/vaccination/vaccination-par-pharmacien-officine" },
  },
]);
