// The ten-rule subset as a vendor would write it by hand: one function, plain `if`s, no engine.
// It trusts the invoice's shape (no validation), which the library does not: that is part of what
// the comparison measures.
import { addMonths, ageOn, cents, filled, isValidCip13, isValidNir, isValidRpps, isWithin, minorAgeWithoutDoctor, PREPARATIONS } from "./plain-checks.js";
import { verdictOf, type BenchInvoice, type Verdict } from "./rules.js";

export function handWrittenVerdict(invoice: BenchInvoice): Verdict {
  const fired: string[] = [];
  const notEvaluated: string[] = [];
  const date = invoice.dispensingDate;
  const { patient, prescription, lines } = invoice;

  if (!isValidNir(patient.insuredNir) || (patient.beneficiaryNir !== undefined && !isValidNir(patient.beneficiaryNir))) {
    fired.push("identity/nir-invalid");
  }
  const rpps = prescription?.prescriber.rpps;
  if (rpps !== undefined && !isValidRpps(rpps)) fired.push("prescriber/rpps-invalid");

  let cipInvalid = false;
  let listedIorII = false;
  let narcotic = false;
  let narcoticTooLong = false;
  let fluVaccine = false;
  let totalMismatch = false;
  let listUnknown = false;
  for (const line of lines) {
    if (line.productKind === "drug" && !PREPARATIONS.has(line.prestationCode) && (line.productCode === undefined || line.productCode.trim() === "" || !isValidCip13(line.productCode))) {
      cipInvalid = true;
    }
    if (line.list === "I" || line.list === "II") listedIorII = true;
    if (line.productKind === "drug" && line.list === undefined) listUnknown = true;
    if (line.list === "stupefiant") {
      narcotic = true;
      const days = line.prescribedDaysOfTreatment ?? line.daysOfTreatment;
      if (days !== undefined && days > 28) narcoticTooLong = true;
    }
    if (line.vaccine === "flu" || line.prestationCode === "GS1" || line.prestationCode === "GS2") fluVaccine = true;
    if (line.total !== undefined && cents(line.total) !== cents(line.unitPrice) * line.quantity) totalMismatch = true;
  }
  if (cipInvalid) fired.push("product/cip13-invalid");

  const periods = invoice.amo.rightsPeriods;
  if (periods === undefined) notEvaluated.push("rights/amo-not-open");
  else if (!periods.some((period) => isWithin(date, period))) fired.push("rights/amo-not-open");

  if (invoice.tiersPayant.amc && invoice.amc !== undefined) {
    const validity = invoice.amc.validity;
    if (validity === undefined) notEvaluated.push("amc/not-valid-on-date");
    else if (!isWithin(date, validity)) fired.push("amc/not-valid-on-date");
  }

  const stay = invoice.stayAbroad;
  if (stay !== undefined && date >= "2009-03-19" && stay.returnDate <= addMonths(stay.departureDate, 1)) fired.push("abroad/stay-too-short");

  if (fluVaccine && date >= "2008-09-01" && ageOn(patient.birthDate, date) < minorAgeWithoutDoctor(date)) {
    const prescriber = prescription?.prescriber;
    const identifiedDoctor =
      prescriber !== undefined && (prescriber.kind === "doctor" || prescriber.kind === "midwife") && (filled(prescriber.amNumber) || filled(prescriber.rpps));
    if (!identifiedDoctor) fired.push("vaccination/minor-needs-doctor-prescriber");
  }

  if (prescription !== undefined && (prescription.renewal?.deliveryIndex ?? 0) === 0 && date > addMonths(prescription.date, 3)) {
    if (prescription.renewal === undefined) notEvaluated.push("prescription/expired-first-dispensing");
    else if (listedIorII) fired.push("prescription/expired-first-dispensing");
    else if (listUnknown) notEvaluated.push("prescription/expired-first-dispensing");
  }
  if (narcotic && narcoticTooLong) fired.push("prescription/narcotic-over-28-days");
  if (totalMismatch) fired.push("amounts/line-total-mismatch");
  return verdictOf(fired, notEvaluated);
}
