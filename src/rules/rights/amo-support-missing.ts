import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { BACKOFFICE_SUMMER } from "../support/sources.js";

export default defineRule({
  id: "rights/amo-support-missing",
  title: { fr: "Aucun support de droits AMO lu", en: "No AMO rights support read" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: `${BACKOFFICE_SUMMER}: « demander tous les documents nécessaires à la facturation : carte vitale / carte mutuelle / attestation »; convention nationale pharmaceutique (garantie de paiement sur les données lues)`,
    url: "https://www.lagestiondutierspayant.fr/",
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header"],
  messages: {
    missing: {
      fr: "La facture indique qu'aucun support AMO n'a été lu (ni carte Vitale, ni apCV, ni ADRi, ni attestation).",
      en: "The invoice says no AMO support was read (no carte Vitale, apCV, ADRi or attestation).",
      hint: {
        fr: "Lisez la carte Vitale ou l'apCV ; à défaut interrogez les droits en ligne (ADRi) ou saisissez l'attestation de droits.",
        en: "Read the carte Vitale or apCV; otherwise query the rights online (ADRi) or enter the attestation de droits.",
      },
    },
  },
  check({ invoice }) {
    // Only a read mode that says "none" is a finding: a mode not sent says nothing.
    if (invoice.amoReadMode === undefined) return notEvaluated("mode de lecture des droits AMO non transmis", "AMO read mode not sent");
    return invoice.amoReadMode === "none" ? [{ messageId: "missing", path: ["amoReadMode"], value: "none" }] : [];
  },
});
