import fc from "fast-check";
import { addDays, addMonths } from "../../src/engine/calendar.js";
import type { InvoiceInput } from "../../src/index.js";
import type { Specialty } from "../../src/model/codes.js";
import { fluVaccines, fluVaccinesForAll, narcotics, ordinaryDrugs, substitutionDrugs, travelDrugs, type RealDrug } from "./drugs.js";
import { amNumberArbitrary, personArbitrary, rppsArbitrary, writtenAs, type Person } from "./people.js";
import { priced, type PricingContext } from "./pricing.js";

/**
 * Correct invoices across the domain, derived from the regulation: what a careful pharmacy sends.
 * Each case says which scenario made it and the date it is checked on (the day it is sent).
 */
export interface CleanCase {
  readonly scenario: string;
  readonly invoice: InvoiceInput;
  readonly asOf: string;
  /** Whether the patient is of age on the date of care (the AME prices 15 % drugs by it). */
  readonly adult: boolean;
}

type Line = InvoiceInput["lines"][number];
type Prescription = NonNullable<InvoiceInput["prescription"]>;

const PHARMACY = { finess: "330781196", amNumber: "990781056", departement: "33" } as const;
const HOSPITAL_FINESS = "750712184";
const PRESTATION = { 100: "PH1", 65: "PH7", 30: "PH4", 15: "PH2" } as const;
const FEE_DIGIT = { 100: "1", 65: "7", 30: "4", 15: "2" } as const;

const isoDay = (from: string, to: string) =>
  fc.integer({ min: Date.parse(`${from}T00:00:00Z`), max: Date.parse(`${to}T00:00:00Z`) }).map((time) => new Date(time - (time % 86_400_000)).toISOString().slice(0, 10));

const invoiceNumber = fc.integer({ min: 1, max: 999_999_999 }).map((number) => String(number).padStart(9, "0"));

/** A drug line and its dispensing fee (per box, at the drug's rate), before pricing. */
function drugWithFee(drug: RealDrug, index: number, options: { quantity: number; days: number; exoneration?: Line["exonerationCode"]; largePack?: boolean; extra?: Partial<Line> }): Line[] {
  const exonerationCode = options.exoneration ?? "0";
  const largePack = options.largePack ?? false;
  const drugLine: Line = {
    productCode: drug.cip13,
    productKind: "drug",
    label: drug.name,
    prestationCode: PRESTATION[drug.ratePercent],
    exonerationCode,
    quantity: options.quantity,
    unitPrice: drug.price,
    amounts: { amo: "0.00", amc: "0.00", patient: "0.00" },
    list: drug.list,
    largePack,
    daysOfTreatment: options.days,
    prescribedDaysOfTreatment: options.days,
    ...(drug.atc !== undefined && { atc: drug.atc }),
    // A complete LGO says whether a drug is a princeps; a princeps in tiers payant is one whose generic was not available.
    genericType: drug.genericType ?? "none",
    ...(drug.genericType === "princeps" && { substitution: "generic-unavailable" as const }),
    ...options.extra,
  };
  const fee: Line = {
    productKind: "service",
    prestationCode: `H${largePack ? "G" : "D"}${FEE_DIGIT[drug.ratePercent]}` as Line["prestationCode"],
    exonerationCode,
    quantity: options.quantity,
    unitPrice: largePack ? "2.76" : "1.02",
    amounts: { amo: "0.00", amc: "0.00", patient: "0.00" },
    forLine: index,
    ...(options.extra?.bizoneZone !== undefined && { bizoneZone: options.extra.bizoneZone }),
  };
  return [drugLine, fee];
}

