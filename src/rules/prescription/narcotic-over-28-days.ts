import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { dispensingLimits } from "../../reference/dispensing-limits.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { isNarcotic } from "./listed.js";

export default defineRule({
  id: "prescription/narcotic-over-28-days",
  title: { fr: "Stupéfiant prescrit pour plus de 28 jours", en: "Narcotic prescribed for more than 28 days" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: { label: "CSP R5132-30: prescription des stupéfiants limitée à 28 jours (7 ou 14 jours pour certains)" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["lines"],
  appliesTo: (invoice) => invoice.lines.some(isNarcotic),
  messages: {
    tooLong: {
      fr: "Ligne {line} : stupéfiant pour {days} jours, au-delà de {limit} jours.",
      en: "Line {line}: narcotic for {days} days, beyond {limit} days.",
      hint: { fr: "Délivrez au plus 28 jours de traitement ; certaines spécialités sont limitées à 7 ou 14 jours.", en: "Deliver 28 days of treatment at most; some products are limited to 7 or 14 days." },
    },
  },
  check({ invoice, dateOfCare }) {
    const limit = dispensingLimits.rowsOn(dateOfCare).find((row) => row.kind === "narcotic")?.maximumDays ?? 28;
    const findings: Finding<"tooLong">[] = [];
    invoice.lines.forEach((line, index) => {
      const days = line.prescribedDaysOfTreatment ?? line.daysOfTreatment;
      if (!isNarcotic(line) || days === undefined || days <= limit) return;
      findings.push({ messageId: "tooLong", path: ["lines", index, line.prescribedDaysOfTreatment !== undefined ? "prescribedDaysOfTreatment" : "daysOfTreatment"], params: { line: index + 1, days, limit }, value: days, expected: `≤ ${limit}`, amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
