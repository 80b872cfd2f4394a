import type { InputIssue } from "../model/parse.js";
import type { MessageTemplate, RuleMetadata } from "./types.js";

/**
 * Input that does not fit the model. It is not a regulation but the contract of the API: the
 * engine raises it from the parser, one diagnostic per problem with its exact path, instead of
 * throwing, and every rule whose sections are intact still runs.
 */
export const inputInvalid: RuleMetadata & { readonly messages: Readonly<Record<InputIssue["messageId"], MessageTemplate>> } = {
  id: "input/invalid",
  title: { fr: "Donnée de facture non conforme au modèle", en: "Invoice data does not fit the model" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  // Not a regulation but the API contract: its source is the model itself, as published with the package.
  source: { label: "Modèle d'entrée de tiers-payant, publié en JSON Schema avec le paquet (tiers-payant/invoice.schema.json)", url: "https://www.npmjs.com/package/tiers-payant" },
  effective: { from: "1900-01-01" },
  confidence: "high",
  reads: [],
  messages: {
    missing: {
      fr: "Champ obligatoire absent.",
      en: "Required field is missing.",
      hint: { fr: "Renseignez ce champ dans le logiciel avant l'envoi.", en: "Fill in this field in the software before sending." },
    },
    wrongType: {
      fr: "Type de donnée inattendu : {expected} attendu, reçu {received}.",
      en: "Unexpected data type: expected {expected}, received {received}.",
      hint: { fr: "Corrigez l'export du logiciel pour ce champ (voir docs/invoice.schema.json).", en: "Fix the software's export of this field (see docs/invoice.schema.json)." },
    },
    notAllowed: {
      fr: "Valeur non reconnue {received} ; valeurs admises : {allowed}.",
      en: "Unrecognised value {received}; allowed values: {allowed}.",
      hint: { fr: "Utilisez l'un des codes admis.", en: "Use one of the allowed codes." },
    },
    badFormat: {
      fr: "Format invalide ({format}) : reçu {received}.",
      en: "Invalid format ({format}): received {received}.",
      hint: {
        fr: "Dates au format AAAA-MM-JJ, montants en euros sous forme de chaîne décimale (\"12.30\").",
        en: "Dates as YYYY-MM-DD, amounts in euros as decimal strings (\"12.30\").",
      },
    },
    outOfRange: {
      fr: "Valeur hors limites : reçu {received}, attendu {bound}.",
      en: "Value out of range: received {received}, expected {bound}.",
      hint: { fr: "Vérifiez la saisie de cette valeur.", en: "Check how this value was entered." },
    },
    unknownField: {
      fr: "Champ inconnu du modèle (faute de frappe ?).",
      en: "Field unknown to the model (a typo?).",
      hint: {
        fr: "Retirez ce champ ou corrigez son nom : un champ mal nommé n'est pas contrôlé.",
        en: "Remove the field or fix its name: a misnamed field is not checked.",
      },
    },
    tooManyProblems: {
      fr: "Et {count} autre(s) problème(s) de données, non détaillé(s) : une facture en liste au plus {limit}.",
      en: "And {count} more data problem(s), not listed: an invoice lists at most {limit}.",
      hint: {
        fr: "Corrigez d'abord les problèmes listés : ils viennent souvent d'une même erreur d'export.",
        en: "Fix the listed problems first: they often come from one export mistake.",
      },
    },
    badFeeLink: {
      fr: "forLine {target} ne désigne pas la ligne de médicament de cet honoraire : {reason}.",
      en: "forLine {target} does not name this fee's drug line: {reason}.",
      hint: {
        fr: "Donnez l'index (à partir de 0) de la ligne de médicament à laquelle l'honoraire se rapporte, ou retirez forLine.",
        en: "Give the index (from 0) of the drug line the fee relates to, or remove forLine.",
      },
    },
    notAnObject: {
      fr: "La facture doit être un objet JSON (reçu : {received}).",
      en: "The invoice must be a JSON object (received: {received}).",
      hint: { fr: "Envoyez une facture par objet.", en: "Send one invoice per object." },
    },
  },
};
