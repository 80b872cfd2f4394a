import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { BACKOFFICE_SUMMER } from "../support/sources.js";
import { amcShareOf } from "../support/shares.js";

export default defineRule({
  id: "amc/document-missing",
  title: { fr: "Tiers payant mutuelle sans carte ni attestation", en: "Mutuelle tiers payant without card or attestation" },
  severity: "error",
  payer: "amc",
  consequence: "reject",
  source: {
    label: `${BACKOFFICE_SUMMER}: « demander tous les documents nécessaires à la facturation : carte vitale / carte mutuelle / attestation »; attestation de tiers payant harmonisée (Inter-AMC)`,
    url: "https://www.lagestiondutierspayant.fr/",
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "amc", "lines"],
  appliesTo: (invoice) => invoice.tiersPayant.amc,
  messages: {
    missing: {
      fr: "Tiers payant mutuelle demandé sans aucune donnée de mutuelle (ni carte, ni attestation, ni droits en ligne).",
      en: "Mutuelle tiers payant asked without any mutuelle data (no card, attestation or online rights).",
      hint: {
        fr: "Demandez la carte de mutuelle ou l'attestation de tiers payant et scannez-la ; sinon le patient règle la part mutuelle.",
        en: "Ask for the mutuelle card or tiers-payant attestation and scan it; otherwise the patient pays the mutuelle's share.",
      },
    },
  },
  check({ invoice }) {
    // Here the absence is the fault: a mutuelle tiers payant claimed with no mutuelle data at all.
    if (invoice.amc === undefined) return [{ messageId: "missing", path: ["amc"], amountAtRisk: amcShareOf(invoice.lines) }];
    if (invoice.amc.support === undefined) return notEvaluated("support des données de mutuelle non transmis", "support of the mutuelle data not sent");
    return [];
  },
});
