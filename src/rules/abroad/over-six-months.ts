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
  source: { label: `ameli médecin, « Délivrance de médicaments pour départ à l'étranger »: « procédure dérogatoire limitée à 6 mois de traitement par an »; ${AMELI_ABROAD.label}`, url: AMELI_ABROAD.url },
  effective: { from: ABROAD_SINCE },
  confidence: "high",
  reads: ["stayAbroad", "lines"],
  appliesTo: (invoice) => invoice.stayAbroad !== undefined,
  messages: {
    stayTooLong: {
      fr: "Séjour du {departure} au {return}, plus de 6 mois : la procédure ne couvre que 6 mois de traitement.",
      en: "Stay from {departure} to {return}, over 6 months: the procedure covers 6 months of treatment only.",
      hint: {
        fr: "Délivrez au plus 6 mois de traitement ; le reste du séjour relève de la couverture sur place.",
        en: "Deliver at most 6 months of treatment; the rest of the stay falls under cover abroad.",
      },
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
    // The cap is on the treatment delivered: a longer stay is legal, with 6 months delivered.
    if (staysMoreThanMonths(stay, 6)) {
      findings.push({ messageId: "stayTooLong", path: ["stayAbroad", "returnDate"], params: { departure: stay.departureDate, return: stay.returnDate }, severity: "warning" });
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
