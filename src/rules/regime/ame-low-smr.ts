import { defineRule } from "../../engine/define-rule.js";
import { ageOn } from "../../engine/calendar.js";
import { centsOf } from "../../engine/cents.js";
import type { Finding } from "../../engine/types.js";
import { isFifteenPercent } from "../support/lines.js";

export default defineRule({
  id: "regime/ame-low-smr",
  title: { fr: "Médicament à 15 % pour un adulte bénéficiaire de l'AME", en: "15 % drug for an adult AME beneficiary" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: "Décret du 3 février 2015 (en vigueur le 6 février 2015): médicaments à service médical rendu faible (15 %) non pris en charge pour les bénéficiaires majeurs de l'AME" },
  effective: { from: "2015-02-06" },
  confidence: "high",
  reads: ["patient", "amo", "lines"],
  appliesTo: (invoice) => invoice.amo.ame === true && invoice.lines.some(isFifteenPercent),
  messages: {
    notCovered: {
      fr: "Ligne {line} : médicament à 15 % ({code}) non pris en charge pour un adulte bénéficiaire de l'AME.",
      en: "Line {line}: 15 % drug ({code}) not covered for an adult AME beneficiary.",
      hint: { fr: "Le patient règle ce médicament.", en: "The patient pays for this drug." },
    },
  },
  check({ invoice, dateOfCare }) {
    const age = ageOn(invoice.patient.birthDate, dateOfCare);
    if (age === undefined || age < 18) return [];
    const findings: Finding<"notCovered">[] = [];
    invoice.lines.forEach((line, index) => {
      // Billed at 0 % (the patient pays), the line is right: only an AMO share is the fault.
      if (isFifteenPercent(line) && centsOf(line.amounts.amo) > 0n) findings.push({ messageId: "notCovered", path: ["lines", index, "prestationCode"], params: { line: index + 1, code: line.prestationCode }, amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
