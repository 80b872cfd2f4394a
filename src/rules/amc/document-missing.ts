import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { amcShareOf } from "./at-risk.js";

export default defineRule({
  id: "amc/document-missing",
  title: { fr: "Tiers payant mutuelle sans carte ni attestation", en: "Mutuelle tiers payant without card or attestation" },
  severity: "error",
  payer: "amc",
  consequence: "reject",
  source: { label: "Conseil Backoffice (2020): « demander tous les documents nécessaires : carte vitale / carte mutuelle / attestation »; facts.md §11" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "amc", "lines"],
  appliesTo: (invoice) => invoice.tiersPayant.amc,
  messages: {
    missing: {
      fr: "Tiers payant mutuelle demandé sans carte de mutuelle ni attestation de tiers payant.",
      en: "Mutuelle tiers payant asked without a mutuelle card or tiers-payant attestation.",
      hint: {
        fr: "Demandez la carte de mutuelle ou l'attestation de tiers payant et scannez-la ; sinon le patient règle la part mutuelle.",
        en: "Ask for the mutuelle card or tiers-payant attestation and scan it; otherwise the patient pays the mutuelle's share.",
      },
    },
  },
  check: ({ invoice }) =>
    invoice.amc?.support === undefined ? [{ messageId: "missing", path: invoice.amc ? ["amc", "support"] : ["amc"], amountAtRisk: amcShareOf(invoice.lines) }] : [],
});
