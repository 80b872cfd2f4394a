import { defineRule } from "../../engine/define-rule.js";
import { ageOn } from "../../engine/calendar.js";
import { isFluVaccine } from "../support/lines.js";
import { pharmacistPrescribes } from "./flu.js";

export default defineRule({
  id: "vaccination/pharmacist-prescriber-under-11",
  title: { fr: "Vaccin prescrit par le pharmacien à un enfant de moins de 11 ans", en: "Pharmacist-prescribed vaccine for a child under 11" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: {
    label: "Décret n° 2023-736 et arrêtés du 8 août 2023; ameli pharmacien, « Vaccination par le pharmacien d'officine » (09/01/2024): prescripteur dédié 291990869, patients de 11 ans et plus",
    url: "https://www.ameli.fr/pharmacien/sante-prevention/vaccination/vaccination-par-pharmacien-officine",
  },
  effective: { from: "2023-08-09" },
  confidence: "high",
  reads: ["patient", "prescription", "lines"],
  appliesTo: (invoice) =>
    // Flu vaccines have their own dated age rule (vaccination/minor-needs-doctor-prescriber).
    invoice.prescription !== undefined && pharmacistPrescribes(invoice.prescription) && invoice.lines.some((line) => line.vaccine !== undefined && !isFluVaccine(line)),
  messages: {
    underEleven: {
      fr: "Patient de {age} ans : le pharmacien ne peut prescrire un vaccin qu'à partir de 11 ans.",
      en: "Patient aged {age}: the pharmacist may prescribe a vaccine only from age 11.",
      hint: { fr: "Une prescription d'un médecin ou d'une sage-femme est nécessaire avant 11 ans.", en: "A doctor's or sage-femme's prescription is needed under 11." },
    },
  },
  check({ invoice, dateOfCare }) {
    const age = ageOn(invoice.patient.birthDate, dateOfCare);
    if (age === undefined || age >= 11) return [];
    return [{ messageId: "underEleven", path: ["prescription", "prescriber"], params: { age } }];
  },
});