interface Frame {
  readonly scenario: string;
  readonly date: string;
  readonly sentAfter: number;
  readonly patient: Person;
  readonly insured?: Person | undefined;
  readonly qualite: "00" | "02" | "06";
  readonly readMode: "vitale" | "apcv" | "adri" | "attestation";
  readonly amc: boolean;
  readonly number: string;
  readonly nature: PricingContext["nature"];
  readonly ame?: boolean;
  readonly c2s?: boolean;
  readonly exonerations?: NonNullable<InvoiceInput["amo"]["exonerations"]>;
  readonly ald?: NonNullable<InvoiceInput["amo"]["ald"]>;
  readonly prescription?: Prescription;
  readonly lines: readonly Line[];
  readonly pregnancy?: NonNullable<InvoiceInput["patient"]["pregnancy"]>;
  readonly workAccident?: NonNullable<InvoiceInput["amo"]["workAccident"]>;
  readonly vaccination?: NonNullable<InvoiceInput["vaccination"]>;
  readonly stayAbroad?: NonNullable<InvoiceInput["stayAbroad"]>;
  readonly extraDocuments?: NonNullable<InvoiceInput["documents"]>;
  readonly flu?: { readonly chronicDisease?: boolean };
  readonly nameStyle: number;
  readonly history?: NonNullable<InvoiceInput["history"]>;
}

/** Whether a person is at least so many years old on a date (a lunar birth date counts as 1 January). */
const agedAtLeast = (person: Person, years: number, date: string): boolean => {
  const birth = person.birthDate.endsWith("-00-00") ? `${person.birthDate.slice(0, 4)}-01-01` : person.birthDate;
  return addMonths(birth, years * 12) <= date;
};
const adultOn = (person: Person, date: string): boolean => agedAtLeast(person, 18, date);

const laterOf = (date: string, birthDate: string): string => (birthDate.endsWith("-00-00") || date >= birthDate ? date : birthDate);

/** Puts a frame together: rights, mutuelle and documents consistent with the care, money priced. */
function assemble(frame: Frame): CleanCase {
  const { date, patient } = frame;
  const insured = frame.insured ?? patient;
  const adult = adultOn(patient, date);
  const sent = addDays(date, frame.sentAfter);
  const context: PricingContext = { date, nature: frame.nature, ame: frame.ame === true, adult, stateStock: frame.vaccination?.stateStock === true };
  const lines = frame.lines.map((line) => priced(line, context, frame.amc));
  const written = (person: Person, style: number) => ({ lastName: writtenAs(person.lastName, style), firstName: writtenAs(person.firstName, style) });
  const documents: NonNullable<InvoiceInput["documents"]> = [
    ...(frame.prescription && frame.prescription.electronic !== true ? [{ kind: "prescription" as const, person: written(patient, frame.nameStyle + 1), legible: true, dpi: 300 }] : []),
    ...(frame.amc ? [{ kind: "amc-card" as const, person: written(insured, frame.nameStyle + 2), legible: true, dpi: 300 }] : []),
    ...(frame.readMode === "attestation" ? [{ kind: "amo-attestation" as const, person: written(insured, frame.nameStyle), issuedOn: addDays(date, -20), legible: true, dpi: 300 }] : []),
    ...(frame.extraDocuments ?? []),
  ];
  const invoice: InvoiceInput = {
    id: `GEN-${frame.number}`,
    number: frame.number,
    dispensingDate: date,
    transmissionDate: sent,
    amoReadMode: frame.readMode,
    natureAssurance: frame.nature,
    tiersPayant: { amo: true, amc: frame.amc },
    pharmacy: PHARMACY,
    patient: {
      insuredNir: insured.nir,
      ...(frame.insured && { beneficiaryNir: patient.nir }),
      lastName: patient.lastName,
      firstName: patient.firstName,
      ...(patient.birthName !== undefined && { birthName: patient.birthName }),
      birthDate: patient.birthDate,
      birthRank: patient.birthRank,
      qualite: frame.qualite,
      ...(frame.pregnancy && { pregnancy: frame.pregnancy }),
      ...(frame.flu?.chronicDisease !== undefined && { chronicDisease: frame.flu.chronicDisease }),
    },
    amo: {
      regime: "01",
      caisse: "331",
      centre: "0001",
      rightsPeriods: [{ from: addDays(date, -400), to: addDays(date, 400) }],
      exonerations: frame.exonerations ?? [],
      ald: frame.ald ?? [],
      c2s: frame.c2s ?? false,
      ame: frame.ame ?? false,
      cardDataDate: addDays(date, -10),
      ...(frame.workAccident && { workAccident: frame.workAccident }),
    },
    ...(frame.amc && {
      amc: {
        support: "card" as const,
        organismNumber: "75004407",
        teletransmissionCode: "75004407",
        contract: "CONV-01",
        validity: { from: `${date.slice(0, 4)}-01-01`, to: `${date.slice(0, 4)}-12-31` },
        beneficiaries: [
          { ...written(insured, frame.nameStyle + 3), birthDate: insured.birthDate },
          ...(frame.insured ? [{ ...written(patient, frame.nameStyle + 3), birthDate: patient.birthDate }] : []),
        ],
        domains: ["pharmacy" as const],
      },
    }),
    // An ordonnance for a newborn is dated from the birth on.
    ...(frame.prescription && { prescription: { ...frame.prescription, date: laterOf(frame.prescription.date, patient.birthDate) } }),
    ...(frame.stayAbroad && { stayAbroad: frame.stayAbroad }),
    ...(frame.vaccination && { vaccination: frame.vaccination }),
    documents,
    lines,
    // A complete LGO sends the patient's dispensing history: the earlier deliveries of a renewal.
    history: frame.history ?? [],
  };
  return { scenario: frame.scenario, invoice, asOf: sent, adult };
}

