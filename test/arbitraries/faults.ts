import Decimal from "decimal.js";
import { addDays, addMonths } from "../../src/engine/calendar.js";
import type { InvoiceInput } from "../../src/index.js";
import type { CleanCase } from "./clean-invoice.js";
import { repriced } from "./pricing.js";

type Line = InvoiceInput["lines"][number];

/**
 * One fault injected into a correct invoice, and the rule whose error it must be the only one of.
 * Faults that change a fact the money depends on price the invoice again, so that the fault stays
 * the only one: a fault, one error.
 */
export interface Fault {
  readonly name: string;
  readonly ruleId: string;
  readonly applies: (clean: CleanCase) => boolean;
  readonly inject: (clean: CleanCase) => InvoiceInput;
  /** The invoice was sent already: the check runs with its fingerprints as history. */
  readonly sentBefore?: boolean;
}

const otherLastDigit = (text: string): string => text.slice(0, -1) + String((Number(text.at(-1)) + 1) % 10);
const drugIndexes = (invoice: InvoiceInput) => invoice.lines.flatMap((line, index) => (line.productKind === "drug" ? [index] : []));
const withLine = (invoice: InvoiceInput, index: number, change: (line: Line) => Line): InvoiceInput => ({ ...invoice, lines: invoice.lines.map((line, at) => (at === index ? change(line) : line)) });
const firstDrug = (invoice: InvoiceInput): number => drugIndexes(invoice)[0]!;
const is = (...scenarios: string[]) => (clean: CleanCase) => scenarios.includes(clean.scenario);
const prescription = (invoice: InvoiceInput) => invoice.prescription!;
/** Whether the patient was born by a date: a fault that moves the ordonnance back must not move it before the birth. */
const bornBy = (invoice: InvoiceInput, date: string): boolean => invoice.patient.birthDate.slice(0, 4) < date.slice(0, 4);
const sharedLine = (line: Line): boolean => line.amounts.amo !== "0.00" && (line.amounts.amc !== "0.00" || line.amounts.patient !== "0.00");

