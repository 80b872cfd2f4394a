import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import type { DocumentKind } from "../../model/codes.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { samePerson } from "../support/names.js";

// Pieces that are about the patient. Cards and attestations are in the insured's name and list the
// beneficiaries, which amc/beneficiary-not-listed checks instead.
const PATIENT_DOCUMENTS = new Set<DocumentKind>(["prescription", "voucher", "sworn-statement", "caisse-agreement", "care-sheet", "work-accident-sheet"]);

export default defineRule({
  id: "documents/patient-not-on-document",
  title: { fr: "Pièce au nom d'une autre personne", en: "Document in someone else's name" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: { label: "Conseil Backoffice (2020): « vérifier que le patient est présent sur tous les documents »" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["patient", "documents"],
  messages: {
    otherPerson: {
      fr: "La pièce {kind} est au nom de {name}, pas du patient.",
      en: "The {kind} document is in the name of {name}, not the patient.",
      hint: {
        fr: "Vérifiez que vous facturez le bon bénéficiaire (ayant droit) et que la pièce scannée est la sienne : au contrôle, la pièce est jugée irrégulière.",
        en: "Check that you bill the right beneficiary and scanned their own document: at a control, the piece is deemed irregular.",
      },
    },
  },
  check({ invoice }) {
    const findings: Finding<"otherPerson">[] = [];
    invoice.documents.forEach((document, index) => {
      if (!PATIENT_DOCUMENTS.has(document.kind) || !document.person || samePerson(document.person, invoice.patient)) return;
      findings.push({
        messageId: "otherPerson",
        path: ["documents", index, "person"],
        params: { kind: document.kind, name: `${document.person.firstName} ${document.person.lastName}` },
      });
    });
    return findings;
  },
});
