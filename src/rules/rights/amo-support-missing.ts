import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";

export default defineRule({
  id: "rights/amo-support-missing",
  title: { fr: "Aucun support de droits AMO lu", en: "No AMO rights support read" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: "Conseil Backoffice « Comment éviter les rejets cet été ? » (2020): carte Vitale, carte mutuelle, attestation; convention pharmaceutique (garantie de paiement sur les données lues)" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header"],
  messages: {
    missing: {
      fr: "La facture n'indique aucun support AMO lu (carte Vitale, apCV, ADRi, attestation ou mode dégradé).",
      en: "The invoice names no AMO support read (carte Vitale, apCV, ADRi, attestation or degraded mode).",
      hint: {
        fr: "Lisez la carte Vitale ou l'apCV ; à défaut interrogez les droits en ligne (ADRi) ou saisissez l'attestation de droits.",
        en: "Read the carte Vitale or apCV; otherwise query the rights online (ADRi) or enter the attestation de droits.",
      },
    },
  },
  check: ({ invoice }) => (invoice.amoReadMode === undefined ? [{ messageId: "missing", path: ["amoReadMode"] }] : []),
});
