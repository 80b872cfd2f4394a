import { defineRule } from "../../engine/define-rule.js";
import { ABROAD_SINCE, AMELI_ABROAD, staysMoreThanOneMonth } from "./stay.js";
import { amoShareOf } from "../support/shares.js";

export default defineRule({
  id: "abroad/stay-too-short",
  title: { fr: "Séjour à l'étranger d'un mois ou moins", en: "Stay abroad of one month or less" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: AMELI_ABROAD,
  effective: { from: ABROAD_SINCE },
  confidence: "high",
  reads: ["stayAbroad", "lines"],
  appliesTo: (invoice) => invoice.stayAbroad !== undefined,
  messages: {
    tooShort: {
      fr: "Séjour du {departure} au {return} : la délivrance pour départ à l'étranger n'est possible que pour plus d'un mois.",
      en: "Stay from {departure} to {return}: the delivery for a stay abroad is only allowed for more than one month.",
      hint: {
        fr: "Délivrez la quantité habituelle (un mois au plus) sans procédure de départ à l'étranger.",
        en: "Deliver the usual quantity (one month at most) without the stay-abroad procedure.",
      },
    },
  },
  check({ invoice }) {
    const stay = invoice.stayAbroad!;
    if (staysMoreThanOneMonth(stay)) return [];
    return [
      {
        messageId: "tooShort",
        path: ["stayAbroad", "returnDate"],
        params: { departure: stay.departureDate, return: stay.returnDate },
        amountAtRisk: amoShareOf(invoice.lines),
      },
    ];
  },
});
