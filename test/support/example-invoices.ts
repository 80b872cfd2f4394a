import Decimal from "decimal.js";
import type { InvoiceInput } from "../../src/index.js";
import { dispensedOn } from "./dates.js";
import { drugs, type Drug } from "./drugs.js";
import { cleanInvoice, ids, invoiceWith } from "./fixtures.js";

// The source of examples/: each example with the rule ids it must raise. `npm run docs` writes
// the JSON files and expected.json; test/examples.test.ts fails when they are stale.

const PRESTATION = { 100: "PH1", 65: "PH7", 30: "PH4", 15: "PH2" } as const;
const FEE = { 100: "HD1", 65: "HD7", 30: "HD4", 15: "HD2" } as const;
// Money in decimal, as the library counts it: AMO = total × rate rounded half-up, the mutuelle the rest.
function shares(total: Decimal, rate: number) {
  const amo = total.times(rate).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return { amo: amo.toFixed(2), amc: total.minus(amo).toFixed(2), patient: "0.00" };
}

/** A drug line with its dispensing fee, shares computed at the drug's rate. */
function drugWithFee(drug: Drug, quantity: number, forLine: number, extra: Partial<InvoiceInput["lines"][number]> = {}) {
  const total = new Decimal(drug.price).times(quantity);
  const feeTotal = new Decimal("1.02").times(quantity);
  return [
    {
      productCode: drug.cip13,
      productKind: "drug" as const,
      label: drug.name,
      prestationCode: PRESTATION[drug.ratePercent],
      exonerationCode: "0" as const,
      quantity,
      unitPrice: drug.price,
      total: total.toFixed(2),
      amounts: shares(total, drug.ratePercent),
      list: drug.list,
      largePack: false,
      ...(drug.atc !== undefined && { atc: drug.atc }),
      genericType: drug.genericType ?? ("none" as const),
      ...(drug.genericType === "princeps" && { substitution: "generic-unavailable" as const }),
      ...extra,
    },
    {
      productKind: "service" as const,
      prestationCode: FEE[drug.ratePercent],
      exonerationCode: "0" as const,
      quantity,
      unitPrice: "1.02",
      total: feeTotal.toFixed(2),
      amounts: shares(feeTotal, drug.ratePercent),
      forLine,
    },
  ];
}

const child = {
  patient: { firstName: "LÉA", birthDate: "2012-09-03", birthRank: 2, qualite: "06" },
  amc: { beneficiaries: [{ lastName: "MARTIN", firstName: "CLAIRE", birthDate: "1985-05-14" }, { lastName: "MARTIN", firstName: "LÉA", birthDate: "2012-09-03" }] },
  documents: [
    { kind: "prescription" as const, person: { lastName: "MARTIN", firstName: "LÉA" }, legible: true, dpi: 300 },
    { kind: "amc-card" as const, person: { lastName: "MARTIN", firstName: "CLAIRE" }, legible: true, dpi: 300 },
  ],
};

/** Summer travel: 3 months in Senegal, Levothyrox, agreement of the service médical. */
const travel = (): InvoiceInput =>
  invoiceWith({
    id: "INV-0301",
    number: "000000301",
    dispensingDate: "2025-06-30",
    transmissionDate: "2025-06-30",
    prescription: { date: "2025-06-20", travelAbroadMention: { prescriberAgreement: true, quantityAtOnce: true } },
    stayAbroad: {
      departureDate: "2025-07-05",
      returnDate: "2025-10-05",
      swornStatement: {
        lastName: "MARTIN", firstName: "CLAIRE", address: "12 rue des Lilas, 33000 Bordeaux", phone: "0600000000", nir: ids.insuredNir,
        nationality: "française", placeOfStay: "Dakar, Sénégal", departureDate: "2025-07-05", duration: "3 mois", reason: "mission professionnelle",
      },
      caisseAgreement: { grantedOn: "2025-06-27", until: "2025-07-05", products: [drugs.levothyrox.cip13] },
    },
    documents: [
      { kind: "prescription", person: { lastName: "MARTIN", firstName: "CLAIRE" }, legible: true, dpi: 300 },
      { kind: "sworn-statement", person: { lastName: "MARTIN", firstName: "CLAIRE" }, legible: true, dpi: 300 },
      { kind: "caisse-agreement", person: { lastName: "MARTIN", firstName: "CLAIRE" }, legible: true, dpi: 300 },
    ],
    lines: drugWithFee(drugs.levothyrox, 3, 0, { daysOfTreatment: 90 }),
  });

