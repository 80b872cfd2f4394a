import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { maskNir, validateNir, type FictitiousNirContext } from "../../identifiers/nir.js";
import type { Patient } from "../../model/invoice.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { nirFields } from "./nir-fields.js";

type MessageId = "noContext" | "wrongContext";

// The NIR pattern names the dispositif it was created for; the model's `anonymousCare` names the
// dispositif the pharmacy says it is billing.
const CONTEXT_OF_CARE: Readonly<Record<NonNullable<Patient["anonymousCare"]>, FictitiousNirContext>> = {
  "minor-contraception": "anonymous-minor-contraception",
  "covid-without-nir": "covid-without-nir",
};

export default defineRule({
  id: "identity/nir-fictitious",
  title: { fr: "NIR fictif hors de son contexte", en: "Fictitious NIR outside its context" },
  severity: "warning",
  payer: "amo",
  consequence: "reject",
  source: {
    label: "CNAM, NIR fictifs des soins anonymes (2 55 55 55 CCC 042 / 041, 1 55 55 55 CCC 023); SNDS, nomenclature IR_NIR_V",
    url: "https://github.com/indsante/schema-snds",
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["patient"],
  messages: {
    noContext: {
      fr: "Le NIR {who} est un NIR fictif de soins anonymes, mais la facture ne déclare aucun dispositif anonyme.",
      en: "The {who} NIR is a fictitious anonymous-care NIR, but the invoice declares no anonymous dispositif.",
      hint: {
        fr: "N'utilisez un NIR fictif que pour le dispositif prévu (contraception des mineures, COVID sans NIR) ; sinon lisez la carte Vitale du patient.",
        en: "Use a fictitious NIR only for its dispositif (minors' contraception, COVID without NIR); otherwise read the patient's carte Vitale.",
      },
    },
    wrongContext: {
      fr: "Le NIR {who} est réservé à un autre dispositif anonyme que celui déclaré.",
      en: "The {who} NIR is reserved for another anonymous dispositif than the one declared.",
      hint: {
        fr: "Utilisez le NIR fictif du dispositif facturé (suffixe 042/041 contraception des mineures, 023 COVID).",
        en: "Use the fictitious NIR of the billed dispositif (suffix 042/041 minors' contraception, 023 COVID).",
      },
    },
  },
  check({ invoice: { patient } }) {
    const findings: Finding<MessageId>[] = [];
    for (const { field, who } of nirFields) {
      const nir = patient[field];
      if (nir === undefined) continue;
      const result = validateNir(nir);
      if (!result.ok || result.value.kind !== "fictitious") continue;
      const declared = patient.anonymousCare;
      const params = { who };
      if (declared === undefined) findings.push({ messageId: "noContext", path: ["patient", field], params, value: maskNir(nir) });
      else if (CONTEXT_OF_CARE[declared] !== result.value.fictitiousContext) {
        findings.push({ messageId: "wrongContext", path: ["patient", field], params, value: maskNir(nir), expected: declared });
      }
    }
    return findings;
  },
});
