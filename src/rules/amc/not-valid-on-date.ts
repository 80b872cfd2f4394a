import { defineRule } from "../../engine/define-rule.js";
import { isWithin } from "../../engine/calendar.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { amcShareOf } from "./at-risk.js";
import { amcTiersPayantOnSupport } from "./scope.js";

export default defineRule({
  id: "amc/not-valid-on-date",
  title: { fr: "Attestation mutuelle non valide à la date de délivrance", en: "Mutuelle attestation not valid on the dispensing date" },
  severity: "error",
  payer: "amc",
  consequence: "reject",
  source: { label: "Attestation de tiers payant harmonisée (CLRC, Inter-AMC): période de validité; facts.md AMC-03" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "amc", "lines"],
  appliesTo: amcTiersPayantOnSupport,
  messages: {
    outside: {
      fr: "L'attestation mutuelle est valable du {from} au {to}, pas le {date}.",
      en: "The mutuelle attestation is valid from {from} to {to}, not on {date}.",
      hint: {
        fr: "Demandez l'attestation de l'année en cours (ou vérifiez les droits en ligne) ; sinon le patient règle la part mutuelle.",
        en: "Ask for this year's attestation (or check the rights online); otherwise the patient pays the mutuelle's share.",
      },
    },
  },
  check({ invoice }) {
    const validity = invoice.amc?.validity;
    if (!validity) return { notEvaluated: { fr: "période de validité de la mutuelle absente", en: "mutuelle validity period missing" } };
    if (isWithin(invoice.dispensingDate, validity)) return [];
    return [
      {
        messageId: "outside",
        path: ["amc", "validity"],
        params: { from: validity.from, to: validity.to ?? "…", date: invoice.dispensingDate },
        amountAtRisk: amcShareOf(invoice.lines),
      },
    ];
  },
});