export const faults: readonly Fault[] = [
  { name: "NIR key mistyped", ruleId: "identity/nir-invalid", applies: () => true, inject: ({ invoice }) => ({ ...invoice, patient: { ...invoice.patient, insuredNir: otherLastDigit(invoice.patient.insuredNir) } }) },
  { name: "birth rank 0", ruleId: "identity/birth-rank-invalid", applies: () => true, inject: ({ invoice }) => ({ ...invoice, patient: { ...invoice.patient, birthRank: 0 } }) },
  { name: "qualité 10", ruleId: "identity/beneficiary-quality-invalid", applies: () => true, inject: ({ invoice }) => ({ ...invoice, patient: { ...invoice.patient, qualite: "10" } }) },
  {
    name: "prescriber's n° AM mistyped",
    ruleId: "prescriber/am-number-invalid",
    applies: ({ invoice }) => invoice.prescription?.prescriber.amNumber !== undefined,
    inject: ({ invoice }) => ({ ...invoice, prescription: { ...prescription(invoice), prescriber: { ...prescription(invoice).prescriber, amNumber: otherLastDigit(prescription(invoice).prescriber.amNumber!) } } }),
  },
  {
    name: "prescriber's RPPS mistyped",
    ruleId: "prescriber/rpps-invalid",
    applies: ({ invoice }) => invoice.prescription?.prescriber.rpps !== undefined,
    inject: ({ invoice }) => ({ ...invoice, prescription: { ...prescription(invoice), prescriber: { ...prescription(invoice).prescriber, rpps: otherLastDigit(prescription(invoice).prescriber.rpps!) } } }),
  },
  {
    name: "CIP13 key mistyped",
    ruleId: "product/cip13-invalid",
    // A stay's agreement names its products by code: a mistyped code is also outside it.
    applies: (clean) => clean.invoice.stayAbroad === undefined,
    inject: ({ invoice }) => withLine(invoice, firstDrug(invoice), (line) => ({ ...line, productCode: otherLastDigit(line.productCode!) })),
  },
  { name: "rights closed before the care", ruleId: "rights/amo-not-open", applies: () => true, inject: ({ invoice }) => ({ ...invoice, amo: { ...invoice.amo, rightsPeriods: [{ from: addDays(invoice.dispensingDate, -400), to: addDays(invoice.dispensingDate, -1) }] } }) },
  { name: "no AMO support read", ruleId: "rights/amo-support-missing", applies: () => true, inject: ({ invoice }) => ({ ...invoice, amoReadMode: "none" }) },
  {
    name: "mutuelle tiers payant without mutuelle data",
    ruleId: "amc/document-missing",
    applies: ({ invoice }) => invoice.tiersPayant.amc,
    inject: ({ invoice }) => {
      const { amc: _removed, ...rest } = invoice;
      return rest;
    },
  },
  {
    name: "mutuelle attestation expired",
    ruleId: "amc/not-valid-on-date",
    applies: ({ invoice }) => invoice.tiersPayant.amc,
    inject: ({ invoice }) => ({ ...invoice, amc: { ...invoice.amc!, validity: { from: addDays(invoice.dispensingDate, -400), to: addDays(invoice.dispensingDate, -1) } } }),
  },
  {
    name: "another family member on the attestation",
    ruleId: "amc/beneficiary-not-listed",
    applies: ({ invoice }) => invoice.tiersPayant.amc,
    inject: ({ invoice }) => ({ ...invoice, amc: { ...invoice.amc!, beneficiaries: [{ lastName: invoice.patient.lastName, firstName: "GASPARD", birthDate: "1950-01-01" }] } }),
  },
  {
    name: "the ordonnance scanned is another person's",
    ruleId: "documents/patient-not-on-document",
    applies: ({ invoice }) => invoice.documents?.some((document) => document.kind === "prescription") === true,
    inject: ({ invoice }) => ({
      ...invoice,
      documents: invoice.documents!.map((document) => (document.kind === "prescription" ? { ...document, person: { lastName: invoice.patient.lastName, firstName: "GASPARD" } } : document)),
    }),
  },
  {
    name: "a stay abroad of three weeks",
    ruleId: "abroad/stay-too-short",
    applies: is("abroad"),
    inject: ({ invoice }) => ({ ...invoice, stayAbroad: { ...invoice.stayAbroad!, returnDate: addDays(invoice.stayAbroad!.departureDate, 21) } }),
  },
  {
    name: "no quantity to deliver at once on the ordonnance",
    ruleId: "abroad/prescription-mention-missing",
    applies: is("abroad"),
    inject: ({ invoice }) => ({ ...invoice, prescription: { ...prescription(invoice), travelAbroadMention: { prescriberAgreement: true, quantityAtOnce: false } } }),
  },
  {
    name: "no agreement of the caisse",
    ruleId: "abroad/caisse-agreement-missing",
    applies: is("abroad"),
    inject: ({ invoice }) => {
      const { caisseAgreement: _removed, ...stay } = invoice.stayAbroad!;
      return { ...invoice, stayAbroad: stay };
    },
  },
  {
    name: "a product the agreement does not cover",
    ruleId: "abroad/product-not-in-agreement",
    applies: is("abroad"),
    inject: ({ invoice }) => ({ ...invoice, stayAbroad: { ...invoice.stayAbroad!, caisseAgreement: { ...invoice.stayAbroad!.caisseAgreement!, products: ["3400935955838"] } } }),
  },
  {
    name: "more than six months of treatment",
    ruleId: "abroad/over-six-months",
    applies: is("abroad"),
    inject: ({ invoice }) => withLine(invoice, firstDrug(invoice), (line) => ({ ...line, daysOfTreatment: 200, prescribedDaysOfTreatment: 200 })),
  },
  {
    name: "a target-group vaccine without exo 7",
    ruleId: "vaccination/vaccine-not-prevention",
    applies: (clean) => clean.scenario === "flu" && clean.invoice.vaccination?.voucher === "target-group" && clean.invoice.vaccination.stateStock !== true,
    inject: (clean) => repriced(withLine(clean.invoice, 0, (line) => ({ ...line, exonerationCode: "0" })), clean.adult),
  },
  {
    name: "the children's bon in exo 7",
    ruleId: "vaccination/vaccine-not-prevention",
    applies: (clean) => clean.invoice.vaccination?.voucher === "child-without-risk",
    inject: (clean) => repriced(withLine(clean.invoice, 0, (line) => ({ ...line, exonerationCode: "7" })), clean.adult),
  },
  {
    name: "the act in exo 7",
    ruleId: "vaccination/act-billed-as-prevention",
    applies: ({ invoice }) => invoice.lines.some((line) => line.prestationCode === "VGP"),
    inject: (clean) => repriced({ ...clean.invoice, lines: clean.invoice.lines.map((line) => (line.prestationCode === "VGP" ? { ...line, exonerationCode: "7" as const } : line)) }, clean.adult),
  },
  {
    name: "a minor's flu vaccine prescribed by the pharmacist",
    ruleId: "vaccination/minor-needs-doctor-prescriber",
    applies: (clean) => clean.scenario === "flu" && !clean.adult && Number(clean.invoice.dispensingDate.slice(0, 4)) - Number(clean.invoice.patient.birthDate.slice(0, 4)) <= 9,
    inject: ({ invoice }) => ({ ...invoice, prescription: { ...prescription(invoice), prescriber: { kind: "pharmacist", finess: invoice.pharmacy.finess } } }),
  },
  {
    name: "maternité before the 6th month",
    ruleId: "nature/maternity-out-of-period",
    applies: is("maternity"),
    inject: ({ invoice }) => ({ ...invoice, patient: { ...invoice.patient, pregnancy: { startDate: addMonths(invoice.dispensingDate, -3) } } }),
  },
  {
    name: "an ordonnance dated after the dispensing",
    ruleId: "prescription/dates-out-of-order",
    applies: ({ invoice }) => invoice.prescription !== undefined && invoice.prescription.prescriber.kind !== "pharmacist" && invoice.lines.every((line) => line.list !== "stupefiant"),
    inject: ({ invoice }) => ({ ...invoice, prescription: { ...prescription(invoice), date: addDays(invoice.dispensingDate, 1) } }),
  },
  {
    name: "a first delivery of a listed drug four months after the ordonnance",
    ruleId: "prescription/expired-first-dispensing",
    applies: (clean) =>
      clean.scenario === "everyday" &&
      clean.invoice.prescription?.renewal?.deliveryIndex === 0 &&
      clean.invoice.lines.some((line) => line.list === "I" || line.list === "II") &&
      bornBy(clean.invoice, addMonths(clean.invoice.dispensingDate, -4)),
    inject: ({ invoice }) => ({ ...invoice, prescription: { ...prescription(invoice), date: addMonths(invoice.dispensingDate, -4) } }),
  },
  {
    name: "a delivery thirteen months after the ordonnance",
    ruleId: "prescription/beyond-twelve-months",
    applies: (clean) =>
      clean.scenario === "everyday" &&
      (clean.invoice.prescription?.renewal?.deliveryIndex ?? 0) > 0 &&
      clean.invoice.prescription?.renewal?.authorized !== undefined &&
      bornBy(clean.invoice, addMonths(clean.invoice.dispensingDate, -13)),
    inject: ({ invoice }) => ({ ...invoice, prescription: { ...prescription(invoice), date: addMonths(invoice.dispensingDate, -13), renewal: { authorized: 12, deliveryIndex: 1 } } }),
  },
  {
    name: "a liste I renewal beyond the renewals written",
    ruleId: "prescription/renewal-not-authorized",
    applies: (clean) => clean.scenario === "everyday" && clean.invoice.prescription?.renewal?.authorized !== undefined && (clean.invoice.prescription.renewal.deliveryIndex ?? 0) > 0 && clean.invoice.lines.some((line) => line.list === "I"),
    inject: ({ invoice }) => ({ ...invoice, prescription: { ...prescription(invoice), renewal: { authorized: 0, deliveryIndex: prescription(invoice).renewal!.deliveryIndex } } }),
  },
  {
    name: "a princeps in tiers payant after the patient refused its generic",
    ruleId: "substitution/princeps-refused-generic",
    applies: ({ invoice }) =>
      invoice.tiersPayant.amo && invoice.dispensingDate >= "2020-01-01" && invoice.lines.some((line) => line.genericType === "princeps" && line.nonSubstitutable === undefined),
    inject: ({ invoice }) => {
      const index = invoice.lines.findIndex((line) => line.genericType === "princeps" && line.nonSubstitutable === undefined);
      return withLine(invoice, index, (line) => ({ ...line, substitution: "patient-refused" }));
    },
  },
  {
    name: "a dispensing fee for one box more than delivered",
    ruleId: "fees/ordonnance-fee-repeated",
    // The rule counts fees from 2019-01-01, the ordonnance fees of avenant 11.
    applies: (clean) => clean.scenario === "everyday" && clean.invoice.dispensingDate >= "2019-01-01",
    inject: (clean) => {
      const fee = clean.invoice.lines.findIndex((line) => /^H[DG][1247]$/.test(line.prestationCode));
      return repriced(withLine(clean.invoice, fee, (line) => ({ ...line, quantity: line.quantity + 1 })), clean.adult);
    },
  },
  {
    name: "an anxiolytic (alprazolam) prescribed for 13 weeks",
    ruleId: "prescription/reduced-duration-exceeded",
    applies: is("everyday"),
    inject: ({ invoice }) => withLine(invoice, firstDrug(invoice), (line) => ({ ...line, atc: "N05BA12", prescribedDaysOfTreatment: 91 })),
  },
  {
    name: "a stupéfiant for 35 days",
    ruleId: "prescription/narcotic-over-28-days",
    applies: is("narcotic"),
    inject: ({ invoice }) => withLine(invoice, 0, (line) => ({ ...line, daysOfTreatment: 28, prescribedDaysOfTreatment: 35 })),
  },
  {
    name: "a stupéfiant presented on the 5th day and delivered in full",
    ruleId: "prescription/narcotic-presented-late",
    applies: is("narcotic"),
    inject: ({ invoice }) => ({ ...invoice, prescription: { ...prescription(invoice), date: addDays(invoice.dispensingDate, -5) } }),
  },
  {
    name: "a stupéfiant on a plain ordonnance",
    ruleId: "prescription/narcotic-not-secure",
    applies: is("narcotic"),
    inject: ({ invoice }) => ({ ...invoice, prescription: { ...prescription(invoice), secure: false, electronic: false } }),
  },
  {
    name: "a stupéfiant delivered while the same prescriber's previous ordonnance still covers the day",
    ruleId: "prescription/narcotic-overlap",
    applies: (clean) => clean.scenario === "narcotic" && clean.invoice.lines[0]?.list === "stupefiant" && clean.invoice.prescription?.prescriber.rpps !== undefined,
    inject: ({ invoice }) => ({
      ...invoice,
      prescription: { ...prescription(invoice), overlapMention: false },
      history: [
        {
          date: addDays(invoice.dispensingDate, -7),
          productCode: invoice.lines[0]!.productCode!,
          quantity: 1,
          daysOfTreatment: 14,
          prescriptionDate: addDays(invoice.dispensingDate, -8),
          prescriberRpps: prescription(invoice).prescriber.rpps!,
          list: "stupefiant",
        },
      ],
    }),
  },
  {
    name: "an ALD exonération without an ALD read",
    ruleId: "exoneration/ald-not-justified",
    applies: (clean) => clean.scenario === "ald" && clean.invoice.lines.some((line) => line.exonerationCode === "4"),
    inject: ({ invoice }) => ({ ...invoice, amo: { ...invoice.amo, ald: [], exonerations: [] } }),
  },
  {
    name: "exo 4 on a line of the lower zone",
    ruleId: "exoneration/ald-outside-bizone",
    applies: (clean) => clean.scenario === "ald" && clean.invoice.lines.some((line) => line.exonerationCode === "4" && line.productKind === "drug"),
    inject: ({ invoice }) => {
      const index = invoice.lines.findIndex((line) => line.exonerationCode === "4" && line.productKind === "drug");
      return withLine(withLine(invoice, index, (line) => ({ ...line, bizoneZone: "other" })), index + 1, (fee) => ({ ...fee, bizoneZone: "other" }));
    },
  },
  {
    name: "exo 7 on an ordinary drug",
    ruleId: "exoneration/prevention-out-of-programme",
    // Its ATC code says it is no vaccine (a product of unknown kind is not evaluated).
    applies: (clean) => clean.scenario === "everyday" && clean.invoice.lines[0]!.atc !== undefined && !clean.invoice.lines[0]!.atc.startsWith("J07"),
    inject: (clean) => repriced(withLine(clean.invoice, 0, (line) => ({ ...line, exonerationCode: "7" })), clean.adult),
  },
  {
    name: "an AT/MP line on an invoice under maladie",
    ruleId: "nature/mixed-in-invoice",
    applies: (clean) => clean.scenario === "everyday" && clean.invoice.natureAssurance === "10" && clean.invoice.lines.length >= 4,
    inject: (clean) => {
      const atLine = withLine(withLine(clean.invoice, 0, (line) => ({ ...line, natureAssurance: "41" })), 1, (fee) => ({ ...fee, natureAssurance: "41" }));
      return repriced({ ...atLine, amo: { ...atLine.amo, workAccident: { reference: "AT-2024-00123", date: atLine.dispensingDate } } }, clean.adult);
    },
  },
  {
    name: "a line total that is not quantity × price",
    ruleId: "amounts/line-total-mismatch",
    applies: () => true,
    inject: ({ invoice }) => withLine(invoice, 0, (line) => ({ ...line, total: new Decimal(line.total!).plus("0.01").toFixed(2) })),
  },
  {
    name: "an AMO share a cent off, the mutuelle or the patient making up for it",
    ruleId: "amounts/amo-share-mismatch",
    // A line the AMO pays a part of (a line at 0 % has its own rules), and someone else the rest.
    applies: ({ invoice }) => invoice.lines.some(sharedLine),
    inject: ({ invoice }) => {
      const index = invoice.lines.findIndex(sharedLine);
      const cent = (amount: string, by: number) => new Decimal(amount).plus(by / 100).toFixed(2);
      return withLine(invoice, index, (line) => {
        const amcPays = line.amounts.amc !== "0.00";
        return {
          ...line,
          amounts: {
            amo: cent(line.amounts.amo, 1),
            amc: amcPays ? cent(line.amounts.amc, -1) : line.amounts.amc,
            patient: amcPays ? line.amounts.patient : cent(line.amounts.patient, -1),
          },
        };
      });
    },
  },
  {
    name: "shares a cent above the total",
    ruleId: "amounts/shares-do-not-add-up",
    applies: () => true,
    inject: ({ invoice }) => withLine(invoice, 0, (line) => ({ ...line, amounts: { ...line.amounts, patient: new Decimal(line.amounts.patient).plus("0.01").toFixed(2) } })),
  },
  {
    name: "a non-reimbursable product with an AMO share",
    ruleId: "amounts/non-reimbursable-billed",
    applies: (clean) => clean.scenario === "everyday",
    inject: ({ invoice }) => withLine(invoice, 0, (line) => ({ ...line, prestationCode: "PHN" })),
  },
  {
    name: "the same invoice number sent again",
    ruleId: "transmission/duplicate",
    applies: () => true,
    inject: ({ invoice }) => invoice,
    sentBefore: true,
  },
];
