import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";

export default defineRule({
  id: "documents/degraded-mode-without-paper",
  title: { fr: "Mode dégradé sans feuille de soins signée", en: "Degraded mode without signed care sheet" },
  severity: "warning",
  payer: "amo",
  consequence: "clawback",
  source: { label: "SESAM-Vitale, mode dégradé; cahier des charges SCOR (feuille de soins papier signée à scanner); facts.md FLX-06, FLX-07" },
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
  check: ({ invoice }) => (invoice.documents.some((document) => document.kind === "care-sheet") ? [] : [{ messageId: "missing", path: ["documents"] }]),
});