/** A 70-year-old with a bon, flu vaccine in prévention; the act goes on its own invoice. */
const fluVaccine = (): InvoiceInput =>
  invoiceWith({
    id: "INV-0401",
    number: "000000401",
    dispensingDate: "2025-10-20",
    transmissionDate: "2025-10-20",
    amc: { validity: { from: "2025-01-01", to: "2025-12-31" }, beneficiaries: [{ lastName: "MARTIN", firstName: "CLAIRE", birthDate: "1955-02-11" }] },
    patient: { birthDate: "1955-02-11" },
    prescription: { date: "2025-10-20", prescriber: { kind: "pharmacist", amNumber: undefined, rpps: undefined, finess: ids.pharmacyFiness } },
    vaccination: { voucher: "target-group" },
    documents: [{ kind: "voucher", person: { lastName: "MARTIN", firstName: "CLAIRE" }, legible: true, dpi: 300 }, { kind: "prescription", person: { lastName: "MARTIN", firstName: "CLAIRE" }, legible: true, dpi: 300 }],
    lines: [
      { productCode: drugs.vaxigrip.cip13, productKind: "drug", label: drugs.vaxigrip.name, prestationCode: "PH7", exonerationCode: "7", quantity: 1, unitPrice: "11.75", total: "11.75", amounts: { amo: "11.75", amc: "0.00", patient: "0.00" }, list: "none", genericType: "none", vaccine: "flu" },
      { productKind: "service", prestationCode: "HD7", exonerationCode: "7", quantity: 1, unitPrice: "1.02", total: "1.02", amounts: { amo: "1.02", amc: "0.00", patient: "0.00" }, forLine: 0 },
    ],
  });

const vgpLine = (nature?: "30") => ({
  productKind: "service" as const, prestationCode: "VGP" as const, exonerationCode: "0" as const, quantity: 1, unitPrice: "7.50", total: "7.50",
  amounts: nature ? { amo: "7.50", amc: "0.00", patient: "0.00" } : { amo: "5.25", amc: "2.25", patient: "0.00" },
  ...(nature && { natureAssurance: nature }),
});

