import { defineRule } from "../../engine/define-rule.js";
import type { StayAbroad } from "../../model/invoice.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { BACKOFFICE_SUMMER } from "../support/sources.js";
import { ABROAD_SINCE, staysMoreThanOneMonth } from "./stay.js";

type Field = keyof NonNullable<StayAbroad["swornStatement"]>;

// The ten items the attestation sur l'honneur must hold (Backoffice 2020, ameli).
const FIELDS: readonly { field: Field; fr: string; en: string }[] = [
  { field: "lastName", fr: "nom", en: "last name" },
  { field: "firstName", fr: "prénom", en: "first name" },
  { field: "address", fr: "adresse", en: "address" },
  { field: "phone", fr: "téléphone", en: "phone" },
  { field: "nir", fr: "numéro de sécurité sociale", en: "social-security number" },
  { field: "nationality", fr: "nationalité", en: "nationality" },
  { field: "placeOfStay", fr: "lieu de séjour", en: "place of stay" },
  { field: "departureDate", fr: "date de départ", en: "departure date" },
  { field: "duration", fr: "durée", en: "duration" },
  { field: "reason", fr: "motif", en: "reason" },
];

export default defineRule({
  id: "abroad/sworn-statement-incomplete",
  title: { fr: "Attestation sur l'honneur absente ou incomplète", en: "Sworn statement missing or incomplete" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: `${BACKOFFICE_SUMMER}: attestation sur l'honneur (nom, prénom, coordonnées postales et téléphoniques, numéro de sécurité sociale, nationalité, lieu de séjour, date de départ, durée et motif); CPAM des Hauts-de-Seine, note 1057/16 (procédure régionale: l'attestation est transmise par SCOR)`,
    url: "https://www.lagestiondutierspayant.fr/",
  },
  effective: { from: ABROAD_SINCE },
  confidence: "high",
  reads: ["stayAbroad", "documents"],
  // With the caisse's agreement, the patient sent the statement to the service médical with the
  // request: the pharmacy needs it only when it delivers without an agreement (regional procedure).
  appliesTo: (invoice) => invoice.stayAbroad !== undefined && invoice.stayAbroad.caisseAgreement === undefined && staysMoreThanOneMonth(invoice.stayAbroad),
  messages: {
    missing: {
      fr: "Délivrance sans accord de la caisse et sans attestation sur l'honneur.",
      en: "Delivery without the caisse's agreement and without a sworn statement.",
      hint: {
        fr: "Sans accord de la caisse, la pharmacie doit détenir l'attestation sur l'honneur complète du patient et la transmettre avec l'ordonnance.",
        en: "Without the caisse's agreement, the pharmacy must hold the patient's complete sworn statement and send it with the prescription.",
      },
    },
    incomplete: {
      fr: "Attestation sur l'honneur incomplète : {fields}.",
      en: "Sworn statement incomplete: {fields}.",
      hint: { fr: "Faites compléter chaque rubrique : la caisse refuse une attestation incomplète.", en: "Have every item filled in: the caisse refuses an incomplete statement." },
    },
  },
  check({ invoice }) {
    const statement = invoice.stayAbroad!.swornStatement;
    if (!statement) {
      // A scanned statement whose items the LGO did not transcribe exists, but cannot be read here.
      if (invoice.documents?.some((document) => document.kind === "sworn-statement")) {
        return notEvaluated("attestation sur l'honneur scannée mais ses rubriques ne sont pas transmises", "sworn statement scanned but its items were not sent");
      }
      // Absence is the fault here: without an agreement, the statement is what the delivery rests on.
      return [{ messageId: "missing", path: ["stayAbroad", "swornStatement"] }];
    }
    // An item sent blank is missing; an item not sent is unknown.
    const absent = FIELDS.filter(({ field }) => statement[field]?.trim() === "");
    if (absent.length === 0) {
      return FIELDS.some(({ field }) => statement[field] === undefined)
        ? notEvaluated("rubriques de l'attestation sur l'honneur non transmises", "items of the sworn statement not sent")
        : [];
    }
    return [
      {
        messageId: "incomplete",
        path: ["stayAbroad", "swornStatement"],
        params: { fields: { fr: absent.map((item) => item.fr).join(", "), en: absent.map((item) => item.en).join(", ") } },
      },
    ];
  },
});
