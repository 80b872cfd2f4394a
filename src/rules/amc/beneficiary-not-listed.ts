import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { samePerson } from "../support/names.js";
import { amcShareOf } from "./at-risk.js";
import { amcTiersPayantOnSupport } from "./scope.js";

export default defineRule({
  id: "amc/beneficiary-not-listed",
  title: { fr: "Patient absent de l'attestation mutuelle", en: "Patient not listed on the mutuelle attestation" },
  severity: "error",
  payer: "amc",
  consequence: "reject",
  source: { label: "Conseil Backoffice (2020): « vérifier que le patient est présent sur tous les documents »; facts.md AMC-03" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "patient", "amc", "lines"],
  appliesTo: amcTiersPayantOnSupport,
  messages: {
    notListed: {
      fr: "{name} ne figure pas parmi les bénéficiaires de l'attestation mutuelle.",
      en: "{name} is not among the beneficiaries of the mutuelle attestation.",
      hint: {
        fr: "Vérifiez que l'attestation couvre ce patient (enfant, conjoint) ; sinon le patient règle la part mutuelle.",
        en: "Check that the attestation covers this patient (child, spouse); otherwise the patient pays the mutuelle's share.",
      },
    },
  },
  check({ invoice }) {
    const beneficiaries = invoice.amc?.beneficiaries;
    if (!beneficiaries) return { notEvaluated: { fr: "liste des bénéficiaires de la mutuelle absente", en: "mutuelle beneficiaries list missing" } };
    const patient = invoice.patient;
    const listed = beneficiaries.some(
      (beneficiary) => samePerson(beneficiary, patient) && (beneficiary.birthDate === undefined || beneficiary.birthDate === patient.birthDate),
    );
    if (listed) return [];
    return [{ messageId: "notListed", path: ["amc", "beneficiaries"], params: { name: `${patient.firstName} ${patient.lastName}` }, amountAtRisk: amcShareOf(invoice.lines) }];
  },
});
