import type { PrescriptionRestriction } from "../../engine/types.js";

/**
 * The restricted prescriptions of a drug (CSP R5121-77 and following), read from its conditions of
 * prescription and dispensing as the BDPM publishes them (CIS_CPD, one condition per row):
 * - PH, prescription hospitalière (R5121-84);
 * - PIH, prescription initiale hospitalière (R5121-87), with its period when one is written;
 * - PRS, prescription réservée à certains spécialistes (R5121-90), the specialties named one per row
 *   (« prescription réservée aux spécialistes et services NEUROLOGIE »);
 * - PSE, « prescription initiale réservée à certains spécialistes » (R5121-91), with its period: the
 *   initial prescription is reserved to the specialties named, renewals are free unless a row reserves
 *   them too (« renouvellement de la prescription réservé aux spécialistes en … »).
 * A row that reserves the drug to a qualification an invoice cannot show (« médecins compétents en
 * CANCEROLOGIE », a capacity, a centre, an authorisation) is `otherQualification`.
 */
export type Restriction = PrescriptionRestriction;

const PERIODS: Readonly<Record<string, number | undefined>> = { "": undefined, " annuelle": 12, " semestrielle": 6, " trimestrielle": 3 };
const PIH = /^prescription initiale hospitali[eè]re( annuelle| semestrielle| trimestrielle)?$/;
const PSE = /^prescription initiale( annuelle| semestrielle| trimestrielle)? r[eé]serv[eé]e [aà] certains sp[eé]cialistes$/;
// « spécialistes autorisés RADIOPHARMACEUTIQUES » is an authorisation, not a specialty: left to OTHER_QUALIFICATION.
const SPECIALTY = /^prescription r[eé]serv[eé]e aux sp[eé]cialistes(?: et services| en)? (?!autoris)(.+)$/;
const RENEWAL_SPECIALTY = /^renouvellement de la prescription r[eé]serv[eé] aux sp[eé]cialistes en (.+)$/;
const OTHER_QUALIFICATION = /^(?:prescription|renouvellement de la prescription) r[eé]serv[eé]e? aux /;

/** Upper case without accents: how the BDPM's specialty names and `prescriber.specialty` are compared. */
export const specialtyKey = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/\s+/g, " ")
    .trim();

// A referential hands out the same conditions array for every presentation of a specialty and every
// check: read once each.
const read = new WeakMap<readonly string[], Restriction | null>();

/** The restriction a drug's conditions set, or undefined when they set none judged here. */
export function restrictionOf(conditions: readonly string[] | undefined): Restriction | undefined {
  if (conditions === undefined) return undefined;
  let restriction = read.get(conditions);
  if (restriction === undefined) {
    restriction = parse(conditions) ?? null;
    read.set(conditions, restriction);
  }
  return restriction ?? undefined;
}

function parse(conditions: readonly string[]): Restriction | undefined {
  const specialties = new Set<string>();
  const renewalSpecialties = new Set<string>();
  let pse: { months: number | undefined } | undefined;
  let otherQualification = false;
  for (const condition of conditions) {
    const text = condition.replace(/\s+/g, " ").trim();
    const lower = text.toLowerCase();
    if (lower === "prescription hospitalière" || lower === "prescription hospitaliere") return { kind: "PH" };
    const pih = PIH.exec(lower);
    if (pih) return { kind: "PIH", months: PERIODS[pih[1] ?? ""] };
    const initial = PSE.exec(lower);
    if (initial) {
      pse = { months: PERIODS[initial[1] ?? ""] };
      continue;
    }
    // The names are matched on the original text: the BDPM writes them in capitals after the wording.
    const specialty = SPECIALTY.exec(text);
    if (specialty) {
      specialties.add(specialtyKey(specialty[1]!));
      continue;
    }
    const renewal = RENEWAL_SPECIALTY.exec(text);
    if (renewal) {
      renewalSpecialties.add(specialtyKey(renewal[1]!));
      continue;
    }
    if (OTHER_QUALIFICATION.test(lower)) otherQualification = true;
  }
  if (specialties.size === 0) return undefined;
  return pse === undefined
    ? { kind: "PRS", specialties: [...specialties], renewalSpecialties: [], months: undefined, otherQualification }
    : { kind: "PSE", specialties: [...specialties], renewalSpecialties: [...renewalSpecialties], months: pse.months, otherQualification };
}
