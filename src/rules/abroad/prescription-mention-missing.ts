import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { ABROAD_SINCE, SEED_ABROAD } from "./stay.js";

type MessageId = "noPrescription" | "agreementMissing" | "quantityMissing";

export default defineRule({
  id: "abroad/prescription-mention-missing",
  title: { fr: "Ordonnance sans mention de départ à l'étranger", en: "Prescription without the stay-abroad mention" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: `${SEED_ABROAD}: « la prescription doit mentionner l'accord du médecin et spécifier la quantité à délivrer en une seule fois »; ameli (facts ETR-02)` },
  effective: { from: ABROAD_SINCE },
  confidence: "high",
  reads: ["stayAbroad", "prescription"],
  appliesTo: (invoice) => invoice.stayAbroad !== undefined,
  messages: {
    noPrescription: {
      fr: "Délivrance pour départ à l'étranger sans ordonnance.",
      en: "Delivery for a stay abroad without a prescription.",
      hint: { fr: "La procédure exige une ordonnance portant l'accord du prescripteur.", en: "The procedure requires a prescription carrying the prescriber's agreement." },
    },
    agreementMissing: {
      fr: "L'ordonnance ne porte pas l'accord du prescripteur pour le départ à l'étranger.",
      en: "The prescription does not carry the prescriber's agreement for the stay abroad.",
      hint: {
        fr: "Le médecin doit écrire son accord (« départ à l'étranger, délivrance en une fois pour N mois »).",
        en: "The doctor must write the agreement (« départ à l'étranger, délivrance en une fois pour N mois »).",
      },
    },
    quantityMissing: {
      fr: "L'ordonnance ne précise pas la quantité à délivrer en une seule fois.",
      en: "The prescription does not state the quantity to deliver at once.",
      hint: { fr: "Faites préciser par le médecin la quantité à délivrer en une fois.", en: "Have the doctor state the quantity to deliver at once." },
    },
  },
  check({ invoice }) {
    const prescription = invoice.prescription;
    if (!prescription) return [{ messageId: "noPrescription", path: ["prescription"] }];
    const mention = prescription.travelAbroadMention;
    const findings: Finding<MessageId>[] = [];
    if (!mention?.prescriberAgreement) findings.push({ messageId: "agreementMissing", path: ["prescription", "travelAbroadMention", "prescriberAgreement"] });
    if (!mention?.quantityAtOnce) findings.push({ messageId: "quantityMissing", path: ["prescription", "travelAbroadMention", "quantityAtOnce"] });
    return findings;
  },
});
