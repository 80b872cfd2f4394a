import { defineRule } from "../../engine/define-rule.js";
import type { StayAbroad } from "../../model/invoice.js";
import { ABROAD_SINCE, SEED_ABROAD } from "./stay.js";

type Field = keyof NonNullable<StayAbroad["swornStatement"]>;

// The ten items the seed and ameli list for the attestation sur l'honneur (facts ETR-03).
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
  source: { label: `${SEED_ABROAD}: attestation sur l'honneur (nom, prénom, coordonnées postales et téléphoniques, numéro de sécurité sociale, nationalité, lieu de séjour, date de départ, durée et motif)` },
  effective: { from: ABROAD_SINCE },
  confidence: "high",
  reads: ["stayAbroad"],
  appliesTo: (invoice) => invoice.stayAbroad !== undefined,
  messages: {
    missing: {
      fr: "Attestation sur l'honneur absente.",
      en: "Sworn statement missing.",
      hint: {
        fr: "Le patient remplit une attestation sur l'honneur jointe à la demande d'accord de la caisse.",
        en: "The patient fills in a sworn statement that goes with the request for the caisse's agreement.",
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
    if (!statement) return [{ messageId: "missing", path: ["stayAbroad", "swornStatement"] }];
    const absent = FIELDS.filter(({ field }) => !statement[field]?.trim());
    if (absent.length === 0) return [];
    return [
      {
        messageId: "incomplete",
        path: ["stayAbroad", "swornStatement"],
        params: { fields: { fr: absent.map((item) => item.fr).join(", "), en: absent.map((item) => item.en).join(", ") } },
      },
    ];
  },
});
