import { defineTable } from "../engine/reference-table.js";

/** The facts that put a patient in a flu target group (vaccine at 100 % with exo 7). */
export type FluTargetGroup =
  | "age-65-plus"
  | "chronic-disease"
  | "pregnancy"
  | "bmi-40-plus"
  | "care-home-resident"
  | "at-risk-entourage"
  | "health-or-contact-professional"
  | "home-helper"
  | "swine-avian-exposed";

export interface FluSeasonRow {
  readonly season: string;
  readonly targetGroups: readonly FluTargetGroup[];
  /** Children 2–17 without risk factor: vaccine at 65 % without exo 7 on a specific bon (Vidal, 17/10/2023). */
  readonly childrenWithoutRiskAt65: { readonly from: string } | null;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly source: { readonly label: string; readonly url?: string };
}

const CORE: readonly FluTargetGroup[] = [
  "age-65-plus",
  "chronic-disease",
  "pregnancy",
  "bmi-40-plus",
  "care-home-resident",
  "at-risk-entourage",
  "health-or-contact-professional",
];

// Seasons run from 1 September to 31 August: the campaigns open in October and have been extended
// into February; what a bon is valid for is the vendor's input (vaccination.voucher). The target
// list changes every year, hence one row per season.
export const fluSeasons = defineTable<FluSeasonRow>("flu seasons", [
  ...["2018", "2019", "2020", "2021", "2022"].map((year) => ({
    season: `${year}-${Number(year) + 1}`,
    targetGroups: CORE,
    childrenWithoutRiskAt65: null,
    effective: { from: `${year}-09-01`, to: `${Number(year) + 1}-08-31` },
    source: { label: "ameli / calendrier des vaccinations: groupes cibles de la campagne antigrippale de chaque saison" },
  })),
  {
    season: "2023-2024",
    targetGroups: [...CORE, "home-helper"],
    childrenWithoutRiskAt65: { from: "2023-10-17" },
    effective: { from: "2023-09-01", to: "2024-08-31" },
    source: { label: "Vidal, « Campagne de vaccination 2023/2024 contre la grippe » (17/10/2023); HAS, avis du 9 février 2023", url: "https://www.vidal.fr/actualites/30456" },
  },
  {
    season: "2024-2025",
    targetGroups: [...CORE, "home-helper", "swine-avian-exposed"],
    childrenWithoutRiskAt65: { from: "2024-09-01" },
    effective: { from: "2024-09-01", to: "2025-08-31" },
    source: { label: "Le Quotidien du Pharmacien, « Deux vaccinations, deux tarifs, trois modes de facturation » (campagne 2024-2025)" },
  },
  {
    season: "2025-2026",
    targetGroups: [...CORE, "home-helper", "swine-avian-exposed"],
    childrenWithoutRiskAt65: { from: "2025-09-01" },
    effective: { from: "2025-09-01", to: "2026-08-31" },
    source: { label: "Vidal, « Vaccination contre la grippe et la Covid-19 : la campagne 2025-2026 démarre le 14 octobre 2025 »", url: "https://www.vidal.fr/actualites/31558" },
  },
]);
