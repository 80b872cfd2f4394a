import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";

export default defineRule({
  id: "documents/prescription-scan-missing",
  title: { fr: "Ordonnance non scannée (SCOR)", en: "Prescription not scanned (SCOR)" },
  severity: "warning",
  payer: "amo",
  consequence: "clawback",
  source: { label: "Avenant 3 à la convention pharmaceutique de 2006 (SCOR); cahier des charges SCOR PDT-CDC-002; conseil Backoffice (2020): « scanner l'ordonnance »" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription", "documents"],
  appliesTo: (invoice) => invoice.prescription !== undefined,
  messages: {
    missing: {
      fr: "L'ordonnance n'a pas été scannée pour SCOR.",
      en: "The prescription was not scanned for SCOR.",
      hint: {
        fr: "Scannez toutes les pages de l'ordonnance avant l'envoi : sans pièce justificative, la caisse récupère le montant au contrôle.",
        en: "Scan every page of the prescription before sending: without the supporting piece, the caisse recovers the amount at a control.",
      },
    },
  },
  check: ({ invoice }) => (invoice.documents.some((document) => document.kind === "prescription") ? [] : [{ messageId: "missing", path: ["documents"] }]),
});
