import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import type { DocumentKind } from "../../model/codes.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { comparePersons } from "../support/names.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { BACKOFFICE_SUMMER } from "../support/sources.js";

type MessageId = "otherPerson" | "nearName";

// Pieces that are about the patient. Cards and attestations are in the insured's name and list the
// beneficiaries, which amc/beneficiary-not-listed checks instead.
const PATIENT_DOCUMENTS = new Set<DocumentKind>(["prescription", "voucher", "sworn-statement", "caisse-agreement", "care-sheet", "work-accident-sheet"]);

export default defineRule({
  id: "documents/patient-not-on-document",
  title: { fr: "Pièce au nom d'une autre personne", en: "Document in someone else's name" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: { label: `${BACKOFFICE_SUMMER}: « vérifier que le patient est présent sur tous les documents »`, url: "https://www.lagestiondutierspayant.fr/" },
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
    nearName: {
      fr: "La pièce {kind} est au nom de {name}, proche de celui du patient sans être le même.",
      en: "The {kind} document is in the name of {name}, close to the patient's but not the same.",
      hint: {
        fr: "Vérifiez l'orthographe et le nom d'usage ou de naissance : si c'est bien le patient, rien à faire ; sinon facturez le bon bénéficiaire.",
        en: "Check the spelling and the usage or birth name: if it is the patient, nothing to do; otherwise bill the right beneficiary.",
      },
    },
  },
  check({ invoice }) {
    if (invoice.documents === undefined) return notEvaluated("pièces justificatives non transmises", "supporting documents not sent");
    const findings: Finding<MessageId>[] = [];
    let compared = 0;
    invoice.documents.forEach((document, index) => {
      if (!PATIENT_DOCUMENTS.has(document.kind)) return;
      // A document whose holder was not sent says nothing about whose it is.
      if (!document.person) return;
      compared++;
      const match = comparePersons(document.person, invoice.patient);
      if (match === "same") return;
      findings.push({
        messageId: match === "near" ? "nearName" : "otherPerson",
        path: ["documents", index, "person"],
        params: { kind: document.kind, name: `${document.person.firstName} ${document.person.lastName}` },
        ...(match === "near" && { severity: "warning" as const }),
      });
    });
    const concerned = invoice.documents.filter((document) => PATIENT_DOCUMENTS.has(document.kind)).length;
    if (compared === 0 && concerned > 0) return notEvaluated("titulaire des pièces non transmis", "holder of the documents not sent");
    return findings;
  },
});
