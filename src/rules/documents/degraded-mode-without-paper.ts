import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";

export default defineRule({
  id: "documents/degraded-mode-without-paper",
  title: { fr: "Mode dégradé sans feuille de soins signée", en: "Degraded mode without signed care sheet" },
  severity: "warning",
  payer: "amo",
  consequence: "clawback",
  source: { label: "GIE SESAM-Vitale, mode dégradé (FSE sans carte Vitale); cahier des charges SCOR PDT-CDC-002: feuille de soins papier signée à numériser" },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["header", "documents"],
  appliesTo: (invoice) => invoice.amoReadMode === "degraded",
  messages: {
    missing: {
      fr: "FSE en mode dégradé sans la feuille de soins papier signée scannée.",
      en: "FSE in degraded mode without the scanned, signed paper care sheet.",
      hint: {
        fr: "Faites signer la feuille de soins papier par le patient et scannez-la avec l'ordonnance.",
        en: "Have the patient sign the paper care sheet and scan it with the prescription.",
      },
    },
  },
  check({ invoice }) {
    if (invoice.documents === undefined) return notEvaluated("pièces justificatives non transmises", "supporting documents not sent");
    return invoice.documents.some((document) => document.kind === "care-sheet") ? [] : [{ messageId: "missing", path: ["documents"] }];
  },
});
