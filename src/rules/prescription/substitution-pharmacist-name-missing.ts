import { atcStartsWith } from "../../reference/atc.js";
import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { OPIOID_SUBSTITUTION_ATC } from "../../reference/dispensing-limits.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";

export default defineRule({
  id: "prescription/substitution-pharmacist-name-missing",
  title: { fr: "Traitement de substitution sans nom du pharmacien", en: "Opioid substitution without the pharmacist's name" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: { label: "CSS L162-4-2: prise en charge des traitements de substitution aux opiacés subordonnée à la mention du pharmacien sur l'ordonnance" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription", "lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => atcStartsWith(line.atc, OPIOID_SUBSTITUTION_ATC)),
  messages: {
    nameMissing: {
      fr: "Ligne {line} : traitement de substitution (ATC {atc}) sans le nom du pharmacien sur l'ordonnance.",
      en: "Line {line}: opioid substitution (ATC {atc}) without the pharmacist's name on the ordonnance.",
      hint: { fr: "Le prescripteur doit inscrire le nom du pharmacien chargé de la délivrance.", en: "The prescriber must write the name of the dispensing pharmacist." },
    },
  },
  check({ invoice }) {
    const named = invoice.prescription?.pharmacistNamed;
    if (named === undefined) return notEvaluated("mention du pharmacien sur l'ordonnance non transmise", "the pharmacist's mention on the ordonnance was not sent");
    if (named) return [];
    const findings: Finding<"nameMissing">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.atc !== undefined && atcStartsWith(line.atc, OPIOID_SUBSTITUTION_ATC)) findings.push({ messageId: "nameMissing", path: ["lines", index], params: { line: index + 1, atc: line.atc }, amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
