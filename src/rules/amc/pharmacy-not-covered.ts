import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { amcShareOf } from "../support/shares.js";

export default defineRule({
  id: "amc/pharmacy-not-covered",
  title: { fr: "Attestation mutuelle sans le domaine pharmacie", en: "Mutuelle attestation does not cover pharmacy" },
  severity: "warning",
  payer: "amc",
  consequence: "reject",
  source: { label: "Attestation de tiers payant harmonisée (Inter-AMC): domaines de soins couverts en tiers payant (pharmacie, optique, dentaire…)" },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["header", "amc", "lines"],
  appliesTo: (invoice) => invoice.tiersPayant.amc && invoice.amc?.domains !== undefined,
  messages: {
    notCovered: {
      fr: "L'attestation mutuelle ne couvre pas la pharmacie en tiers payant (domaines : {domains}).",
      en: "The mutuelle attestation does not cover pharmacy in tiers payant (domains: {domains}).",
      hint: {
        fr: "Le patient règle la part mutuelle et se fait rembourser par sa mutuelle.",
        en: "The patient pays the mutuelle's share and claims it from the mutuelle.",
      },
    },
  },
  check({ invoice }) {
    const domains = invoice.amc?.domains ?? [];
    if (domains.includes("pharmacy")) return [];
    return [{ messageId: "notCovered", path: ["amc", "domains"], params: { domains: domains.join(", ") || "—" }, amountAtRisk: amcShareOf(invoice.lines) }];
  },
});
