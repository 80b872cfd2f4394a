import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { SUPPLEMENTARY_DISPENSING_SINCE } from "./beyond-twelve-months.js";

/** Deliveries after the first that a duration allows: « 1 par jour pendant 3 mois » is three monthly deliveries. */
export const renewalsByDuration = (prescribedDays: number): number => Math.max(0, Math.ceil(prescribedDays / 30) - 1);

export default defineRule({
  id: "prescription/renewal-not-authorized",
  title: { fr: "Renouvellement de liste I non autorisé", en: "Liste I renewal not authorised" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: {
    label: "CSP R5132-22: un médicament de la liste I n'est délivré à nouveau que sur « indication écrite du prescripteur précisant le nombre de renouvellements ou la durée du traitement »",
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription", "lines"],
  appliesTo: (invoice) => (invoice.prescription?.renewal?.deliveryIndex ?? 0) > 0,
  messages: {
    notAuthorized: {
      fr: "Ligne {line} : délivrance n° {delivery} d'un médicament de liste I, l'ordonnance en permet {allowed} (renouvellements écrits ou durée du traitement).",
      en: "Line {line}: delivery no. {delivery} of a liste I drug, the ordonnance allows {allowed} (renewals written or treatment duration).",
      hint: {
        fr: "Sans mention « à renouveler » ni durée de traitement qui la couvre, une nouvelle ordonnance est nécessaire.",
        en: "Without a « à renouveler » mention or a treatment duration that covers it, a new ordonnance is needed.",
      },
    },
  },
  check({ invoice, dateOfCare }) {
    const prescription = invoice.prescription!;
    const renewal = prescription.renewal!;
    // The dispensation supplémentaire exceptionnelle (R5123-2-1) is a delivery the ordonnance no longer covers, legally.
    if (prescription.supplementaryDispensing === true && dateOfCare >= SUPPLEMENTARY_DISPENSING_SINCE) return [];
    const findings: Finding<"notAuthorized">[] = [];
    let unknown = false;
    invoice.lines.forEach((line, index) => {
      if (line.productKind === "drug" && line.list === undefined) unknown = true;
      if (line.list !== "I") return;
      const byDuration = line.prescribedDaysOfTreatment === undefined ? undefined : renewalsByDuration(line.prescribedDaysOfTreatment);
      const allowed = Math.max(renewal.authorized ?? 0, byDuration ?? 0);
      if (renewal.deliveryIndex <= allowed) return;
      // Beyond what is known, a count or a duration not sent may still allow the delivery.
      if (renewal.authorized === undefined || byDuration === undefined) {
        unknown = true;
        return;
      }
      findings.push({
        messageId: "notAuthorized",
        path: ["lines", index],
        params: { line: index + 1, delivery: renewal.deliveryIndex + 1, allowed: allowed + 1 },
        amountAtRisk: line.amounts.amo,
      });
    });
    if (findings.length === 0 && unknown) {
      return notEvaluated("liste du médicament, renouvellements écrits ou durée de traitement prescrite non transmis", "the drug's list, the renewals written or the prescribed treatment days were not sent");
    }
    return findings;
  },
});