const doctor = fc.record({ amNumber: amNumberArbitrary, rpps: rppsArbitrary, hospital: fc.integer({ min: 0, max: 7 }).map((draw) => draw === 0) }).map(({ amNumber, rpps, hospital }) =>
  hospital
    ? { kind: "doctor" as const, rpps, finess: HOSPITAL_FINESS, hospital: true, specialty: "MEDECINE GENERALE" as const }
    : { kind: "doctor" as const, amNumber, rpps, hospital: false, specialty: "MEDECINE GENERALE" as const },
);

/** The everyday frame: a patient, an assuré or an ayant droit, read one way or another, on a day. */
const frameBase = (scenario: string, from: string, to: string, minimumAge = 0, maximumAge = 100) =>
  isoDay(from, to).chain((date) =>
    fc.record({
      scenario: fc.constant(scenario),
      date: fc.constant(date),
      sentAfter: fc.integer({ min: 0, max: 3 }),
      patient: personArbitrary(date, minimumAge, maximumAge),
      parent: personArbitrary(date, 25, 60),
      readMode: fc.constantFrom("vitale" as const, "vitale" as const, "apcv" as const, "adri" as const, "attestation" as const),
      amc: fc.boolean(),
      number: invoiceNumber,
      nameStyle: fc.integer({ min: 0, max: 3 }),
      doctor,
    }),
  );

type Base = fc.Arbitrary<{ scenario: string; date: string; sentAfter: number; patient: Person; parent: Person; readMode: Frame["readMode"]; amc: boolean; number: string; nameStyle: number; doctor: Prescription["prescriber"] }>;
const childOf = (base: Base) => base.map((value) => (adultOn(value.patient, value.date) ? { ...value, insured: undefined, qualite: "00" as const } : { ...value, insured: value.parent, qualite: "06" as const }));

/** The prescriber of a drug reserved to some specialists: one of them. */
const prescribedBySpecialist = (doctor: Prescription["prescriber"], drug: RealDrug): Prescription["prescriber"] =>
  drug.specialists.length === 0 ? doctor : { ...doctor, specialty: drug.specialists[0] as Specialty };

const plainOrdonnance = (date: string, prescriber: Prescription["prescriber"], electronic: boolean): Prescription => ({
  date,
  secure: false,
  bizone: false,
  exceptionForm: false,
  electronic,
  prescriber,
});

