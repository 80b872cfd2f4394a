import { defineRule } from "../../engine/define-rule.js";
import { maskNir, validateNir } from "../../identifiers/nir.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { nirFields } from "./nir-fields.js";

type MessageId = "format" | "key";

export default defineRule({
  id: "identity/nir-invalid",
  title: { fr: "NIR invalide", en: "Invalid NIR" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: "GIE SESAM-Vitale SFG, règle RG_BS603 (clé du NIR = 97 − N mod 97, 2A → 19, 2B → 18); ameli, « Les règles d'identification des assurés »",
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["patient"],
  messages: {
    format: {
      fr: "Le NIR {who} n'a pas la forme d'un NIR (13 caractères et une clé de 2 chiffres).",
      en: "The {who} NIR is not shaped like a NIR (13 characters and a 2-digit key).",
      hint: {
        fr: "Relisez la carte Vitale ou l'attestation : le bénéficiaire sera « inconnu » de la caisse.",
        en: "Read the carte Vitale or attestation again: the caisse will not find the beneficiary.",
      },
    },
    key: {
      fr: "La clé du NIR {who} ne correspond pas au numéro.",
      en: "The key of the {who} NIR does not match the number.",
      hint: {
        fr: "Un chiffre est mal saisi : relisez la carte Vitale plutôt que de corriger la clé.",
        en: "A digit was mistyped: read the carte Vitale again rather than correcting the key.",
      },
    },
  },
  check({ invoice: { patient } }) {
    const findings: Finding<MessageId>[] = [];
    for (const { field, who } of nirFields) {
      const nir = patient[field];
      if (nir === undefined) continue;
      const result = validateNir(nir);
      if (result.ok) continue;
      findings.push({ messageId: result.problem, path: ["patient", field], params: { who }, value: maskNir(nir) });
    }
    return findings;
  },
});
