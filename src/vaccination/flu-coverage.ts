import { ageOn } from "../engine/calendar.js";
import type { Patient } from "../model/invoice.js";
import { fluSeasons, type FluTargetGroup } from "../reference/flu-campaigns.js";

export type FluCoverageReason = FluTargetGroup | "child-2-17-without-risk";

export interface FluVaccineCoverage {
  /** True when the AMO takes the vaccine in charge: 100 % with exo 7, or 65 % for children without risk. */
  readonly covered: boolean;
  readonly rate: 0 | 65 | 100;
  readonly reasons: readonly FluCoverageReason[];
}

const NOT_COVERED: FluVaccineCoverage = { covered: false, rate: 0, reasons: [] };

type CoveragePatient = Pick<Patient, "birthDate" | "pregnancy" | "bmi" | "chronicDisease" | "careHomeResident" | "atRiskEntourage" | "profession">;

/** Whether a pregnancy is ongoing on a date, from whatever dates the LGO holds. */
function pregnantOn(pregnancy: CoveragePatient["pregnancy"], date: string): boolean {
  if (!pregnancy) return false;
  if (pregnancy.deliveryDate !== undefined && pregnancy.deliveryDate <= date) return false;
  if (pregnancy.startDate !== undefined) return pregnancy.startDate <= date;
  return pregnancy.expectedDeliveryDate !== undefined && date <= pregnancy.expectedDeliveryDate;
}

/**
 * Who the Assurance Maladie covers for the flu vaccine on a date, from the dated table of seasons
 * (ameli, Vidal): the target groups at 100 % with exo 7, children 2–17 without risk at
 * 65 % without exo 7 since 17 October 2023, nobody else.
 */
export function fluVaccineCoverage(patient: CoveragePatient, dateOfCare: string): FluVaccineCoverage {
  const season = fluSeasons.rowsOn(dateOfCare)[0];
  if (!season) return NOT_COVERED;
  const age = ageOn(patient.birthDate, dateOfCare);
  const facts: Record<FluTargetGroup, boolean> = {
    "age-65-plus": age !== undefined && age >= 65,
    // « à partir de 6 mois »: age in years cannot say 6 months, so any age ≥ 0 with the flag counts.
    "chronic-disease": patient.chronicDisease === true,
    pregnancy: pregnantOn(patient.pregnancy, dateOfCare),
    "bmi-40-plus": patient.bmi !== undefined && patient.bmi >= 40,
    "care-home-resident": patient.careHomeResident === true,
    "at-risk-entourage": patient.atRiskEntourage === true,
    "health-or-contact-professional": patient.profession === "health-professional" || patient.profession === "contact-with-at-risk",
    "home-helper": patient.profession === "home-helper",
    "swine-avian-exposed": patient.profession === "swine-avian-exposed",
  };
  const reasons = season.targetGroups.filter((group) => facts[group]);
  if (reasons.length > 0) return { covered: true, rate: 100, reasons };
  if (season.childrenWithoutRiskAt65 && dateOfCare >= season.childrenWithoutRiskAt65.from && age !== undefined && age >= 2 && age <= 17) {
    return { covered: true, rate: 65, reasons: ["child-2-17-without-risk"] };
  }
  return NOT_COVERED;
}