// Everyday: 1 to 4 drugs (with their fees: up to 8 lines), a plain ordonnance, first delivery or a
// renewal by count or by the treatment's duration; régime général, C2S or Alsace-Moselle.
const everyday = childOf(frameBase("everyday", "2017-09-01", "2026-11-20")).chain((base) =>
  fc
    .record({
      drugs: fc.uniqueArray(fc.constantFrom(...ordinaryDrugs), { minLength: 1, maxLength: 4, selector: (drug) => drug.cip13 }),
      quantity: fc.integer({ min: 1, max: 3 }),
      renewal: fc.constantFrom("first", "count", "duration"),
      deliveryIndex: fc.integer({ min: 1, max: 2 }),
      nature: fc.constantFrom("10" as const, "10" as const, "10" as const, "13" as const),
      c2s: fc.integer({ min: 0, max: 4 }).map((draw) => draw === 0),
      electronic: fc.boolean(),
    })
    .map(({ drugs: drawn, quantity, renewal, deliveryIndex, nature, c2s, electronic }) => {
      // Three months of a hypnotic or an anxiolytic are beyond its reduced duration (R5132-21): a
      // renewal by the treatment's duration takes the drugs that have none.
      const longer = drawn.filter((drug) => travelDrugs.includes(drug));
      const drugs = renewal === "duration" && longer.length > 0 ? longer : drawn;
      const renewalKind = renewal === "duration" && longer.length === 0 ? "count" : renewal;
      // A renewal comes about a month after the previous delivery; an infant's ordonnance follows the birth.
      const index = renewalKind === "first" || !agedAtLeast(base.patient, 1, base.date) ? 0 : deliveryIndex;
      const prescribed = addDays(base.date, -(index * 30 + 2));
      const days = 30;
      // The deliveries before this one on the same ordonnance, a month apart.
      const history = drugs.flatMap((drug) =>
        Array.from({ length: index }, (_, earlier) => ({
          date: addDays(prescribed, earlier * 30),
          productCode: drug.cip13,
          quantity,
          daysOfTreatment: days,
          prescriptionDate: prescribed,
          ...(base.doctor.rpps !== undefined && { prescriberRpps: base.doctor.rpps }),
        })),
      );
      return assemble({
        history,
        ...base,
        nature,
        c2s,
        prescription: {
          ...plainOrdonnance(prescribed, base.doctor, electronic && base.date >= "2025-01-01"),
          ...(renewalKind === "count" && { renewal: { authorized: index + 1, deliveryIndex: index } }),
          ...(renewalKind === "duration" && { renewal: { deliveryIndex: index } }),
          ...(renewalKind === "first" && { renewal: { deliveryIndex: 0 } }),
        },
        lines: drugs.flatMap((drug, position) =>
          drugWithFee(drug, position * 2, { quantity, days, ...(renewalKind === "duration" && { extra: { prescribedDaysOfTreatment: 90 } }) }),
        ),
      });
    }),
);

// ALD: an ordonnance bizone (or an e-prescription with its ALD part), ALD lines in exo 4, the others
// at the usual rate; the ALD read on the card.
const ald = childOf(frameBase("ald", "2017-09-01", "2026-11-20", 1, 100)).chain((base) =>
  fc.record({ drugs: fc.uniqueArray(fc.constantFrom(...ordinaryDrugs), { minLength: 1, maxLength: 4, selector: (drug) => drug.cip13 }), inAld: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), electronic: fc.boolean() }).map(({ drugs, inAld, electronic }) =>
    assemble({
      ...base,
      nature: "10",
      ald: [{ from: addDays(base.date, -800) }], exonerations: [{ code: "4", from: addDays(base.date, -800) }],
      prescription: { ...plainOrdonnance(addDays(base.date, -3), base.doctor, electronic && base.date >= "2025-01-01"), bizone: true },
      lines: drugs.flatMap((drug, position) =>
        drugWithFee(drug, position * 2, { quantity: 1, days: 30, exoneration: inAld[position] ? "4" : "0", extra: { bizoneZone: inAld[position] ? "ald" : "other" } }),
      ),
    }),
  ),
);

