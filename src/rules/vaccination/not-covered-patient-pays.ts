import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { money } from "../../engine/money.js";
import { fluVaccineCoverage } from "../../vaccination/flu-coverage.js";
import { isFluVaccine } from "../support/lines.js";
import { SEED_FLU } from "./flu.js";

export default defineRule({
  id: "vaccination/not-covered-patient-pays",
  title: { fr: "Vaccin antigrippal non pris en charge facturé à l'AMO", en: "Uncovered flu vaccine billed to the AMO" },
  severity: "error",
  payer: "patient",
  consequence: "patient-pays",
  source: { label: `${SEED_FLU}: « si le patient n'a pas de bon de prise en charge ou n'entre pas dans les critères de délivrance en prévention, il doit payer le vaccin »; facts §7.2` },
  effective: { from: "2008-09-01" },
  confidence: "high",
  reads: ["patient", "vaccination", "lines"],
  appliesTo: (invoice) => invoice.lines.some(isFluVaccine) && (invoice.vaccination === undefined || invoice.vaccination.voucher === "none"),
  messages: {
    patientPays: {
      fr: "Ligne {line} : ni bon de prise en charge ni critère de prise en charge, mais le vaccin est facturé {amount} € à l'AMO.",
      en: "Line {line}: neither a bon nor a coverage criterion, yet the vaccine is billed {amount} € to the AMO.",
      hint: {
        fr: "Le patient règle le vaccin ; s'il fait partie d'un groupe cible, imprimez-lui un bon (femmes enceintes, obésité).",
        en: "The patient pays for the vaccine; if they belong to a target group, print them a bon (pregnancy, obesity).",
      },
    },
  },
  check({ invoice, dateOfCare }) {
    if (fluVaccineCoverage(invoice.patient, dateOfCare).covered) return [];
    const findings: Finding<"patientPays">[] = [];
    invoice.lines.forEach((line, index) => {
      if (isFluVaccine(line) && money(line.amounts.amo).greaterThan(0)) {
        findings.push({ messageId: "patientPays", path: ["lines", index, "amounts", "amo"], params: { line: index + 1, amount: line.amounts.amo }, value: line.amounts.amo, expected: "0.00", amountAtRisk: line.amounts.amo });
      }
    });
    return findings;
  },
});
