import { defineRule } from "../../engine/define-rule.js";
import { addMonths } from "../../engine/calendar.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { isNarcotic } from "./listed.js";

type MessageId = "expired" | "supplementaryExpired" | "supplementaryNarcotic" | "supplementaryOverOneMonth";

/** The dispensation supplémentaire exceptionnelle (CSP R5123-2-1, décret n° 2024-1070) exists from this day. */
export const SUPPLEMENTARY_DISPENSING_SINCE = "2024-11-29";

export default defineRule({
  id: "prescription/beyond-twelve-months",
  title: { fr: "Délivrance plus de 12 mois après l'ordonnance", en: "Dispensing more than 12 months after the prescription" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: {
    label: "CSP R5132-21 (durée maximale de prescription de 12 mois), R5123-2 (renouvellements dans la limite de 12 mois); R5123-2-1 (dispensation supplémentaire exceptionnelle, décret n° 2024-1070 du 26 novembre 2024)",
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription", "lines"],
  appliesTo: (invoice) => invoice.prescription !== undefined,
  messages: {
    expired: {
      fr: "Ligne {line} : délivrance le {dispensed}, plus de 12 mois après l'ordonnance du {prescribed}.",
      en: "Line {line}: dispensing on {dispensed}, more than 12 months after the ordonnance of {prescribed}.",
      hint: {
        fr: "Une nouvelle ordonnance est nécessaire ; pour un traitement chronique, une dispensation supplémentaire exceptionnelle d'un mois est possible (R5123-2-1).",
        en: "A new ordonnance is needed; for a chronic treatment, an exceptional supplementary dispensing of one month is possible (R5123-2-1).",
      },
    },
    supplementaryExpired: {
      fr: "Ligne {line} : dispensation supplémentaire le {dispensed}, au-delà des 3 mois qui suivent les 12 mois de l'ordonnance du {prescribed}.",
      en: "Line {line}: supplementary dispensing on {dispensed}, beyond the 3 months that follow the 12 months of the ordonnance of {prescribed}.",
      hint: { fr: "La dispensation supplémentaire couvre 3 mois au plus : une nouvelle ordonnance est nécessaire.", en: "The supplementary dispensing covers 3 months at most: a new ordonnance is needed." },
    },
    supplementaryNarcotic: {
      fr: "Ligne {line} : un stupéfiant ne peut pas faire l'objet d'une dispensation supplémentaire exceptionnelle.",
      en: "Line {line}: a narcotic cannot be dispensed under the exceptional supplementary dispensing.",
      hint: { fr: "Une nouvelle ordonnance sécurisée est nécessaire.", en: "A new secure ordonnance is needed." },
    },
    supplementaryOverOneMonth: {
      fr: "Ligne {line} : dispensation supplémentaire de {days} jours ; elle se fait par boîtes d'un mois.",
      en: "Line {line}: supplementary dispensing of {days} days; it is made one month's box at a time.",
      hint: { fr: "Délivrez un mois de traitement à la fois.", en: "Deliver one month of treatment at a time." },
    },
  },
  check({ invoice, dateOfCare }) {
    const prescribed = invoice.prescription!.date;
    if (dateOfCare <= addMonths(prescribed, 12)) return [];
    const supplementary = invoice.prescription!.supplementaryDispensing === true && dateOfCare >= SUPPLEMENTARY_DISPENSING_SINCE;
    const findings: Finding<MessageId>[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.productKind !== "drug") return;
      const path = ["lines", index];
      const params = { line: index + 1, dispensed: dateOfCare, prescribed };
      // Beyond twelve months only the supplementary dispensing of a chronic treatment is legal: up to
      // three more months, one month at a time, never for a stupéfiant.
      if (!supplementary) findings.push({ messageId: "expired", path, params, amountAtRisk: line.amounts.amo });
      else if (isNarcotic(line)) findings.push({ messageId: "supplementaryNarcotic", path, params, amountAtRisk: line.amounts.amo });
      else if (dateOfCare > addMonths(prescribed, 15)) findings.push({ messageId: "supplementaryExpired", path, params, amountAtRisk: line.amounts.amo });
      else if (line.daysOfTreatment !== undefined && line.daysOfTreatment > 31) {
        findings.push({ messageId: "supplementaryOverOneMonth", path: [...path, "daysOfTreatment"], params: { ...params, days: line.daysOfTreatment }, value: line.daysOfTreatment, expected: "≤ 31" });
      }
    });
    return findings;
  },
});
