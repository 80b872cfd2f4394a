import Decimal from "decimal.js";
import fc from "fast-check";
import type { InvoiceInput } from "../../src/index.js";
import { ean13Key, luhnKey } from "../../src/identifiers/checksums.js";
import { nirKey } from "../../src/identifiers/nir.js";
import { drugs, type Drug } from "./drugs.js";
import { ids } from "./fixtures.js";

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((list) => list.join(""));

export const validNirArbitrary = fc
  .tuple(fc.constantFrom("1", "2"), fc.integer({ min: 30, max: 99 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom("75", "33", "2A", "69", "13"), digits(6))
  .map(([sex, year, month, departement, rest]) => {
    const number = `${sex}${String(year).padStart(2, "0")}${String(month).padStart(2, "0")}${departement}${rest}`;
    return number + String(nirKey(number)).padStart(2, "0");
  });

export const validRppsArbitrary = digits(10).map((payload) => payload + luhnKey(payload));
export const validAmNumberArbitrary = digits(8).map((payload) => payload + luhnKey(payload));
export const validCip13Arbitrary = fc.tuple(fc.integer({ min: 0, max: 7 }).filter((digit) => digit !== 8), digits(7)).map(([fifth, rest]) => {
  const first12 = `3400${fifth}${rest}`;
  return first12 + ean13Key(first12);
});

/** A day between 2019 and 2026, as YYYY-MM-DD. */
export const dateArbitrary = fc
  .integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2026, 11, 31) })
  .map((time) => new Date(time).toISOString().slice(0, 10));

const PRESTATION_BY_RATE = { 100: "PH1", 65: "PH7", 30: "PH4", 15: "PH2" } as const;
const FEE_BY_RATE = { 100: "HD1", 65: "HD7", 30: "HD4", 15: "HD2" } as const;

function share(total: Decimal, ratePercent: number): { amo: string; amc: string; patient: string } {
  const amo = total.times(ratePercent).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return { amo: amo.toFixed(2), amc: total.minus(amo).toFixed(2), patient: "0.00" };
}

const lineArbitrary = fc.tuple(fc.constantFrom(...(Object.values(drugs) as Drug[])), fc.integer({ min: 1, max: 3 })).map(([drug, quantity]) => {
  const total = new Decimal(drug.price).times(quantity);
  return [
    {
      productCode: drug.cip13,
      productKind: "drug" as const,
      label: drug.name,
      prestationCode: PRESTATION_BY_RATE[drug.ratePercent],
      quantity,
      unitPrice: drug.price,
      total: total.toFixed(2),
      amounts: share(total, drug.ratePercent),
      list: drug.list,
      ...(drug.atc !== undefined && { atc: drug.atc }),
      genericType: drug.genericType ?? ("none" as const),
      ...(drug.genericType === "princeps" && { substitution: "generic-unavailable" as const }),
      daysOfTreatment: drug.list === "stupefiant" ? 14 : 30,
      prescribedDaysOfTreatment: drug.list === "stupefiant" ? 14 : 30,
    },
    { ratePercent: drug.ratePercent, quantity },
  ] as const;
});

/**
 * Valid, clean invoices: identifiers with correct keys, dispensing inside the rights period,
 * prescription before dispensing, real drugs with their dispensing fees and consistent shares.
 */
export const validInvoiceArbitrary: fc.Arbitrary<InvoiceInput> = fc
  .record({
    nir: validNirArbitrary,
    rpps: validRppsArbitrary,
    amNumber: validAmNumberArbitrary,
    dispensingDate: dateArbitrary,
    prescriptionAge: fc.integer({ min: 0, max: 20 }),
    birthYear: fc.integer({ min: 1930, max: 2015 }),
    rank: fc.integer({ min: 1, max: 3 }),
    lines: fc.array(lineArbitrary, { minLength: 1, maxLength: 6 }),
    number: digits(9),
  })
  .map(({ nir, rpps, amNumber, dispensingDate, prescriptionAge, birthYear, rank, lines, number }) => {
    const dispensing = new Date(`${dispensingDate}T00:00:00Z`);
    // A narcotic is delivered in full only within 3 days of its ordonnance (CSP R5132-33).
    const hasNarcotic = lines.some(([line]) => line.list === "stupefiant");
    const age = hasNarcotic ? Math.min(prescriptionAge, 3) : prescriptionAge;
    const prescriptionDate = new Date(dispensing.getTime() - age * 86_400_000).toISOString().slice(0, 10);
    const invoiceLines: InvoiceInput["lines"] = [];
    for (const [line, { ratePercent, quantity }] of lines) {
      const drugIndex = invoiceLines.length;
      invoiceLines.push(line);
      const feeTotal = new Decimal("1.02").times(quantity);
      invoiceLines.push({
        productKind: "service",
        prestationCode: FEE_BY_RATE[ratePercent],
        quantity,
        unitPrice: "1.02",
        total: feeTotal.toFixed(2),
        amounts: share(feeTotal, ratePercent),
        forLine: drugIndex,
      });
    }
    return {
      id: `INV-${number}`,
      number,
      dispensingDate,
      transmissionDate: dispensingDate,
      amoReadMode: "vitale",
      natureAssurance: "10",
      tiersPayant: { amo: true, amc: false },
      pharmacy: { finess: ids.pharmacyFiness, departement: "33" },
      patient: { insuredNir: nir, lastName: "DURAND", firstName: "PAUL", birthDate: `${birthYear}-06-15`, birthRank: rank, qualite: "00" },
      amo: { regime: "01", caisse: "331", centre: "0001", rightsPeriods: [{ from: "2018-01-01" }] },
      // Narcotics go on a secure ordonnance, and opioid substitution names the pharmacist (CSP, CSS L162-4-2).
      prescription: {
        date: prescriptionDate,
        kind: hasNarcotic ? "secure" : "simple",
        prescriber: { kind: "doctor", amNumber, rpps },
        pharmacistNamed: true,
        // A GLP-1 analogue comes with its supporting form (from 2025-09-01).
        glp1Form: true,
      },
      documents: [{ kind: "prescription", person: { lastName: "DURAND", firstName: "PAUL" }, legible: true, dpi: 300 }],
      lines: invoiceLines,
      history: [],
    } satisfies InvoiceInput;
  });
