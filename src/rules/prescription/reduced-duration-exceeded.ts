import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { reducedDurationOf } from "../../reference/reduced-durations.js";

// Hypnotics and anxiolytics of liste I may be prescribed for 4 and 12 weeks at most (CSP R5132-21
// and the arrêté of 7 October 1991 that lists them; triazolam and flunitrazépam 2 weeks since
// 2001): a longer treatment delivered is not covered by a valid prescription, and is recovered.
export default defineRule({
  id: "prescription/reduced-duration-exceeded",
  title: { fr: "Hypnotique ou anxiolytique au-delà de sa durée de prescription", en: "Hypnotic or anxiolytic beyond its prescription duration" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: {
    label: "CSP R5132-21; arrêté du 7 octobre 1991 fixant la liste des substances à propriétés hypnotique et/ou anxiolytique dont la durée de prescription est réduite (4 semaines, 12 semaines), modifié par l'arrêté du 1er février 2001 (2 semaines)",
    url: "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000872445",
  },
  effective: { from: "1991-11-22" },
  confidence: "high",
  reads: ["lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => line.atc !== undefined),
  messages: {
    tooLong: {
      fr: "Ligne {line} : {substance} ({kind}) pour {days} jours, au-delà des {limit} jours permis.",
      en: "Line {line}: {substance} ({kind}) for {days} days, beyond the {limit} days allowed.",
      hint: {
        fr: "Délivrez au plus la durée permise ({limit} jours) ; au-delà, il faut une nouvelle ordonnance.",
        en: "Dispense at most the duration allowed ({limit} days); beyond, a new ordonnance is needed.",
      },
    },
  },
  check({ invoice, dateOfCare }) {
    const findings: Finding<"tooLong">[] = [];
    invoice.lines.forEach((line, index) => {
      const row = reducedDurationOf(line.atc, dateOfCare);
      const days = line.prescribedDaysOfTreatment ?? line.daysOfTreatment;
      if (row === undefined || days === undefined || days <= row.maximumDays) return;
      const field = line.prescribedDaysOfTreatment !== undefined ? "prescribedDaysOfTreatment" : "daysOfTreatment";
      findings.push({
        messageId: "tooLong",
        path: ["lines", index, field],
        params: { line: index + 1, substance: row.substance, kind: row.kind === "hypnotic" ? { fr: "hypnotique", en: "hypnotic" } : { fr: "anxiolytique", en: "anxiolytic" }, days, limit: row.maximumDays },
        value: days,
        expected: `≤ ${row.maximumDays}`,
        amountAtRisk: line.amounts.amo,
      });
    });
    return findings;
  },
});