const examples: Record<string, { readonly invoice: InvoiceInput; readonly raises: readonly string[] }> = {
  "clean/doliprane-vitale.json": { invoice: cleanInvoice(), raises: [] },
  "clean/skenan-secure-prescription.json": {
    invoice: invoiceWith({ id: "INV-0101", number: "000000101", prescription: { secure: true, date: "2025-03-09" }, lines: drugWithFee(drugs.skenan, 2, 0, { daysOfTreatment: 14 }), history: [] }),
    raises: [],
  },
  "clean/levothyrox-hospital-prescription.json": {
    invoice: invoiceWith({
      id: "INV-0102", number: "000000102",
      prescription: { prescriber: { kind: "doctor", hospital: true, finess: ids.hospitalFiness, rpps: ids.doctorRpps, amNumber: undefined } },
      lines: drugWithFee(drugs.levothyrox, 1, 0, { daysOfTreatment: 30 }),
    }),
    raises: [],
  },
  "clean/xanax-twin-child.json": { invoice: invoiceWith({ id: "INV-0103", number: "000000103", ...child, lines: drugWithFee(drugs.xanax, 1, 0, { daysOfTreatment: 30 }) }), raises: [] },
  "clean/summer-travel-three-months.json": { invoice: travel(), raises: [] },
  "clean/flu-vaccine-prevention.json": { invoice: fluVaccine(), raises: [] },
  "clean/flu-vaccine-and-act-one-invoice.json": {
    // An exonération per line: the vaccine in exo 7 and the act under the patient's situation, one
    // invoice. Correct; vaccination/split-required gives its split as advice for LGOs that cannot.
    invoice: invoiceWith({ ...fluVaccine(), id: "INV-0404", number: "000000404", lines: [...fluVaccine().lines, vgpLine()] }),
    raises: [],
  },
  "clean/flu-act-pregnant-maternity.json": {
    invoice: invoiceWith({
      ...fluVaccine(), id: "INV-0402", number: "000000402", natureAssurance: "30",
      patient: { pregnancy: { startDate: "2025-04-01", expectedDeliveryDate: "2026-01-01" }, birthDate: "1990-04-04" },
      amc: { beneficiaries: [{ lastName: "MARTIN", firstName: "CLAIRE", birthDate: "1990-04-04" }] },
      vaccination: undefined, lines: [vgpLine("30")],
    }),
    raises: [],
  },
  "faulty/nir-typo.json": { invoice: invoiceWith({ id: "INV-0201", number: "000000201", patient: { insuredNir: "285057800608442" } }), raises: ["identity/nir-invalid"] },
  "faulty/hospital-without-rpps.json": {
    invoice: invoiceWith({
      id: "INV-0202", number: "000000202",
      prescription: { prescriber: { kind: "doctor", hospital: true, finess: ids.hospitalFiness, rpps: undefined, amNumber: undefined } },
      lines: drugWithFee(drugs.lantus, 1, 0),
    }),
    raises: ["prescriber/hospital-needs-finess-and-rpps"],
  },
  // Checked with the BDPM of 2026-01-28 (the CLI's --bdpm, the tests' fixture slice): last month's price.
  "faulty/price-above-referential.json": {
    invoice: dispensedOn(invoiceWith({ id: "INV-0215", number: "000000215", lines: drugWithFee({ ...drugs.doliprane, price: "1.16" }, 1, 0) }), "2026-02-10"),
    raises: ["product/price-above-referential"],
  },
  // The patient refused the generic of Xanax, and the pharmacy billed the princeps in tiers payant anyway.
  "faulty/princeps-refused-generic.json": {
    invoice: invoiceWith({ id: "INV-0216", number: "000000216", lines: drugWithFee(drugs.xanax, 1, 0, { substitution: "patient-refused" }) }),
    raises: ["substitution/princeps-refused-generic"],
  },
  "faulty/ucd-instead-of-box.json": {
    invoice: invoiceWith({ id: "INV-0203", number: "000000203", lines: drugWithFee(drugs.amoxicilline, 1, 0, { productCode: "3400890000017" }) }),
    raises: ["product/ucd-is-not-a-pack"],
  },
  "faulty/twin-rank-and-qualite-invalid.json": {
    invoice: invoiceWith({ id: "INV-0204", number: "000000204", ...child, patient: { ...child.patient, birthRank: 0, qualite: "6" } }),
    raises: ["identity/birth-rank-invalid", "identity/beneficiary-quality-invalid"],
  },
  "faulty/prescriber-typos.json": {
    invoice: invoiceWith({ id: "INV-0205", number: "000000205", prescription: { prescriber: { kind: "doctor", amNumber: "991086264", rpps: "1000000030" } } }),
    raises: ["prescriber/am-number-invalid", "prescriber/rpps-invalid"],
  },
  "faulty/malformed-export.json": {
    invoice: { ...cleanInvoice(), id: "INV-0206", number: "000000206", dispensingDate: "10/03/2025", lines: [{ ...cleanInvoice().lines[0]!, unitPrice: 1.07 as unknown as string }], remarks: "urgent" } as InvoiceInput,
    raises: ["input/invalid"],
  },
  "faulty/summer-travel-three-weeks.json": {
    invoice: invoiceWith({ ...travel(), id: "INV-0302", number: "000000302", stayAbroad: { ...travel().stayAbroad!, returnDate: "2025-07-26" }, lines: drugWithFee(drugs.levothyrox, 1, 0, { daysOfTreatment: 30 }) }),
    raises: ["abroad/stay-too-short"],
  },
  "faulty/summer-travel-without-agreement.json": {
    invoice: invoiceWith({ ...travel(), id: "INV-0303", number: "000000303", stayAbroad: { ...travel().stayAbroad!, caisseAgreement: undefined, swornStatement: { ...travel().stayAbroad!.swornStatement!, phone: "" } } }),
    raises: ["abroad/caisse-agreement-missing", "abroad/sworn-statement-incomplete", "prescription/quantity-over-limit"],
  },
  "faulty/mutuelle-card-expired.json": {
    invoice: invoiceWith({ id: "INV-0501", number: "000000501", amc: { validity: { from: "2024-01-01", to: "2024-12-31" } } }),
    raises: ["amc/not-valid-on-date"],
  },
  "faulty/patient-missing-from-attestation.json": {
    invoice: invoiceWith({ id: "INV-0502", number: "000000502", ...child, amc: { beneficiaries: [{ lastName: "MARTIN", firstName: "CLAIRE", birthDate: "1985-05-14" }] }, lines: drugWithFee(drugs.xanax, 1, 0) }),
    raises: ["amc/beneficiary-not-listed"],
  },
  "faulty/minor-flu-vaccine-without-doctor.json": {
    invoice: invoiceWith({ ...fluVaccine(), id: "INV-0403", number: "000000403", ...child, amc: { validity: { from: "2025-01-01", to: "2025-12-31" }, beneficiaries: [{ lastName: "MARTIN", firstName: "LÉA", birthDate: "2016-01-20" }] }, patient: { ...child.patient, birthDate: "2016-01-20", chronicDisease: true }, documents: [{ kind: "voucher", person: { lastName: "MARTIN", firstName: "LÉA" }, legible: true, dpi: 300 }, { kind: "prescription", person: { lastName: "MARTIN", firstName: "LÉA" }, legible: true, dpi: 300 }] }),
    raises: ["vaccination/minor-needs-doctor-prescriber"],
  },
  "faulty/flu-vaccine-without-exo7.json": {
    invoice: invoiceWith({ ...fluVaccine(), id: "INV-0405", number: "000000405", lines: [{ ...fluVaccine().lines[0]!, exonerationCode: "0", amounts: { amo: "7.64", amc: "4.11", patient: "0.00" } }, { ...fluVaccine().lines[1]!, exonerationCode: "0", amounts: { amo: "0.66", amc: "0.36", patient: "0.00" } }] }),
    raises: ["vaccination/vaccine-not-prevention"],
  },
  "faulty/pregnant-act-not-maternity.json": {
    invoice: invoiceWith({ ...fluVaccine(), id: "INV-0406", number: "000000406", patient: { pregnancy: { startDate: "2025-04-01" }, birthDate: "1990-04-04" }, amc: { beneficiaries: [{ lastName: "MARTIN", firstName: "CLAIRE", birthDate: "1990-04-04" }] }, vaccination: undefined, lines: [vgpLine()] }),
    raises: ["vaccination/pregnancy-use-maternity"],
  },
  "faulty/state-stock-vaccine-invoiced.json": {
    // 2020-2021: a State-stock vaccine billed at the commercial price and in exo 7.
    invoice: dispensedOn(invoiceWith({ ...fluVaccine(), id: "INV-0407", number: "000000407", vaccination: { voucher: "target-group", stateStock: true } }), "2020-11-16"),
    raises: ["vaccination/state-stock-billed"],
  },
  "faulty/ozempic-without-vitale.json": {
    invoice: invoiceWith({ id: "INV-0601", number: "000000601", dispensingDate: "2025-09-15", transmissionDate: "2025-09-15", amoReadMode: "attestation", prescription: { date: "2025-09-12" }, amo: { cardDataDate: undefined }, amc: { validity: { from: "2025-01-01", to: "2025-12-31" } }, documents: [...cleanInvoice().documents!, { kind: "amo-attestation", person: { lastName: "MARTIN", firstName: "CLAIRE" }, issuedOn: "2025-08-01", legible: true, dpi: 300 }], lines: drugWithFee(drugs.ozempic, 1, 0) }),
    raises: ["rights/vitale-required-for-sensitive-drug"],
  },
  "faulty/amo-share-wrong.json": {
    invoice: invoiceWith({ id: "INV-0701", number: "000000701", lines: [{ ...cleanInvoice().lines[0]!, amounts: { amo: "1.07", amc: "0.00", patient: "0.00" } }, cleanInvoice().lines[1]!] }),
    raises: ["amounts/amo-share-mismatch"],
  },
};

/** A valid NIR per example: one CLI run over examples/ checks them as one stream, duplicates included. */
function ownNir(index: number): string {
  const number = `28505780061${String(index).padStart(2, "0")}`;
  return number + String(97 - Number(BigInt(number) % 97n)).padStart(2, "0");
}

export const exampleInvoices: Record<string, { readonly invoice: InvoiceInput; readonly raises: readonly string[] }> = Object.fromEntries(
  Object.entries(examples).map(([name, example], index) => {
    const keep = name === "clean/doliprane-vitale.json" || example.raises.includes("identity/nir-invalid") || example.raises.includes("input/invalid");
    if (keep) return [name, example];
    return [name, { ...example, invoice: { ...example.invoice, patient: { ...example.invoice.patient, insuredNir: ownNir(index) } } }];
  }),
);
