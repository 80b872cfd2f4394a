import { defineRule } from "../../engine/define-rule.js";
import { addMonths } from "../../engine/calendar.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { isListed } from "./listed.js";

export default defineRule({
  id: "prescription/expired-first-dispensing",
  title: { fr: "Ordonnance périmée à la première délivrance", en: "Prescription expired at first dispensing" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: { label: "CSP R5132-22: première délivrance d'un médicament des listes I et II dans les 3 mois de l'ordonnance" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "prescription", "lines"],
  appliesTo: (invoice) => invoice.prescription !== undefined && (invoice.prescription.renewal?.deliveryIndex ?? 0) === 0,
  messages: {
    expired: {
      fr: "Ligne {line} : première délivrance le {dispensed} d'une ordonnance du {prescribed}, au-delà de 3 mois ({limit}).",
      en: "Line {line}: first dispensing on {dispensed} of an ordonnance of {prescribed}, beyond 3 months ({limit}).",
      hint: { fr: "Le patient doit faire renouveler son ordonnance.", en: "The patient must have the ordonnance renewed." },
    },
  },
  check({ invoice }) {
    const limit = addMonths(invoice.prescription!.date, 3);
    if (invoice.dispensingDate <= limit) return [];
    const findings: Finding<"expired">[] = [];
    invoice.lines.forEach((line, index) => {
      if (!isListed(line) || line.list === "stupefiant") return;
      findings.push({ messageId: "expired", path: ["lines", index], params: { line: index + 1, dispensed: invoice.dispensingDate, prescribed: invoice.prescription!.date, limit }, amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
