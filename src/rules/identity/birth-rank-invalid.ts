import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";

export default defineRule({
  id: "identity/birth-rank-invalid",
  title: { fr: "Rang de naissance invalide", en: "Invalid birth rank" },
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
    // Not sent is not "no rank": many LGOs do not export it.
    if (rank === undefined) return notEvaluated("rang de naissance non transmis", "birth rank not sent");
    if (rank < 1 || rank > 9) {
      return [{ messageId: "outOfRange", path: ["patient", "birthRank"], params: { rank }, value: rank, expected: "1–9" }];
    }
    return [];
  },
});
