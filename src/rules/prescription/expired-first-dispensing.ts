import { defineRule } from "../../engine/define-rule.js";
import { addMonths } from "../../engine/calendar.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";

export default defineRule({
  id: "prescription/expired-first-dispensing",
  title: { fr: "Ordonnance périmée à la première délivrance", en: "Prescription expired at first dispensing" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: { label: "CSP R5132-22: première délivrance d'un médicament des listes I et II dans les 3 mois de l'ordonnance" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription", "lines"],
  appliesTo: (invoice) => invoice.prescription !== undefined && (invoice.prescription.renewal?.deliveryIndex ?? 0) === 0,
  messages: {
    expired: {
      fr: "Ligne {line} : première délivrance le {dispensed} d'une ordonnance du {prescribed}, au-delà de 3 mois ({limit}).",
      en: "Line {line}: first dispensing on {dispensed} of an ordonnance of {prescribed}, beyond 3 months ({limit}).",
      hint: { fr: "Le patient doit faire renouveler son ordonnance.", en: "The patient must have the ordonnance renewed." },
    },
  },
  check({ invoice, dateOfCare }) {
    const prescription = invoice.prescription!;
    const limit = addMonths(prescription.date, 3);
    if (dateOfCare <= limit) return [];
    // An old ordonnance without its delivery index may well be on a later delivery: not a first one.
    if (prescription.renewal === undefined) return notEvaluated("rang de la délivrance (renewal.deliveryIndex) non transmis", "delivery index (renewal.deliveryIndex) not sent");
    const findings: Finding<"expired">[] = [];
    let unknownList = false;
    invoice.lines.forEach((line, index) => {
      if (line.productKind !== "drug") return;
      if (line.list === undefined) unknownList = true;
      // Stupéfiants have their own, shorter, delays (prescription/narcotic-presented-late).
      if (line.list !== "I" && line.list !== "II") return;
      findings.push({ messageId: "expired", path: ["lines", index], params: { line: index + 1, dispensed: dateOfCare, prescribed: prescription.date, limit }, amountAtRisk: line.amounts.amo });
    });
    if (findings.length === 0 && unknownList) return notEvaluated("liste (I, II) des médicaments non transmise", "list (I, II) of the drugs not sent");
    return findings;
  },
});