// Narcotics within their limits: on a secure ordonnance (a secure bizone for an ALD patient), or an
// e-prescription, presented within three days, 28 days at most; substitution names the pharmacist.
const narcotic = frameBase("narcotic", "2017-09-01", "2026-11-20", 18, 95).chain((base) =>
  fc
    .record({
      drug: fc.constantFrom(...narcotics, ...substitutionDrugs),
      days: fc.integer({ min: 7, max: 28 }),
      presentedAfter: fc.integer({ min: 0, max: 3 }),
      form: fc.constantFrom("secure", "secure-bizone", "electronic"),
    })
    .map(({ drug, days, presentedAfter, form }) => {
      const electronic = form === "electronic" && base.date >= "2025-01-01";
      const inAld = form === "secure-bizone";
      return assemble({
        ...base,
        qualite: "00",
        nature: "10",
        ...(inAld && { ald: [{ from: addDays(base.date, -800) }], exonerations: [{ code: "4", from: addDays(base.date, -800) }] }),
        prescription: {
          // A methylphenidate's initial prescription is reserved to some specialists: here, by one of them.
          ...plainOrdonnance(addDays(base.date, -presentedAfter), prescribedBySpecialist(base.doctor, drug), electronic),
          secure: !electronic,
          bizone: inAld,
          pharmacistNamed: true,
        },
        lines: drugWithFee(drug, 0, { quantity: 1, days, ...(inAld && { exoneration: "4", extra: { bizoneZone: "ald" } }) }),
      });
    }),
);

// Maternité: a pregnant woman in her maternité period, everything at 100 %.
const maternity = frameBase("maternity", "2017-09-01", "2026-11-20", 18, 42).chain((base) =>
  fc.record({ drugs: fc.uniqueArray(fc.constantFrom(...ordinaryDrugs), { minLength: 1, maxLength: 3, selector: (drug) => drug.cip13 }), monthsPregnant: fc.integer({ min: 6, max: 8 }) }).map(({ drugs, monthsPregnant }) =>
    assemble({
      ...base,
      patient: { ...base.patient, sex: "2" },
      qualite: "00",
      nature: "30",
      pregnancy: { startDate: addMonths(base.date, -monthsPregnant) },
      prescription: plainOrdonnance(addDays(base.date, -2), base.doctor, false),
      lines: drugs.flatMap((drug, position) => drugWithFee(drug, position * 2, { quantity: 1, days: 30 })),
    }),
  ),
);

// AT/MP: the accident declared and referenced, care at 100 %.
const workAccident = frameBase("work-accident", "2017-09-01", "2026-11-20", 18, 67).chain((base) =>
  fc.record({ drug: fc.constantFrom(...ordinaryDrugs), accidentDaysBefore: fc.integer({ min: 0, max: 60 }) }).map(({ drug, accidentDaysBefore }) =>
    assemble({
      ...base,
      qualite: "00",
      nature: "41",
      workAccident: { reference: "AT-2024-00123", date: addDays(base.date, -accidentDaysBefore) },
      prescription: plainOrdonnance(addDays(base.date, -1), base.doctor, false),
      extraDocuments: [{ kind: "work-accident-sheet", legible: true, dpi: 300 }],
      lines: drugWithFee(drug, 0, { quantity: 1, days: 30 }),
    }),
  ),
);

// AME: 100 % paid by the State; an adult's 15 % drug at 0 % since 2015, the patient paying it.
const ame = childOf(frameBase("ame", "2017-09-01", "2026-11-20")).chain((base) =>
  fc.uniqueArray(fc.constantFrom(...ordinaryDrugs), { minLength: 1, maxLength: 3, selector: (drug) => drug.cip13 }).map((drugs) =>
    assemble({ ...base, amc: false, ame: true, nature: "10", prescription: plainOrdonnance(addDays(base.date, -1), base.doctor, false), lines: drugs.flatMap((drug, position) => drugWithFee(drug, position * 2, { quantity: 1, days: 30 })) }),
  ),
);

