import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { BACKOFFICE_SUMMER } from "../support/sources.js";
import { ABROAD_SINCE, AMELI_ABROAD } from "./stay.js";

type MessageId = "agreementMissing" | "quantityMissing";

export default defineRule({
  id: "abroad/prescription-mention-missing",
  title: { fr: "Ordonnance sans mention de départ à l'étranger", en: "Prescription without the stay-abroad mention" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: `${BACKOFFICE_SUMMER}: « la prescription doit mentionner l'accord du médecin et spécifier la quantité à délivrer en une seule fois »; ${AMELI_ABROAD.label}`,
    url: AMELI_ABROAD.url,
  },
  effective: { from: ABROAD_SINCE },
  confidence: "high",
  reads: ["stayAbroad", "prescription"],
  appliesTo: (invoice) => invoice.stayAbroad !== undefined,
  messages: {
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
    const mention = invoice.prescription?.travelAbroadMention;
    if (mention === undefined) return notEvaluated("mentions de l'ordonnance pour le départ à l'étranger non transmises", "the prescription's stay-abroad mentions were not sent");
    const findings: Finding<MessageId>[] = [];
    if (!mention.prescriberAgreement) findings.push({ messageId: "agreementMissing", path: ["prescription", "travelAbroadMention", "prescriberAgreement"], value: false });
    if (!mention.quantityAtOnce) findings.push({ messageId: "quantityMissing", path: ["prescription", "travelAbroadMention", "quantityAtOnce"], value: false });
    return findings;
  },
});
