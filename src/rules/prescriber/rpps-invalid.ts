import { defineRule } from "../../engine/define-rule.js";
import { validateRpps } from "../../identifiers/rpps.js";
import { SINCE_ALWAYS } from "../since-always.js";

export default defineRule({
  id: "prescriber/rpps-invalid",
  title: { fr: "RPPS du prescripteur invalide", en: "Invalid prescriber RPPS" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: "ANS, FAQ RPPS: 11 chiffres dont une clé de Luhn", url: "https://esante.gouv.fr/" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription"],
  appliesTo: (invoice) => invoice.prescription?.prescriber.rpps !== undefined,
  messages: {
    format: {
      fr: "Le RPPS du prescripteur « {value} » doit compter 11 chiffres.",
      en: "The prescriber's RPPS « {value} » must have 11 digits.",
      hint: { fr: "Recopiez le RPPS imprimé sur l'ordonnance.", en: "Copy the RPPS printed on the prescription." },
    },
    key: {
      fr: "La clé du RPPS du prescripteur « {value} » est fausse.",
      en: "The key of the prescriber's RPPS « {value} » is wrong.",
      hint: { fr: "Un chiffre est mal saisi : relisez l'ordonnance.", en: "A digit is mistyped: read the prescription again." },
    },
  },
  check({ invoice: { prescription } }) {
    const value = prescription?.prescriber.rpps;
    if (value === undefined) return [];
    const result = validateRpps(value);
    if (result.ok) return [];
    return [{ messageId: result.problem, path: ["prescription", "prescriber", "rpps"], params: { value }, value }];
  },
});
