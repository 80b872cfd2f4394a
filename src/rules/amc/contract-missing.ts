import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { amcShareOf } from "./at-risk.js";
import { amcTiersPayantOnSupport } from "./scope.js";

export default defineRule({
  id: "amc/contract-missing",
  title: { fr: "Contrat mutuelle non appliqué", en: "No mutuelle contract applied" },
  severity: "error",
  payer: "amc",
  consequence: "reject",
  source: { label: "Conseil Backoffice (2020): « appliquer le bon contrat »; type de convention de l'attestation (facts AMC-02, AMC-05)" },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["header", "amc", "lines"],
  appliesTo: amcTiersPayantOnSupport,
  messages: {
    missing: {
      fr: "Aucun contrat ou type de convention mutuelle n'est appliqué.",
      en: "No mutuelle contract or convention type is applied.",
      hint: {
        fr: "Appliquez le contrat indiqué sur l'attestation : sans lui, la mutuelle rejette « contrat non trouvé ».",
        en: "Apply the contract shown on the attestation: without it the mutuelle rejects with « contrat non trouvé ».",
      },
    },
  },
  check: ({ invoice }) =>
    invoice.amc && !invoice.amc.contract?.trim() ? [{ messageId: "missing", path: ["amc", "contract"], amountAtRisk: amcShareOf(invoice.lines) }] : [],
});
