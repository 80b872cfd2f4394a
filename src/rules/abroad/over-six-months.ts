import { defineRule } from "../../engine/define-rule.js";
import { addMonths, daysBetween } from "../../engine/calendar.js";
import type { Finding } from "../../engine/types.js";
import { ABROAD_SINCE, AMELI_ABROAD, staysMoreThanMonths } from "./stay.js";

type MessageId = "stayTooLong" | "quantityTooLarge";

export default defineRule({
  id: "abroad/over-six-months",
  title: { fr: "Plus de 6 mois de traitement pour un séjour à l'étranger", en: "More than 6 months of treatment for a stay abroad" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: `${AMELI_ABROAD.label}: « procédure dérogatoire limitée à 6 mois de traitement par an »`, url: AMELI_ABROAD.url },
  effective: { from: ABROAD_SINCE },
  confidence: "high",
  reads: ["stayAbroad", "lines"],
  appliesTo: (invoice) => invoice.stayAbroad !== undefined,
  messages: {
    stayTooLong: {
      fr: "Séjour du {departure} au {return} : la procédure couvre 6 mois au plus.",
      en: "Stay from {departure} to {return}: the procedure covers 6 months at most.",
      hint: { fr: "Délivrez au plus 6 mois de traitement.", en: "Deliver at most 6 months of treatment." },
    },
    quantityTooLarge: {
      fr: "Ligne {line} : {days} jours de traitement, au-delà des 6 mois permis ({limit} jours).",
      en: "Line {line}: {days} days of treatment, beyond the 6 months allowed ({limit} days).",
      hint: { fr: "Réduisez la quantité à 6 mois de traitement.", en: "Reduce the quantity to 6 months of treatment." },
    },
  },
  check({ invoice }) {
    const stay = invoice.stayAbroad!;
    const findings: Finding<MessageId>[] = [];
    if (staysMoreThanMonths(stay, 6)) {
      findings.push({ messageId: "stayTooLong", path: ["stayAbroad", "returnDate"], params: { departure: stay.departureDate, return: stay.returnDate } });
    }
    const limit = daysBetween(stay.departureDate, addMonths(stay.departureDate, 6));
    invoice.lines.forEach((line, index) => {
      if (line.daysOfTreatment !== undefined && line.daysOfTreatment > limit) {
        findings.push({ messageId: "quantityTooLarge", path: ["lines", index, "daysOfTreatment"], params: { line: index + 1, days: line.daysOfTreatment, limit }, value: line.daysOfTreatment, expected: `≤ ${limit}`, amountAtRisk: line.amounts.amo });
      }
    });
    return findings;
  },
});
