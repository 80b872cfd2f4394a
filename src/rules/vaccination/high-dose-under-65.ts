import { ageOn } from "../../engine/calendar.js";
import { centsOf } from "../../engine/cents.js";
import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { SENIOR_FLU_VACCINE_CODES, seniorFluVaccineOf } from "../../reference/senior-flu-vaccines.js";
import { notEvaluated } from "../support/not-evaluated.js";

// Efluelda and Fluad are reimbursed for the prevention of flu from 65 years (HAS, 2025): for a
// younger patient the AMO does not take them, and the patient pays (a standard-dose vaccine is).
export default defineRule({
  id: "vaccination/high-dose-under-65",
  title: { fr: "Vaccin grippal « amélioré » facturé avant 65 ans", en: "\"Improved\" flu vaccine billed under 65" },
  severity: "warning",
  payer: "patient",
  consequence: "patient-pays",
  source: {
    label: "Le Quotidien du Pharmacien (10/2025): Efluelda et Fluad pour les 65 ans et plus, remboursement accordé en juillet 2025; avis HAS du 22 mai 2025",
    url: "https://www.lequotidiendupharmacien.fr/exercice-pro/grippe-avez-vous-pense-commander-des-vaccins-pour-les-seniors",
  },
  effective: { from: "2025-10-14" },
  confidence: "medium",
  reads: ["patient", "lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => line.productCode !== undefined && SENIOR_FLU_VACCINE_CODES.has(line.productCode)),
  messages: {
    underAge: {
      fr: "Ligne {line} : {vaccine} facturé à l'AMO pour un patient de {age} ans ; il n'est remboursé qu'à partir de {minimum} ans.",
      en: "Line {line}: {vaccine} billed to the AMO for a patient aged {age}; it is reimbursed from {minimum} only.",
      hint: {
        fr: "Avant 65 ans, délivrez un vaccin à dose standard (Vaxigrip, Influvac, Flucelvax), ou faites payer celui-ci au patient.",
        en: "Under 65, dispense a standard-dose vaccine (Vaxigrip, Influvac, Flucelvax), or have the patient pay for this one.",
      },
    },
  },
  check({ invoice, dateOfCare }) {
    const age = ageOn(invoice.patient.birthDate, dateOfCare);
    if (age === undefined) return notEvaluated("date de naissance illisible", "birth date unreadable");
    const findings: Finding<"underAge">[] = [];
    invoice.lines.forEach((line, index) => {
      const vaccine = seniorFluVaccineOf(line.productCode, dateOfCare);
      if (vaccine === undefined || age >= vaccine.minimumAge || centsOf(line.amounts.amo) === 0n) return;
      findings.push({
        messageId: "underAge",
        path: ["lines", index, "productCode"],
        params: { line: index + 1, vaccine: vaccine.name, age, minimum: vaccine.minimumAge },
        amountAtRisk: line.amounts.amo,
      });
    });
    return findings;
  },
});
