import { defineRule } from "../../engine/define-rule.js";
import { qualites } from "../../model/codes.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";

export default defineRule({
  id: "identity/beneficiary-quality-invalid",
  title: { fr: "Qualité du bénéficiaire invalide", en: "Invalid beneficiary qualité" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: "Carte Vitale, groupe 104: qualité du bénéficiaire 00–09 (SESAM-Vitale 1.40)" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["patient"],
  messages: {
    invalid: {
      fr: "La qualité du bénéficiaire « {qualite} » n'est pas un code 00 à 09.",
      en: "The beneficiary qualité « {qualite} » is not a code from 00 to 09.",
      hint: {
        fr: "Reprenez la qualité lue sur la carte Vitale (00 assuré, 02 conjoint, 06 enfant…).",
        en: "Take the qualité read on the carte Vitale (00 insured, 02 spouse, 06 child…).",
      },
    },
  },
  check({ invoice: { patient } }) {
    const qualite = patient.qualite;
    if (qualite === undefined) return notEvaluated("qualité du bénéficiaire non transmise", "beneficiary qualité not sent");
    if (Object.hasOwn(qualites, qualite)) return [];
    return [{ messageId: "invalid", path: ["patient", "qualite"], params: { qualite }, value: qualite, expected: "00–09" }];
  },
});
