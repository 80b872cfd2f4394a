import { defineRule } from "../../engine/define-rule.js";
import { addMonths } from "../../engine/calendar.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";

export default defineRule({
  id: "prescription/beyond-twelve-months",
  title: { fr: "Délivrance plus de 12 mois après l'ordonnance", en: "Dispensing more than 12 months after the prescription" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: { label: "CSP R5132-21 (durée maximale de prescription de 12 mois), R5123-2 (renouvellements dans la limite de 12 mois)" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "prescription", "lines"],
  appliesTo: (invoice) => invoice.prescription !== undefined,
  messages: {
    expired: {
      fr: "Ligne {line} : délivrance le {dispensed}, plus de 12 mois après l'ordonnance du {prescribed}.",
      en: "Line {line}: dispensing on {dispensed}, more than 12 months after the ordonnance of {prescribed}.",
      hint: { fr: "Une nouvelle ordonnance est nécessaire.", en: "A new ordonnance is needed." },
    },
  },
  check({ invoice }) {
    const prescribed = invoice.prescription!.date;
    if (invoice.dispensingDate <= addMonths(prescribed, 12)) return [];
    const findings: Finding<"expired">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.productKind === "drug") findings.push({ messageId: "expired", path: ["lines", index], params: { line: index + 1, dispensed: invoice.dispensingDate, prescribed }, amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
