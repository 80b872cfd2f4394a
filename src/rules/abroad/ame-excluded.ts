import { defineRule } from "../../engine/define-rule.js";
import { ABROAD_SINCE, AMELI_ABROAD } from "./stay.js";
import { amoShareOf } from "../support/shares.js";

export default defineRule({
  id: "abroad/ame-excluded",
  title: { fr: "Bénéficiaire de l'AME exclu du départ à l'étranger", en: "AME beneficiary excluded from the stay-abroad delivery" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: AMELI_ABROAD,
  effective: { from: ABROAD_SINCE },
  confidence: "high",
  reads: ["stayAbroad", "amo", "lines"],
  appliesTo: (invoice) => invoice.stayAbroad !== undefined,
  messages: {
    ame: {
      fr: "Les bénéficiaires de l'AME sont exclus de la délivrance pour départ à l'étranger.",
      en: "AME beneficiaries are excluded from the stay-abroad delivery.",
      hint: { fr: "Délivrez la quantité habituelle (un mois au plus).", en: "Deliver the usual quantity (one month at most)." },
    },
  },
  check: ({ invoice }) =>
    invoice.amo.ame === true ? [{ messageId: "ame", path: ["amo", "ame"], amountAtRisk: amoShareOf(invoice.lines) }] : [],
});
