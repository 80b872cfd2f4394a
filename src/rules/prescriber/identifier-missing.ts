import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";

const filled = (value: string | undefined): boolean => value !== undefined && value.trim() !== "";

export default defineRule({
  id: "prescriber/identifier-missing",
  title: { fr: "Prescripteur non identifié", en: "Prescriber not identified" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: "CSS R161-42 (identification du prescripteur sur la FSE); CSP R5132-3 (mentions de l'ordonnance)",
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription"],
  appliesTo: (invoice) => invoice.prescription !== undefined,
  messages: {
    missing: {
      fr: "L'ordonnance ne porte aucun identifiant du prescripteur (n° AM, RPPS ou FINESS).",
      en: "The prescription carries no prescriber identifier (n° AM, RPPS or FINESS).",
      hint: {
        fr: "Saisissez le n° AM ou le RPPS du prescripteur (FINESS + RPPS pour une ordonnance hospitalière).",
        en: "Enter the prescriber's n° AM or RPPS (FINESS + RPPS for a hospital prescription).",
      },
    },
  },
  check({ invoice: { prescription } }) {
    const prescriber = prescription?.prescriber;
    if (!prescriber || filled(prescriber.amNumber) || filled(prescriber.rpps) || filled(prescriber.finess)) return [];
    return [{ messageId: "missing", path: ["prescription", "prescriber"] }];
  },
});
