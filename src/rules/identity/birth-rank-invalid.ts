import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";

export default defineRule({
  id: "identity/birth-rank-invalid",
  title: { fr: "Rang de naissance absent ou invalide", en: "Birth rank missing or invalid" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: "CSS R161-42 (bénéficiaire identifié par NIR ou date de naissance et rang); carte Vitale, groupe 104 (SESAM-Vitale 1.40)",
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["patient"],
  messages: {
    missing: {
      fr: "Le rang de naissance du bénéficiaire est absent.",
      en: "The beneficiary's birth rank is missing.",
      hint: {
        fr: "Reprenez le rang lu sur la carte Vitale (1 en général, 2 ou plus pour des jumeaux).",
        en: "Take the rank read on the carte Vitale (usually 1, 2 or more for twins).",
      },
    },
    outOfRange: {
      fr: "Le rang de naissance {rank} n'est pas compris entre 1 et 9.",
      en: "Birth rank {rank} is not between 1 and 9.",
      hint: {
        fr: "Un rang erroné sur des jumeaux donne un rejet « bénéficiaire inconnu » : relisez la carte Vitale.",
        en: "A wrong rank on twins gives a « bénéficiaire inconnu » reject: read the carte Vitale again.",
      },
    },
  },
  check({ invoice: { patient } }) {
    const rank = patient.birthRank;
    if (rank === undefined) return [{ messageId: "missing", path: ["patient", "birthRank"] }];
    if (rank < 1 || rank > 9) {
      return [{ messageId: "outOfRange", path: ["patient", "birthRank"], params: { rank }, value: rank, expected: "1–9" }];
    }
    return [];
  },
});
