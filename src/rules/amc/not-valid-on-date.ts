import { defineRule } from "../../engine/define-rule.js";
import { isWithin } from "../../engine/calendar.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { amcShareOf } from "../support/shares.js";
import { amcTiersPayantWithData } from "./scope.js";

export default defineRule({
  id: "amc/not-valid-on-date",
  title: { fr: "Attestation mutuelle non valide à la date de délivrance", en: "Mutuelle attestation not valid on the dispensing date" },
  severity: "error",
  payer: "amc",
  consequence: "reject",
  source: { label: "Attestation de tiers payant harmonisée (Inter-AMC): période de validité des droits en tiers payant" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "amc", "lines"],
  appliesTo: amcTiersPayantWithData,
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
  check({ invoice, dateOfCare }) {
    const validity = invoice.amc?.validity;
    if (!validity) return notEvaluated("période de validité de la mutuelle non transmise", "mutuelle validity period not sent");
    if (isWithin(dateOfCare, validity)) return [];
    return [
      {
        messageId: "outside",
        path: ["amc", "validity"],
        params: { from: validity.from, to: validity.to ?? "…", date: dateOfCare },
        amountAtRisk: amcShareOf(invoice.lines),
      },
    ];
  },
});
