import { defineRule } from "../../engine/define-rule.js";
import { validateFiness } from "../../identifiers/finess.js";
import { SINCE_ALWAYS } from "../since-always.js";

export default defineRule({
  id: "prescriber/finess-invalid",
  title: { fr: "FINESS de l'établissement prescripteur invalide", en: "Invalid prescribing establishment FINESS" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: "DREES, répertoire FINESS: 9 caractères, clé de Luhn sur les 8 premiers (2A/2B: clé non documentée)" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription"],
  appliesTo: (invoice) => invoice.prescription?.prescriber.finess !== undefined,
  messages: {
    format: {
      fr: "Le FINESS « {value} » doit compter 9 caractères (département puis 7 chiffres).",
      en: "The FINESS « {value} » must have 9 characters (département then 7 digits).",
      hint: { fr: "Recopiez le FINESS de l'établissement imprimé sur l'ordonnance.", en: "Copy the establishment's FINESS printed on the prescription." },
    },
    key: {
      fr: "La clé du FINESS « {value} » est fausse.",
      en: "The key of the FINESS « {value} » is wrong.",
      hint: { fr: "Un chiffre est mal saisi : relisez l'ordonnance.", en: "A digit is mistyped: read the prescription again." },
    },
    keyNotChecked: {
      fr: "FINESS corse « {value} » : sa clé n'a pas pu être vérifiée.",
      en: "Corsican FINESS « {value} »: its key could not be checked.",
      hint: {
        fr: "L'algorithme de clé des FINESS 2A/2B n'est pas documenté : vérifiez le numéro sur l'ordonnance.",
        en: "The key algorithm of 2A/2B FINESS numbers is not documented: check the number on the prescription.",
      },
    },
  },
  check({ invoice: { prescription } }) {
    const value = prescription?.prescriber.finess;
    if (value === undefined) return [];
    const path = ["prescription", "prescriber", "finess"];
    const result = validateFiness(value);
    if (!result.ok) return [{ messageId: result.problem, path, params: { value }, value }];
    if (!result.value.keyChecked) return [{ messageId: "keyNotChecked", path, params: { value }, value, severity: "warning" }];
    return [];
  },
});
