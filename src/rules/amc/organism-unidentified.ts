import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { BACKOFFICE_SUMMER } from "../support/sources.js";
import { amcShareOf } from "../support/shares.js";
import { amcTiersPayantWithData } from "./scope.js";

type MessageId = "missing" | "malformed";

export default defineRule({
  id: "amc/organism-unidentified",
  title: { fr: "Mutuelle non identifiée", en: "Mutuelle not identified" },
  severity: "warning",
  payer: "amc",
  consequence: "reject",
  source: {
    label: `${BACKOFFICE_SUMMER}: « choisir la mutuelle avec le code de télétransmission »; attestation de tiers payant harmonisée (Inter-AMC): numéro AMC de 8 à 10 chiffres`,
    url: "https://www.lagestiondutierspayant.fr/",
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["header", "amc", "lines"],
  appliesTo: amcTiersPayantWithData,
  messages: {
    missing: {
      fr: "Ni numéro AMC ni code de télétransmission : la mutuelle ne peut pas être routée.",
      en: "Neither numéro AMC nor teletransmission code: the mutuelle cannot be routed.",
      hint: {
        fr: "Choisissez la mutuelle par son code de télétransmission lu sur la carte ou l'attestation.",
        en: "Pick the mutuelle by the teletransmission code read on the card or attestation.",
      },
    },
    malformed: {
      fr: "Le numéro AMC « {value} » doit compter 8 à 10 chiffres.",
      en: "The numéro AMC « {value} » must have 8 to 10 digits.",
      hint: {
        fr: "Recopiez le numéro AMC de l'attestation : un numéro inconnu donne un rejet « AMC inconnue ».",
        en: "Copy the numéro AMC from the attestation: an unknown number gives an « AMC inconnue » reject.",
      },
    },
  },
  check({ invoice }) {
    const amc = invoice.amc!;
    if (amc.organismNumber === undefined && amc.teletransmissionCode === undefined) {
      return notEvaluated("ni numéro AMC ni code de télétransmission transmis", "neither numéro AMC nor teletransmission code sent");
    }
    const findings: Finding<MessageId>[] = [];
    const number = amc.organismNumber?.trim();
    const code = amc.teletransmissionCode?.trim();
    // Sent, and empty: the LGO has no identifier to route the claim with.
    if (!number && !code) findings.push({ messageId: "missing", path: ["amc"], amountAtRisk: amcShareOf(invoice.lines) });
    else if (number && !/^[0-9]{8,10}$/.test(number)) {
      findings.push({ messageId: "malformed", path: ["amc", "organismNumber"], params: { value: number }, value: number, amountAtRisk: amcShareOf(invoice.lines) });
    }
    return findings;
  },
});