// Invalidité (exo 5): 100 %, but the 15 % drugs and the vignette bleue stay at their rate, billed without it.
const invalidity = frameBase("invalidity", "2017-09-01", "2026-11-20", 20, 66).chain((base) =>
  fc.uniqueArray(fc.constantFrom(...ordinaryDrugs), { minLength: 1, maxLength: 4, selector: (drug) => drug.cip13 }).map((drugs) =>
    assemble({
      ...base,
      qualite: "00",
      nature: "10",
      exonerations: [{ code: "5", from: addDays(base.date, -2000) }],
      prescription: plainOrdonnance(addDays(base.date, -1), base.doctor, false),
      lines: drugs.flatMap((drug, position) => drugWithFee(drug, position * 2, { quantity: 1, days: 30, exoneration: drug.ratePercent === 15 || drug.ratePercent === 30 ? "0" : "5" })),
    }),
  ),
);

// Large packs: a 3-month box, 90 days, with the large-pack fee.
const largePack = frameBase("large-pack", "2017-09-01", "2026-11-20", 18, 100).chain((base) =>
  fc.constantFrom(...ordinaryDrugs.filter((drug) => drug.units >= 84)).map((drug) =>
    assemble({ ...base, qualite: "00", nature: "10", prescription: plainOrdonnance(addDays(base.date, -2), base.doctor, false), lines: drugWithFee(drug, 0, { quantity: 1, days: 90, largePack: true }) }),
  ),
);

/** The flu campaign running on a day (mid-October to the end of January), from 2017-2018 on. */
const campaignDay = fc.integer({ min: 2017, max: 2025 }).chain((year) => isoDay(`${year}-10-17`, `${year + 1}-01-31`));
const vgpLine = (): Line => ({ productKind: "service", prestationCode: "VGP", exonerationCode: "0", quantity: 1, unitPrice: "7.50", amounts: { amo: "0.00", amc: "0.00", patient: "0.00" } });
const vaccineLine = (drug: RealDrug, exonerationCode: "0" | "7", unitPrice = drug.price): Line => ({
  productCode: drug.cip13,
  productKind: "drug",
  label: drug.name,
  prestationCode: "PH7",
  exonerationCode,
  quantity: 1,
  unitPrice,
  amounts: { amo: "0.00", amc: "0.00", patient: "0.00" },
  list: "none",
  genericType: "none",
  vaccine: "flu",
});

