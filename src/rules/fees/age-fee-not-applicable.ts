import { defineRule } from "../../engine/define-rule.js";
import { ageOn } from "../../engine/calendar.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { FEE_SOURCE } from "./fee-lines.js";

export default defineRule({
  id: "fees/age-fee-not-applicable",
  title: { fr: "Honoraire lié à l'âge hors des âges prévus", en: "Age fee outside the ages it applies to" },
  severity: "warning",
  payer: "amo",
  consequence: "reject",
  source: { label: `${FEE_SOURCE}; convention pharmaceutique (HDA: patients de moins de 3 ans ou de 70 ans et plus)` },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["patient", "lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => line.prestationCode === "HDA"),
  messages: {
    age: {
      fr: "Ligne {line} : honoraire HDA pour un patient de {age} ans (réservé aux moins de 3 ans et aux 70 ans et plus).",
      en: "Line {line}: HDA fee for a patient aged {age} (only for patients under 3 or aged 70 and over).",
      hint: { fr: "Retirez l'honoraire HDA ; l'âge se calcule sur la date de naissance lue sur la carte.", en: "Remove the HDA fee; the age comes from the birth date read on the card." },
    },
  },
  check({ invoice, dateOfCare }) {
    const age = ageOn(invoice.patient.birthDate, dateOfCare);
    if (age === undefined || age < 3 || age >= 70) return [];
    const findings: Finding<"age">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.prestationCode === "HDA") findings.push({ messageId: "age", path: ["lines", index, "prestationCode"], params: { line: index + 1, age }, amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
