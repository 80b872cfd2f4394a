import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { ordonnanceForm } from "../support/ordonnance.js";
import { BACKOFFICE_SUMMER } from "../support/sources.js";
import { pharmacistPrescribes } from "../vaccination/flu.js";

export default defineRule({
  id: "documents/prescription-scan-missing",
  title: { fr: "Ordonnance non scannée (SCOR)", en: "Prescription not scanned (SCOR)" },
  severity: "warning",
  payer: "amo",
  consequence: "clawback",
  source: {
    label: `Avenant 3 à la convention pharmaceutique de 2006 (SCOR, numérisation des pièces justificatives); cahier des charges SCOR PDT-CDC-002; ${BACKOFFICE_SUMMER}: « scanner l'ordonnance »`,
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription", "documents"],
  // An e-prescription is held by the Assurance Maladie itself: there is nothing to scan.
  appliesTo: (invoice) => invoice.prescription !== undefined && ordonnanceForm(invoice.prescription).electronic !== true,
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
  check({ invoice }) {
    if (invoice.documents === undefined) return notEvaluated("pièces justificatives non transmises", "supporting documents not sent");
    // When the pharmacist prescribes (vaccination), the bon de prise en charge serves as the prescription.
    const voucherServes = pharmacistPrescribes(invoice.prescription!);
    const scanned = invoice.documents.some((document) => document.kind === "prescription" || (voucherServes && document.kind === "voucher"));
    return scanned ? [] : [{ messageId: "missing", path: ["documents"] }];
  },
});
