import { defineRule } from "../../engine/define-rule.js";
import { addDays } from "../../engine/calendar.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { isNarcotic } from "./listed.js";

export default defineRule({
  id: "prescription/narcotic-presented-late",
  title: { fr: "Stupéfiant présenté tardivement et délivré en totalité", en: "Narcotic presented late and delivered in full" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: { label: "CSP R5132-33: délivrance en totalité si l'ordonnance est présentée dans les 3 jours; au-delà, quantité réduite des jours écoulés" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "prescription", "lines"],
  appliesTo: (invoice) => invoice.prescription !== undefined && invoice.lines.some(isNarcotic),
  messages: {
    late: {
      fr: "Ligne {line} : ordonnance du {prescribed} présentée le {dispensed} (au-delà du {limit}) et stupéfiant délivré en totalité ({days} jours).",
      en: "Line {line}: ordonnance of {prescribed} presented on {dispensed} (after {limit}) and narcotic delivered in full ({days} days).",
      hint: { fr: "Réduisez la quantité du nombre de jours écoulés depuis la prescription.", en: "Reduce the quantity by the number of days elapsed since the prescription." },
    },
  },
  check({ invoice }) {
    const prescribed = invoice.prescription!.date;
    // The day of the prescription is not counted: prescribed on 1 February, full delivery until 4 February.
    const limit = addDays(prescribed, 3);
    if (invoice.dispensingDate <= limit) return [];
    const narcotics = invoice.lines.map((line, index) => ({ line, index })).filter(({ line }) => isNarcotic(line));
    if (narcotics.some(({ line }) => line.daysOfTreatment === undefined || line.prescribedDaysOfTreatment === undefined)) {
      return { notEvaluated: { fr: "durées prescrite et délivrée du stupéfiant inconnues", en: "prescribed and delivered durations of the narcotic unknown" } };
    }
    const findings: Finding<"late">[] = [];
    narcotics.forEach(({ line, index }) => {
      // Delivered in full: the quantity was not reduced by the days elapsed.
      if (line.daysOfTreatment! < line.prescribedDaysOfTreatment!) return;
      findings.push({ messageId: "late", path: ["lines", index, "daysOfTreatment"], params: { line: index + 1, prescribed, dispensed: invoice.dispensingDate, limit, days: line.daysOfTreatment! }, amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
