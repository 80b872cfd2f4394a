import { describe, expect, it } from "vitest";
import { specialties } from "../../../src/model/codes.js";
import { restrictionOf, specialtyKey } from "../../../src/rules/support/prescription-conditions.js";
import { sharedSnapshot } from "../../support/bdpm.js";

describe("restrictionOf", () => {
  it("reads PH, PIH with its period, PRS and PSE with their specialties", () => {
    expect(restrictionOf(["liste I", "prescription hospitalière"])).toEqual({ kind: "PH" });
    expect(restrictionOf(["prescription initiale hospitalière semestrielle"])).toEqual({ kind: "PIH", months: 6 });
    expect(restrictionOf(["prescription initiale hospitalière"])).toEqual({ kind: "PIH", months: undefined });
    const prs = restrictionOf(["prescription réservée aux spécialistes et services NEUROLOGIE", "prescription réservée aux spécialistes en MEDECINE D'URGENCE"]);
    expect(prs).toMatchObject({ kind: "PRS", otherQualification: false });
    expect(prs?.kind === "PRS" && prs.specialties).toEqual(["NEUROLOGIE", "MEDECINE D'URGENCE"]);
    const pse = restrictionOf([
      "prescription réservée aux spécialistes et services HEPATO/GASTRO-ENTEROLOGIE",
      "prescription initiale semestrielle réservée à certains spécialistes",
      "renouvellement de la prescription réservé aux spécialistes en ONCOLOGIE MEDICALE",
      "prescription réservée aux médecins compétents en CANCEROLOGIE",
    ]);
    expect(pse).toMatchObject({ kind: "PSE", months: 6, otherQualification: true });
    expect(pse?.kind === "PSE" && pse.renewalSpecialties).toEqual(["ONCOLOGIE MEDICALE"]);
  });
  it("has no restriction for a drug without one, or without its conditions", () => {
    expect(restrictionOf(["liste I", "prescription limitée à 12 semaines"])).toBeUndefined();
    expect(restrictionOf(undefined)).toBeUndefined();
    expect(restrictionOf([])).toBeUndefined();
  });
  it("takes an authorisation (radiopharmaceuticals) as a qualification, not a specialty", () => {
    expect(restrictionOf(["prescription réservée aux spécialistes autorisés RADIOPHARMACEUTIQUES"])).toBeUndefined();
  });
  it("names, on the real files of January 2026, only specialties prescriber.specialty can spell", () => {
    const unknown = new Set<string>();
    let reserved = 0;
    for (const facts of sharedSnapshot().presentations.values()) {
      const restriction = facts.restriction;
      expect(restriction).toEqual(restrictionOf(facts.prescriptionConditions));
      if (restriction?.kind !== "PRS" && restriction?.kind !== "PSE") continue;
      reserved++;
      for (const name of [...restriction.specialties, ...restriction.renewalSpecialties]) if (!(name in specialties)) unknown.add(name);
    }
    expect(reserved).toBeGreaterThan(500);
    expect([...unknown]).toEqual([]);
  });
  it("compares names without case or accents", () => {
    expect(specialtyKey(" Hépato/gastro-entérologie ")).toBe("HEPATO/GASTRO-ENTEROLOGIE");
  });
});
