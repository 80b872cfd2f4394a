import { addMonths } from "../../engine/calendar.js";
import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { restrictionOf, type Restriction } from "../support/prescription-conditions.js";
import { linesWithFacts } from "../support/referential.js";
import { specialties, type Specialty } from "../../model/codes.js";
import type { Prescription } from "../../model/invoice.js";

type MessageId = "notHospital" | "initialNotHospital" | "initialExpired" | "notSpecialist" | "initialNotSpecialist" | "initialSpecialistExpired";
/** Why a restricted line could not be judged: the first reason met is the one told. */
type Undecided = "hospital" | "initial" | "specialty" | "qualification";
type Verdict = { readonly finding: Omit<Finding<MessageId>, "amountAtRisk"> } | { readonly undecided: Undecided } | undefined;

const named = (keys: readonly string[]): string =>
  keys.map((key) => (key in specialties ? specialties[key as Specialty] : key.toLowerCase())).join(", ");

/** PH and PIH: who wrote the prescription, and for a renewal in town, the initial hospital prescription and its period. */
function judgeHospital(restriction: Extract<Restriction, { kind: "PH" | "PIH" }>, prescription: Prescription | undefined, index: number, params: Record<string, string | number>): Verdict {
  const hospital = prescription?.prescriber.hospital;
  if (prescription === undefined || hospital === undefined) return { undecided: "hospital" };
  if (hospital) return undefined;
  if (restriction.kind === "PH") return { finding: { messageId: "notHospital", path: ["lines", index], params } };
  const initial = prescription.initialPrescription;
  if (initial?.hospital === undefined) return { undecided: "initial" };
  if (!initial.hospital) return { finding: { messageId: "initialNotHospital", path: ["prescription", "initialPrescription", "hospital"], params } };
  return pastItsPeriod("initialExpired", restriction.months, initial.date, prescription.date, params);
}

/**
 * PRS and PSE (R5121-90, R5121-91): the prescription, or only the initial one, is reserved to the
 * specialties named. A hospital prescriber may practise in one of the services named, which the
 * invoice does not say: only a town prescriber is judged.
 */
function judgeSpecialist(restriction: Extract<Restriction, { kind: "PRS" | "PSE" }>, prescription: Prescription | undefined, params: Record<string, string | number>): Verdict {
  const prescriber = prescription?.prescriber;
  const specialty = prescriber?.specialty;
  if (specialty !== undefined && (restriction.specialties.includes(specialty) || restriction.renewalSpecialties.includes(specialty))) return undefined;
  if (prescriber?.hospital === true) return undefined;
  if (prescription === undefined || specialty === undefined || prescriber!.hospital === undefined) return { undecided: "specialty" };
  // A competence, a capacity or a centre the invoice cannot show may qualify this prescriber.
  if (restriction.otherQualification) return { undecided: "qualification" };
  const withNames = { ...params, specialties: named(restriction.specialties), specialty: specialties[specialty] };
  // Every prescription is reserved (PRS), or renewals are reserved too.
  if (restriction.kind === "PRS" || restriction.renewalSpecialties.length > 0) {
    return { finding: { messageId: "notSpecialist", path: ["prescription", "prescriber", "specialty"], params: withNames, value: specialty } };
  }
  // Only the initial prescription is reserved: this one is a renewal, valid with an initial one from a specialist named.
  const initial = prescription.initialPrescription;
  if (initial === undefined) return { undecided: "initial" };
  if (initial.hospital !== true) {
    if (initial.specialty === undefined) return { undecided: "initial" };
    if (!restriction.specialties.includes(initial.specialty)) {
      return {
        finding: {
          messageId: "initialNotSpecialist",
          path: ["prescription", "initialPrescription", "specialty"],
          params: { ...withNames, specialty: specialties[initial.specialty] },
          value: initial.specialty,
        },
      };
    }
  }
  return pastItsPeriod("initialSpecialistExpired", restriction.months, initial.date, prescription.date, params);
}

/** An initial prescription past its period (a year, six or three months) on the prescription's date; none without a period. */
function pastItsPeriod(
  messageId: "initialExpired" | "initialSpecialistExpired",
  months: number | undefined,
  initial: string,
  prescribed: string,
  params: Record<string, string | number>,
): Verdict {
  if (months === undefined || prescribed <= addMonths(initial, months)) return undefined;
  return { finding: { messageId, path: ["prescription", "initialPrescription", "date"], params: { ...params, initial, months, prescribed }, value: initial } };
}

