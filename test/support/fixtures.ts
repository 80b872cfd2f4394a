import type { InvoiceInput } from "../../src/index.js";
import { drugs } from "./drugs.js";

/** Recursive partial: what a test overrides on top of a clean invoice. */
export type Overrides<T> = {
  [K in keyof T]?: (NonNullable<T[K]> extends readonly unknown[] ? T[K] : NonNullable<T[K]> extends object ? Overrides<NonNullable<T[K]>> : T[K]) | undefined;
};

// Identifiers with valid keys (facts §14): a doctor with n° AM 991086265 and RPPS 10000000306,
// a pharmacy in Paris with the AP-HP FINESS shape, a NIR of a woman born in May 1985.
export const ids = {
  insuredNir: "285057800608441",
  doctorAm: "991086265",
  doctorRpps: "10000000306",
  hospitalFiness: "750712184",
  pharmacyFiness: "330781196",
  pharmacyAm: "990781056",
} as const;

/**
 * A clean, complete invoice: Doliprane on a simple paper ordonnance, read from the carte Vitale
 * (no exonération, no ALD, neither C2S nor AME), mutuelle in tiers payant. Every fact a rule reads
 * is sent, so no rule is left unevaluated. Amounts: 1.07 € at 65 % → AMO 0.70; dispensing fee HD7
 * 1.02 € at 65 % → AMO 0.66.
 */
export function cleanInvoice(): InvoiceInput {
  return {
    id: "INV-0001",
    number: "000000001",
    dispensingDate: "2025-03-10",
    transmissionDate: "2025-03-10",
    amoReadMode: "vitale",
    natureAssurance: "10",
    tiersPayant: { amo: true, amc: true },
    pharmacy: { finess: ids.pharmacyFiness, amNumber: ids.pharmacyAm, departement: "33" },
    patient: {
      insuredNir: ids.insuredNir,
      lastName: "MARTIN",
      firstName: "CLAIRE",
      birthDate: "1985-05-14",
      birthRank: 1,
      qualite: "00",
    },
    amo: {
      regime: "01",
      caisse: "331",
      centre: "0001",
      rightsPeriods: [{ from: "2024-01-01", to: "2026-12-31" }],
      exonerations: [],
      ald: [],
      c2s: false,
      ame: false,
      cardDataDate: "2025-01-15",
    },
    amc: {
      support: "card",
      organismNumber: "75004407",
      teletransmissionCode: "75004407",
      contract: "CONV-01",
      validity: { from: "2025-01-01", to: "2025-12-31" },
      beneficiaries: [{ lastName: "MARTIN", firstName: "CLAIRE", birthDate: "1985-05-14" }],
      domains: ["pharmacy", "optics"],
    },
    prescription: {
      date: "2025-03-08",
      secure: false,
      bizone: false,
      exceptionForm: false,
      electronic: false,
      prescriber: { kind: "doctor", amNumber: ids.doctorAm, rpps: ids.doctorRpps, hospital: false },
    },
    documents: [
      { kind: "prescription", person: { lastName: "MARTIN", firstName: "CLAIRE" }, legible: true, dpi: 300 },
      { kind: "amc-card", person: { lastName: "MARTIN", firstName: "CLAIRE" }, legible: true, dpi: 300 },
    ],
    lines: [
      {
        productCode: drugs.doliprane.cip13,
        productKind: "drug",
        label: drugs.doliprane.name,
        prestationCode: "PH7",
        exonerationCode: "0",
        quantity: 1,
        unitPrice: drugs.doliprane.price,
        total: "1.07",
        amounts: { amo: "0.70", amc: "0.37", patient: "0.00" },
        list: "none",
        genericType: "none",
        atc: drugs.doliprane.atc,
        largePack: false,
        daysOfTreatment: 4,
      },
      {
        productKind: "service",
        prestationCode: "HD7",
        exonerationCode: "0",
        quantity: 1,
        unitPrice: "1.02",
        total: "1.02",
        amounts: { amo: "0.66", amc: "0.36", patient: "0.00" },
        forLine: 0,
      },
    ],
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function merge(base: unknown, overrides: unknown): unknown {
  if (!isPlainObject(overrides)) return overrides;
  if (!isPlainObject(base)) return merge({}, overrides);
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    result[key] = value === undefined || value === null ? undefined : merge(base[key], value);
    if (result[key] === undefined) delete result[key];
  }
  return result;
}

/** A clean invoice with some fields replaced; `undefined` (or `null`, from JSON) removes a field. Arrays are replaced whole. */
export function invoiceWith(overrides: Overrides<InvoiceInput>): InvoiceInput {
  return merge(cleanInvoice(), overrides) as InvoiceInput;
}

/** Any base invoice with some fields replaced, by the same rules as `invoiceWith`. */
export function withOverrides(base: InvoiceInput, overrides: Overrides<InvoiceInput>): InvoiceInput {
  return merge(base, overrides) as InvoiceInput;
}
