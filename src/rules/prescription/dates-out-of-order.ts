import { defineRule } from "../../engine/define-rule.js";
import { birthDateForAge } from "../../engine/calendar.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";

type MessageId = "prescribedAfterDispensing" | "dispensingInFuture" | "bornAfterPrescription";

export default defineRule({
  id: "prescription/dates-out-of-order",
  title: { fr: "Dates incohérentes", en: "Dates out of order" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: "CSP R5132-22 (délivrance sur présentation d'une ordonnance en cours de validité); GIE SESAM-Vitale, cohérence des dates de la FSE: prescription ≤ exécution ≤ facturation, pas de date d'exécution future" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "patient", "prescription"],
  messages: {
    prescribedAfterDispensing: {
      fr: "L'ordonnance du {prescribed} est postérieure à la délivrance du {dispensed}.",
      en: "The ordonnance of {prescribed} is later than the dispensing on {dispensed}.",
      hint: { fr: "Corrigez la date de prescription saisie.", en: "Correct the prescription date entered." },
    },
    dispensingInFuture: {
      fr: "La délivrance du {dispensed} est postérieure à la date d'évaluation {asOf}.",
      en: "The dispensing on {dispensed} is later than the evaluation date {asOf}.",
      hint: { fr: "Vérifiez la date de délivrance (date du poste de travail ?).", en: "Check the dispensing date (the workstation's clock?)." },
    },
    bornAfterPrescription: {
      fr: "Le patient est né ({birth}) après la date de l'ordonnance ({prescribed}).",
      en: "The patient was born ({birth}) after the date of the ordonnance ({prescribed}).",
      hint: { fr: "Vérifiez la date de naissance lue sur la carte et la date de l'ordonnance.", en: "Check the birth date read on the card and the date of the ordonnance." },
    },
  },
  check({ invoice, asOf }) {
    const findings: Finding<MessageId>[] = [];
    const dispensed = invoice.dispensingDate;
    if (dispensed > asOf) findings.push({ messageId: "dispensingInFuture", path: ["dispensingDate"], params: { dispensed, asOf }, value: dispensed, expected: `≤ ${asOf}` });
    const prescribed = invoice.prescription?.date;
    if (prescribed === undefined) return findings;
    if (prescribed > dispensed) findings.push({ messageId: "prescribedAfterDispensing", path: ["prescription", "date"], params: { prescribed, dispensed }, value: prescribed, expected: `≤ ${dispensed}` });
    const raw = invoice.patient.birthDate;
    // A lunar birth date only tells its year, so only the years can be compared.
    const bornAfter = birthDateForAge(raw) === raw ? raw > prescribed : raw.slice(0, 4) > prescribed.slice(0, 4);
    if (bornAfter) findings.push({ messageId: "bornAfterPrescription", path: ["patient", "birthDate"], params: { birth: raw, prescribed } });
    return findings;
  },
});
