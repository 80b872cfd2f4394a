import { defineRule } from "../../engine/define-rule.js";
import type { AmcCoverage, Patient } from "../../model/invoice.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { comparePersons, type NameMatch } from "../support/names.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { BACKOFFICE_SUMMER } from "../support/sources.js";
import { amcShareOf } from "../support/shares.js";
import { amcTiersPayantWithData } from "./scope.js";

type Beneficiary = NonNullable<AmcCoverage["beneficiaries"]>[number];

/** How well one listed beneficiary is the patient: names compared tolerantly, birth dates when both are given. */
function matchOf(beneficiary: Beneficiary, patient: Patient): NameMatch {
  const names = comparePersons(beneficiary, patient);
  if (names === "different") return "different";
  // Same names but another birth date: a typo on one side, or twins; review rather than reject.
  if (beneficiary.birthDate !== undefined && beneficiary.birthDate !== patient.birthDate) return "near";
  return names;
}

export default defineRule({
  id: "amc/beneficiary-not-listed",
  title: { fr: "Patient absent de l'attestation mutuelle", en: "Patient not listed on the mutuelle attestation" },
  severity: "error",
  payer: "amc",
  consequence: "reject",
  source: {
    label: `${BACKOFFICE_SUMMER}: « vérifier que le patient est présent sur tous les documents »; attestation de tiers payant harmonisée (Inter-AMC): bénéficiaires couverts`,
    url: "https://www.lagestiondutierspayant.fr/",
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "patient", "amc", "lines"],
  appliesTo: amcTiersPayantWithData,
  messages: {
    notListed: {
      fr: "{name} ne figure pas parmi les bénéficiaires de l'attestation mutuelle.",
      en: "{name} is not among the beneficiaries of the mutuelle attestation.",
      hint: {
        fr: "Vérifiez que l'attestation couvre ce patient (enfant, conjoint) ; sinon le patient règle la part mutuelle.",
        en: "Check that the attestation covers this patient (child, spouse); otherwise the patient pays the mutuelle's share.",
      },
    },
    nearMatch: {
      fr: "{name} n'apparaît sur l'attestation mutuelle que sous un nom ou une date de naissance proche ({listed}).",
      en: "{name} appears on the mutuelle attestation only under a close name or birth date ({listed}).",
      hint: {
        fr: "Vérifiez l'orthographe, le nom de naissance ou d'usage et la date de naissance saisis : la mutuelle rapproche le bénéficiaire sur ces données.",
        en: "Check the spelling, birth or usage name and birth date entered: the mutuelle matches the beneficiary on them.",
      },
    },
  },
  check({ invoice }) {
    const beneficiaries = invoice.amc?.beneficiaries;
    if (!beneficiaries) return notEvaluated("liste des bénéficiaires de la mutuelle non transmise", "mutuelle beneficiaries list not sent");
    const patient = invoice.patient;
    const matches = beneficiaries.map((beneficiary) => matchOf(beneficiary, patient));
    if (matches.includes("same")) return [];
    const name = `${patient.firstName} ${patient.lastName}`;
    const near = matches.indexOf("near");
    if (near >= 0) {
      const listed = beneficiaries[near]!;
      return [
        {
          messageId: "nearMatch",
          path: ["amc", "beneficiaries", near],
          params: { name, listed: `${listed.firstName} ${listed.lastName}${listed.birthDate ? `, ${listed.birthDate}` : ""}` },
          severity: "warning",
        },
      ];
    }
    return [{ messageId: "notListed", path: ["amc", "beneficiaries"], params: { name }, amountAtRisk: amcShareOf(invoice.lines) }];
  },
});
