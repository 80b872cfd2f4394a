import { defineRule } from "../../engine/define-rule.js";
import { validateAmNumber } from "../../identifiers/am-number.js";
import { SINCE_ALWAYS } from "../since-always.js";

export default defineRule({
  id: "prescriber/am-number-invalid",
  title: { fr: "N° AM du prescripteur invalide", en: "Invalid prescriber n° AM" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: "Numéro d'identification Assurance Maladie: 8 chiffres et une clé de Luhn (cartes de test GIE SESAM-Vitale; ameli, contraception d'urgence 91199999/3)",
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription"],
  appliesTo: (invoice) => invoice.prescription?.prescriber.amNumber !== undefined,
  messages: {
    format: {
      fr: "Le n° AM du prescripteur « {value} » doit compter 8 chiffres et une clé.",
      en: "The prescriber's n° AM « {value} » must have 8 digits and a key.",
      hint: { fr: "Recopiez le n° AM imprimé sur l'ordonnance.", en: "Copy the n° AM printed on the prescription." },
    },
    key: {
      fr: "La clé du n° AM du prescripteur « {value} » est fausse.",
      en: "The key of the prescriber's n° AM « {value} » is wrong.",
      hint: {
        fr: "Un chiffre est mal saisi : la caisse rejettera « prescripteur inconnu ».",
        en: "A digit is mistyped: the caisse will reject it as « prescripteur inconnu ».",
      },
    },
  },
  check({ invoice: { prescription } }) {
    const value = prescription?.prescriber.amNumber;
    if (value === undefined) return [];
    const result = validateAmNumber(value);
    if (result.ok) return [];
    return [{ messageId: result.problem, path: ["prescription", "prescriber", "amNumber"], params: { value }, value }];
  },
});
