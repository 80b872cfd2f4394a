import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { centsOf } from "../../engine/cents.js";
import { fluVaccineCoverage } from "../../vaccination/flu-coverage.js";
import { isFluVaccine } from "../support/lines.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { BACKOFFICE_FLU } from "../support/sources.js";

type MessageId = "patientPays" | "eligibleWithoutBon";

export default defineRule({
  id: "vaccination/not-covered-patient-pays",
  title: { fr: "Vaccin antigrippal sans bon facturé à l'AMO", en: "Flu vaccine without a bon billed to the AMO" },
  severity: "error",
  payer: "patient",
  consequence: "patient-pays",
  source: {
    label: `${BACKOFFICE_FLU}: « si le patient n'a pas de bon de prise en charge ou n'entre pas dans les critères de délivrance en prévention, il doit payer le vaccin »`,
    url: "https://www.lagestiondutierspayant.fr/",
  },
  effective: { from: "2008-09-01" },
  confidence: "high",
  reads: ["patient", "vaccination", "lines"],
  appliesTo: (invoice) => invoice.lines.some(isFluVaccine),
  messages: {
    patientPays: {
      fr: "Ligne {line} : pas de bon de prise en charge, mais le vaccin est facturé {amount} € à l'AMO.",
      en: "Line {line}: no bon de prise en charge, yet the vaccine is billed {amount} € to the AMO.",
      hint: {
        fr: "Sans bon, le patient règle le vaccin ; s'il fait partie d'un groupe cible, imprimez-lui un bon (femmes enceintes, obésité).",
        en: "Without a bon, the patient pays for the vaccine; if they belong to a target group, print them a bon (pregnancy, obesity).",
      },
    },
    eligibleWithoutBon: {
      fr: "Ligne {line} : patient d'un groupe cible sans bon de prise en charge, vaccin facturé {amount} € à l'AMO.",
      en: "Line {line}: patient of a target group without a bon de prise en charge, vaccine billed {amount} € to the AMO.",
      hint: {
        fr: "Éditez ou demandez le bon de prise en charge et joignez-le : sans lui, la caisse peut refuser le vaccin.",
        en: "Print or ask for the bon de prise en charge and attach it: without it the caisse may refuse the vaccine.",
      },
    },
  },
  check({ invoice, dateOfCare }) {
    const vaccination = invoice.vaccination;
    if (vaccination === undefined) return notEvaluated("bon de prise en charge (contexte de vaccination) non transmis", "bon de prise en charge (vaccination context) not sent");
    if (vaccination.voucher !== "none" || vaccination.stateStock === true) return [];
    // Without a bon the patient pays (the bon is the prescription and the proof of coverage); a patient
    // the known facts put in a target group may still get one printed, hence a warning for them.
    const eligible = fluVaccineCoverage(invoice.patient, dateOfCare).covered;
    const findings: Finding<MessageId>[] = [];
    invoice.lines.forEach((line, index) => {
      if (!isFluVaccine(line) || centsOf(line.amounts.amo) === 0n) return;
      findings.push({
        messageId: eligible ? "eligibleWithoutBon" : "patientPays",
        path: ["lines", index, "amounts", "amo"],
        params: { line: index + 1, amount: line.amounts.amo },
        value: line.amounts.amo,
        expected: "0.00",
        amountAtRisk: line.amounts.amo,
        ...(eligible && { severity: "warning" as const }),
      });
    });
    return findings;
  },
});