const UNDECIDED: Readonly<Record<Undecided, readonly [string, string]>> = {
  hospital: ["médicament de prescription restreinte : prescripteur hospitalier ou non, non transmis", "drug of restricted prescription: whether the prescriber is a hospital one was not sent"],
  initial: [
    "médicament à prescription initiale restreinte renouvelé par un autre médecin : prescription initiale (date, hôpital, spécialité) non transmise",
    "drug of restricted initial prescription renewed by another doctor: the initial prescription (date, hospital, specialty) was not sent",
  ],
  specialty: [
    "médicament réservé à certains spécialistes : spécialité du prescripteur ou exercice hospitalier non transmis",
    "drug reserved to some specialists: the prescriber's specialty or whether he practises at a hospital was not sent",
  ],
  qualification: [
    "médicament réservé à certains spécialistes ou à une compétence, une capacité ou un centre que la facture ne montre pas",
    "drug reserved to some specialists or to a competence, capacity or centre the invoice does not show",
  ],
};

// Drugs of restricted prescription (CSP R5121-77 and following): a drug of hospital prescription (PH,
// R5121-84) is prescribed by a hospital practitioner only; one of initial hospital prescription (PIH,
// R5121-87) is prescribed first at the hospital, then renewed by any doctor within the period the
// marketing authorisation sets (a year, six or three months); one reserved to some specialists
// (R5121-90, R5121-91) is prescribed by them only, or only first by them and then renewed by any
// doctor. Otherwise the prescription is not valid for the drug, and the AMO recovers the whole amount.
export default defineRule({
  id: "prescription/restricted-prescriber",
  title: { fr: "Prescription restreinte hors de ses conditions", en: "Restricted prescription outside its conditions" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: {
    label: "CSP R5121-77 à R5121-96 (médicaments soumis à prescription restreinte: prescription hospitalière R5121-84, prescription initiale hospitalière R5121-87, prescription réservée à certains médecins spécialistes ou sa seule prescription initiale R5121-90 et R5121-91); Base de données publique des médicaments (ANSM/HAS/UNCAM), CIS_CPD_bdpm.txt, conditions de prescription et de délivrance",
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
    notSpecialist: {
      fr: "Ligne {line} : « {label} » est réservé aux spécialistes ({specialties}) ; le prescripteur est en {specialty}.",
      en: "Line {line}: « {label} » is reserved to specialists ({specialties}); the prescriber is in {specialty}.",
      hint: {
        fr: "Seul un médecin de l'une de ces spécialités peut le prescrire : demandez son ordonnance.",
        en: "Only a doctor of one of these specialties may prescribe it: ask for his ordonnance.",
      },
    },
    initialNotSpecialist: {
      fr: "Ligne {line} : « {label} » exige une prescription initiale d'un spécialiste ({specialties}) ; la prescription initiale est en {specialty}.",
      en: "Line {line}: « {label} » needs an initial prescription by a specialist ({specialties}); the initial prescription is in {specialty}.",
      hint: {
        fr: "Le renouvellement par un autre médecin n'est valable qu'avec une prescription initiale d'une de ces spécialités.",
        en: "A renewal by another doctor is valid only with an initial prescription from one of these specialties.",
      },
    },
    initialSpecialistExpired: {
      fr: "Ligne {line} : « {label} » : prescription initiale du spécialiste du {initial}, valable {months} mois, dépassée le {prescribed}.",
      en: "Line {line}: « {label} »: the specialist's initial prescription of {initial}, valid {months} months, exceeded on {prescribed}.",
      hint: {
        fr: "Le patient doit revoir le spécialiste pour une nouvelle prescription initiale.",
        en: "The patient must see the specialist again for a new initial prescription.",
      },
    },
  },
  check({ invoice, dateOfCare, referential }) {
    const lines = linesWithFacts(invoice.lines, referential, dateOfCare);
    if ("notEvaluated" in lines) return lines;
    const findings: Finding<MessageId>[] = [];
    let undecided: Undecided | undefined;
    for (const { index, line, facts } of lines) {
      const restriction = restrictionOf(facts.prescriptionConditions);
      if (restriction === undefined) continue;
      const params = { line: index + 1, label: facts.name ?? facts.label };
      const verdict =
        restriction.kind === "PH" || restriction.kind === "PIH"
          ? judgeHospital(restriction, invoice.prescription, index, params)
          : judgeSpecialist(restriction, invoice.prescription, params);
      if (verdict === undefined) continue;
      if ("undecided" in verdict) undecided ??= verdict.undecided;
      else findings.push({ ...verdict.finding, amountAtRisk: line.amounts.amo });
    }
    if (findings.length > 0 || undecided === undefined) return findings;
    const [fr, en] = UNDECIDED[undecided];
    return notEvaluated(fr, en);
  },
});
