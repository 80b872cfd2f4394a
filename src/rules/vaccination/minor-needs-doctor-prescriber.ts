import { defineRule } from "../../engine/define-rule.js";
import { ageOn } from "../../engine/calendar.js";
import type { Prescriber } from "../../model/invoice.js";
import { minorPrescriptionAges } from "../../reference/vaccination-ages.js";
import { isFluVaccine } from "../support/lines.js";
import { BACKOFFICE_FLU } from "../support/sources.js";

const filled = (value: string | undefined): boolean => value !== undefined && value.trim() !== "";

// A doctor or sage-femme identified by n° AM or RPPS; whether that number is well formed is
// prescriber/am-number-invalid's and prescriber/rpps-invalid's business, not this rule's.
const doctorIdentified = (prescriber: Prescriber | undefined): boolean =>
  prescriber !== undefined && (prescriber.kind === "doctor" || prescriber.kind === "midwife") && (filled(prescriber.amNumber) || filled(prescriber.rpps));

export default defineRule({
  id: "vaccination/minor-needs-doctor-prescriber",
  title: { fr: "Vaccin antigrippal d'un mineur sans prescription médicale", en: "Minor's flu vaccine without a doctor's prescription" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: `${BACKOFFICE_FLU}: « pour les mineurs, il faut forcément renseigner le Finess du médecin » (en pratique son n° AM ou RPPS); arrêté du 21 avril 2022 (16 ans et plus); décret n° 2023-736 et arrêtés du 8 août 2023 (11 ans et plus)`,
    url: "https://www.ameli.fr/pharmacien/sante-prevention/vaccination/vaccination-par-pharmacien-officine",
  },
  effective: { from: "2008-09-01" },
  confidence: "high",
  reads: ["patient", "prescription", "lines"],
  appliesTo: (invoice) => invoice.lines.some(isFluVaccine),
  messages: {
    needsDoctor: {
      fr: "Patient de {age} ans : avant {minimum} ans, le vaccin antigrippal exige la prescription d'un médecin ou d'une sage-femme identifié (n° AM ou RPPS).",
      en: "Patient aged {age}: under {minimum}, the flu vaccine requires a prescription from an identified doctor or sage-femme (n° AM or RPPS).",
      hint: {
        fr: "Renseignez le médecin prescripteur du bon (son n° AM ou RPPS, pas un FINESS) ; sans prescription, orientez vers le médecin.",
        en: "Enter the doctor who prescribed on the bon (n° AM or RPPS, not a FINESS); without a prescription, refer to a doctor.",
      },
    },
  },
  check({ invoice, dateOfCare }) {
    const row = minorPrescriptionAges.rowsOn(dateOfCare)[0];
    const age = ageOn(invoice.patient.birthDate, dateOfCare);
    if (!row || age === undefined || age >= row.minimumAgeWithoutDoctor) return [];
    // Absence is the fault here: under the age, the invoice must name the doctor who prescribed.
    if (doctorIdentified(invoice.prescription?.prescriber)) return [];
    const index = invoice.lines.findIndex(isFluVaccine);
    return [
      {
        messageId: "needsDoctor",
        path: invoice.prescription ? ["prescription", "prescriber"] : ["prescription"],
        params: { age, minimum: row.minimumAgeWithoutDoctor },
        amountAtRisk: invoice.lines[index]!.amounts.amo,
      },
    ];
  },
});