// Flu, every campaign since 2017-2018, billed right: the target-group bon in exo 7 for people of 65
// and over or with a chronic disease (the pharmacist as prescriber for adults, the act VGP from the
// 2019-2020 campaign on, an exonération per line on one invoice); children on a doctor's prescription,
// on the children's bon at 65 % without exo 7 since 2023-10-17 when they have no risk factor; and the
// State stock of 2020-2021 at 1.99 € and 100 % without exo 7.
const flu = campaignDay.chain((date) =>
  fc
    .record({
      patient: personArbitrary(date, 2, 100),
      parent: personArbitrary(date, 25, 60),
      chronic: fc.boolean(),
      stateStock: fc.boolean(),
      withAct: fc.boolean(),
      amc: fc.boolean(),
      number: invoiceNumber,
      nameStyle: fc.integer({ min: 0, max: 3 }),
      sentAfter: fc.integer({ min: 0, max: 3 }),
      readMode: fc.constantFrom("vitale" as const, "apcv" as const),
      doctor,
    })
    .chain((value) => {
      const age = Number(date.slice(0, 4)) - Number(value.patient.birthDate.slice(0, 4));
      const senior = age >= 66;
      const vaccines = senior ? fluVaccines : fluVaccinesForAll;
      return fc.constantFrom(...vaccines).map((drug) => {
        const adult = adultOn(value.patient, date);
        const stateStock = value.stateStock && date >= "2020-11-16" && date <= "2021-01-31";
        const childBon = !adult && !value.chronic && date >= "2023-10-17";
        const covered = senior || value.chronic || childBon;
        const chronicDisease = senior ? undefined : covered ? value.chronic : true;
        const pharmacist = { kind: "pharmacist" as const, finess: PHARMACY.finess };
        const act = adult && value.withAct && date >= "2019-10-17";
        return assemble({
          scenario: "flu",
          date,
          sentAfter: value.sentAfter,
          patient: value.patient,
          ...(!adult && { insured: value.parent }),
          qualite: adult ? "00" : "06",
          readMode: value.readMode,
          amc: value.amc,
          number: value.number,
          nameStyle: value.nameStyle,
          nature: "10",
          flu: { ...(chronicDisease !== undefined && { chronicDisease }) },
          vaccination: { voucher: childBon ? "child-without-risk" : "target-group", stateStock },
          prescription: { ...plainOrdonnance(date, adult ? pharmacist : value.doctor, false), electronic: false },
          extraDocuments: [{ kind: "voucher", person: { lastName: writtenAs(value.patient.lastName, 1), firstName: writtenAs(value.patient.firstName, 1) }, legible: true, dpi: 300 }],
          lines: [
            stateStock ? vaccineLine(drug, "0", "1.99") : vaccineLine(drug, childBon ? "0" : "7"),
            { ...drugWithFee(drug, 0, { quantity: 1, days: 1 })[1]!, exonerationCode: childBon || stateStock ? "0" : "7" },
            ...(act ? [vgpLine()] : []),
          ],
        });
      });
    }),
);

// A stay abroad done right: more than a month, six at most, the prescriber's mention, the caisse's
// agreement covering the products, the statement complete, a treatment up to the stay's length.
const abroad = frameBase("abroad", "2017-09-01", "2026-11-20", 18, 90).chain((base) =>
  fc
    .record({ drugs: fc.uniqueArray(fc.constantFrom(...travelDrugs), { minLength: 1, maxLength: 3, selector: (drug) => drug.cip13 }), months: fc.integer({ min: 2, max: 6 }), leavesIn: fc.integer({ min: 1, max: 10 }) })
    .map(({ drugs, months, leavesIn }) => {
      const departure = addDays(base.date, leavesIn);
      const days = months * 30;
      return assemble({
        ...base,
        qualite: "00",
        nature: "10",
        prescription: { ...plainOrdonnance(addDays(base.date, -5), base.doctor, false), travelAbroadMention: { prescriberAgreement: true, quantityAtOnce: true } },
        stayAbroad: {
          departureDate: departure,
          returnDate: addMonths(departure, months),
          swornStatement: {
            lastName: base.patient.lastName, firstName: base.patient.firstName, address: "12 rue des Lilas, 33000 Bordeaux", phone: "0600000000", nir: base.patient.nir,
            nationality: "française", placeOfStay: "Dakar, Sénégal", departureDate: departure, duration: `${months} mois`, reason: "mission",
          },
          caisseAgreement: { grantedOn: addDays(base.date, -2), until: addMonths(departure, 1), products: drugs.map((drug) => drug.cip13) },
        },
        extraDocuments: [{ kind: "caisse-agreement", person: { lastName: writtenAs(base.patient.lastName, 2), firstName: writtenAs(base.patient.firstName, 2) }, legible: true, dpi: 300 }],
        lines: drugs.flatMap((drug, position) => drugWithFee(drug, position * 2, { quantity: months, days })),
      });
    }),
);

export const scenarios = { everyday, ald, narcotic, maternity, workAccident, ame, invalidity, largePack, flu, abroad } as const;

/** A correct invoice of any scenario. */
export const cleanInvoiceArbitrary: fc.Arbitrary<CleanCase> = fc.oneof(...Object.values(scenarios));
