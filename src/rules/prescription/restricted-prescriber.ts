import { addMonths } from "../../engine/calendar.js";
import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { linesWithFacts } from "../support/referential.js";

/** The restricted prescriptions judged here, from the BDPM's conditions (CIS_CPD): PH, and PIH with its period. */
type Restriction = { readonly kind: "PH" } | { readonly kind: "PIH"; readonly months: number | undefined };

const PIH_PERIODS: Readonly<Record<string, number | undefined>> = {
  "prescription initiale hospitalière": undefined,
  "prescription initiale hospitalière annuelle": 12,
  "prescription initiale hospitalière semestrielle": 6,
  "prescription initiale hospitalière trimestrielle": 3,
};

function restrictionOf(conditions: readonly string[] | undefined): Restriction | undefined {
  for (const condition of conditions ?? []) {
    const text = condition.toLowerCase().trim();
    if (text === "prescription hospitalière") return { kind: "PH" };
    if (text in PIH_PERIODS) return { kind: "PIH", months: PIH_PERIODS[text] };
  }
  return undefined;
}

// Drugs of restricted prescription (CSP R5121-77 and following): a drug of hospital prescription (PH,
// R5121-84) is prescribed by a hospital practitioner only; one of initial hospital prescription (PIH,
// R5121-87) is prescribed first at the hospital, then renewed by any doctor within the period the
// marketing authorisation sets (a year, six or three months). Otherwise the prescription is not
// valid for the drug, and the AMO recovers the whole amount.
export default defineRule({
  id: "prescription/restricted-prescriber",
  title: { fr: "Prescription restreinte hors de ses conditions", en: "Restricted prescription outside its conditions" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: {
    label: "CSP R5121-77 à R5121-96 (médicaments soumis à prescription restreinte: prescription hospitalière R5121-84, prescription initiale hospitalière R5121-87); Base de données publique des médicaments (ANSM/HAS/UNCAM), CIS_CPD_bdpm.txt, conditions de prescription et de délivrance",
  },
  effective: { from: "2005-01-01" },
  confidence: "high",
  reads: ["prescription", "lines"],
  messages: {
    notHospital: {
      fr: "Ligne {line} : « {label} » est de prescription hospitalière, et le prescripteur n'exerce pas à l'hôpital.",
      en: "Line {line}: « {label} » is of hospital prescription, and the prescriber does not practise at a hospital.",
      hint: {
        fr: "Ce médicament ne se délivre que sur une ordonnance d'un prescripteur hospitalier (FINESS de l'établissement).",
        en: "This drug is dispensed only on the ordonnance of a hospital prescriber (the hospital's FINESS).",
      },
    },
    initialNotHospital: {
      fr: "Ligne {line} : « {label} » exige une prescription initiale hospitalière ; la prescription initiale n'est pas hospitalière.",
      en: "Line {line}: « {label} » needs an initial hospital prescription; the initial prescription is not a hospital one.",
      hint: {
        fr: "Demandez l'ordonnance initiale hospitalière : un renouvellement en ville n'est valable qu'avec elle.",
        en: "Ask for the initial hospital ordonnance: a renewal in town is valid only with it.",
      },
    },
    initialExpired: {
      fr: "Ligne {line} : « {label} » : prescription initiale hospitalière du {initial}, valable {months} mois, dépassée le {prescribed}.",
      en: "Line {line}: « {label} »: initial hospital prescription of {initial}, valid {months} months, exceeded on {prescribed}.",
      hint: {
        fr: "La prescription initiale doit être renouvelée à l'hôpital avant que la ville ne puisse à nouveau prescrire.",
        en: "The initial prescription must be renewed at the hospital before a town doctor may prescribe again.",
      },
    },
  },
  check({ invoice, dateOfCare, referential }) {
    const lines = linesWithFacts(invoice.lines, referential, dateOfCare);
    if ("notEvaluated" in lines) return lines;
    const prescription = invoice.prescription;
    const findings: Finding<"notHospital" | "initialNotHospital" | "initialExpired">[] = [];
    let undecided: string | undefined;
    for (const { index, line, facts } of lines) {
      const restriction = restrictionOf(facts.prescriptionConditions);
      if (restriction === undefined) continue;
      const hospital = prescription?.prescriber.hospital;
      if (prescription === undefined || hospital === undefined) {
        undecided ??= "hospital";
        continue;
      }
      if (hospital) continue;
      const params = { line: index + 1, label: facts.name ?? facts.label };
      if (restriction.kind === "PH") {
        findings.push({ messageId: "notHospital", path: ["lines", index], params, amountAtRisk: line.amounts.amo });
        continue;
      }
      const initial = prescription.initialPrescription;
      if (initial === undefined) {
        undecided ??= "initial";
        continue;
      }
      if (!initial.hospital) findings.push({ messageId: "initialNotHospital", path: ["prescription", "initialPrescription", "hospital"], params, amountAtRisk: line.amounts.amo });
      else if (restriction.months !== undefined && prescription.date > addMonths(initial.date, restriction.months)) {
        findings.push({
          messageId: "initialExpired",
          path: ["prescription", "initialPrescription", "date"],
          params: { ...params, initial: initial.date, months: restriction.months, prescribed: prescription.date },
          value: initial.date,
          amountAtRisk: line.amounts.amo,
        });
      }
    }
    if (findings.length > 0 || undecided === undefined) return findings;
    return undecided === "hospital"
      ? notEvaluated("médicament de prescription restreinte : prescripteur hospitalier ou non, non transmis", "drug of restricted prescription: whether the prescriber is a hospital one was not sent")
      : notEvaluated("médicament de prescription initiale hospitalière renouvelé en ville : prescription initiale non transmise", "drug of initial hospital prescription renewed in town: the initial prescription was not sent");
  },
});
