// A seeded, reproducible mix of invoices on real BDPM drugs, in the proportions of bench/README.md.
// Same seed, same invoices, on every machine: the benchmark's verdicts can be compared run to run.
import type { BdpmDrug, DrugPools } from "./drugs.js";
import { luhnKey, nirKey } from "./subset/plain-checks.js";
import type { BenchInvoice } from "./subset/rules.js";

/** mulberry32: a small, fast, seeded generator; the mix must not depend on Math.random. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of each scenario (exclusive) and of each fault (independent), as documented in bench/README.md. */
export const MIX = {
  scenarios: { ordinary: 0.6, renewal: 0.1, narcotic: 0.1, travel: 0.1, fluVaccine: 0.1 },
  faults: {
    nirTypo: 0.02,
    rppsTypo: 0.02,
    cipTypo: 0.02,
    rightsClosed: 0.03,
    prescriptionOlderThanThreeMonths: 0.03,
    lineTotalOffByOneCent: 0.02,
    /** Among invoices whose mutuelle is in tiers payant. */
    mutuelleExpired: 0.05,
    mutuelleWithoutValidity: 0.02,
    /** Within their scenario. */
    travelOfOneMonthOrLess: 0.3,
    narcoticOver28Days: 0.25,
    childUnder11VaccinatedWithoutDoctor: 0.3,
  },
  mutuelleInTiersPayant: 0.7,
  childBeneficiary: 0.1,
} as const;

const DAY = 86_400_000;
const toIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const addDays = (iso: string, days: number): string => toIso(Date.parse(`${iso}T00:00:00Z`) + days * DAY);
const pad = (value: number, width: number): string => String(value).padStart(width, "0");

const LAST_NAMES = ["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID"];
const FIRST_NAMES = [["JEAN", "PIERRE", "LOUIS", "LUCAS", "HUGO", "PAUL"], ["MARIE", "CLAIRE", "JULIE", "EMMA", "LEA", "CHLOE"]] as const;
const DEPARTEMENTS = ["75", "33", "69", "13", "59", "31", "44", "67", "35", "06"];

type Line = BenchInvoice["lines"][number];

export class InvoiceMix {
  private readonly random: () => number;
  private readonly pharmacies: { finess: string; amNumber: string; departement: string }[];
  private readonly doctors: { amNumber: string; rpps: string }[];
  private sequence = 0;

  constructor(
    private readonly drugs: DrugPools,
    seed = 20261123,
  ) {
    this.random = seededRandom(seed);
    this.pharmacies = Array.from({ length: 40 }, () => {
      const departement = this.pick(DEPARTEMENTS);
      const finess8 = `${departement}${this.digits(6)}`;
      const am8 = `${departement}${this.digits(6)}`;
      return { finess: `${finess8}${luhnKey(finess8)}`, amNumber: `${am8}${luhnKey(am8)}`, departement };
    });
    this.doctors = Array.from({ length: 400 }, () => {
      const am8 = `${this.pick(DEPARTEMENTS)}1${this.digits(5)}`;
      const rpps10 = `10${this.digits(8)}`;
      return { amNumber: `${am8}${luhnKey(am8)}`, rpps: `${rpps10}${luhnKey(rpps10)}` };
    });
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  private chance(probability: number): boolean {
    return this.random() < probability;
  }
  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  private digits(count: number): string {
    let text = "";
    for (let index = 0; index < count; index++) text += String(this.int(0, 9));
    return text;
  }

  private nir(sex: 1 | 2, birthDate: string): string {
    const number = `${sex}${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${this.pick(DEPARTEMENTS)}${pad(this.int(1, 999), 3)}${pad(this.int(1, 999), 3)}`;
    return `${number}${pad(nirKey(number), 2)}`;
  }

  /** A digit changed where a typist would change it: the key no longer matches. */
  private typo(code: string, position: number): string {
    const digit = Number(code[position]);
    return `${code.slice(0, position)}${(digit + this.int(1, 9)) % 10}${code.slice(position + 1)}`;
  }

  private drugLine(drug: BdpmDrug, quantity: number, amcInTiersPayant: boolean, daysOfTreatment: number): Line {
    const total = Math.round(Number(drug.price) * 100) * quantity;
    const amo = Math.floor((total * drug.ratePercent + 50) / 100);
    const rest = total - amo;
    const euros = (cents: number) => `${Math.floor(cents / 100)}.${pad(cents % 100, 2)}`;
    return {
      productCode: drug.cip13,
      productKind: "drug",
      label: drug.name,
      prestationCode: drug.ratePercent === 100 ? "PH1" : drug.ratePercent === 65 ? "PH7" : drug.ratePercent === 30 ? "PH4" : "PH2",
      quantity,
      unitPrice: drug.price,
      total: euros(total),
      amounts: { amo: euros(amo), amc: euros(amcInTiersPayant ? rest : 0), patient: euros(amcInTiersPayant ? 0 : rest) },
      list: drug.list,
      ...(drug.atc !== undefined && { atc: drug.atc }),
      daysOfTreatment,
    };
  }

  next(): BenchInvoice {
    const number = ++this.sequence;
    const scenario = this.scenario();
    const faults = MIX.faults;
    const pharmacy = this.pick(this.pharmacies);
    const doctor = this.pick(this.doctors);

    // Flu vaccination happens in the campaign (October to January); other invoices any day of 2024–2026.
    const dispensingDate =
      scenario === "fluVaccine"
        ? addDays(`${this.pick(["2024", "2025"])}-10-15`, this.int(0, 75))
        : addDays("2024-01-02", this.int(0, 910));

    const sex = this.chance(0.5) ? 1 : 2;
    const child = scenario === "fluVaccine" ? this.chance(0.3) : false;
    const age = child ? this.int(3, 17) : scenario === "fluVaccine" ? this.int(65, 92) : this.int(18, 90);
    const birthDate = addDays(dispensingDate, -(age * 365.25 + this.int(1, 300)));
    const insuredNir = this.nir(sex, birthDate);
    const lastName = this.pick(LAST_NAMES);
    const firstName = this.pick(FIRST_NAMES[sex - 1]!);
    const beneficiaryIsChild = scenario !== "fluVaccine" && this.chance(MIX.childBeneficiary);
    const childBirthDate = addDays(dispensingDate, -this.int(365, 15 * 365));

    const amcInTiersPayant = this.chance(MIX.mutuelleInTiersPayant);
    const lines: Line[] = [];
    let prescriptionDate = addDays(dispensingDate, -this.int(0, 20));
    let prescriptionKind: "simple" | "secure" = "simple";
    let renewal: { authorized: number; deliveryIndex: number } | undefined;
    let prescriber: { kind: "doctor" | "pharmacist"; amNumber?: string; rpps?: string; finess?: string } = { kind: "doctor", ...doctor };
    let stayAbroad: BenchInvoice["stayAbroad"];
    let vaccination: BenchInvoice["vaccination"];

    const ordinaryLines = (count: number, quantity: () => number, days: number) => {
      for (let index = 0; index < count; index++) lines.push(this.drugLine(this.pick(this.drugs.ordinary), quantity(), amcInTiersPayant, days));
    };

    switch (scenario) {
      case "ordinary":
        ordinaryLines(this.int(1, 8), () => this.int(1, 2), 30);
        break;
      case "renewal": {
        const authorized = this.int(2, 5);
        renewal = { authorized, deliveryIndex: this.int(1, authorized) };
        prescriptionDate = addDays(dispensingDate, -this.int(28 * renewal.deliveryIndex, 30 * renewal.deliveryIndex + 20));
        ordinaryLines(this.int(1, 6), () => 1, 30);
        break;
      }
      case "narcotic": {
        prescriptionKind = "secure";
        const days = this.chance(faults.narcoticOver28Days) ? this.int(29, 56) : this.pick([7, 14, 28]);
        lines.push({ ...this.drugLine(this.pick(this.drugs.narcotics), this.int(1, 2), amcInTiersPayant, days), prescribedDaysOfTreatment: days });
        ordinaryLines(this.int(0, 3), () => 1, 28);
        break;
      }
      case "travel": {
        const departureDate = addDays(dispensingDate, this.int(1, 10));
        const returnDate = addDays(departureDate, this.chance(faults.travelOfOneMonthOrLess) ? this.int(10, 30) : this.int(35, 180));
        ordinaryLines(this.int(1, 4), () => 3, 90);
        stayAbroad = {
          departureDate,
          returnDate,
          swornStatement: {
            lastName,
            firstName,
            address: `${this.int(1, 120)} rue de la République`,
            phone: `06${this.digits(8)}`,
            nir: insuredNir,
            nationality: "française",
            placeOfStay: this.pick(["Dakar, Sénégal", "Montréal, Canada", "Hanoï, Viêt Nam", "Lima, Pérou"]),
            departureDate,
            duration: `${Math.round((Date.parse(returnDate) - Date.parse(departureDate)) / DAY)} jours`,
            reason: this.pick(["mission professionnelle", "études", "séjour familial"]),
          },
          caisseAgreement: { grantedOn: addDays(dispensingDate, -this.int(1, 10)), until: departureDate, products: lines.map((line) => line.productCode!) },
        };
        break;
      }
      case "fluVaccine": {
        const vaccine = this.pick(this.drugs.fluVaccines);
        const total = vaccine.price;
        lines.push({
          productCode: vaccine.cip13,
          productKind: "drug",
          label: vaccine.name,
          prestationCode: "PH7",
          exonerationCode: "7",
          quantity: 1,
          unitPrice: total,
          total,
          amounts: { amo: total, amc: "0.00", patient: "0.00" },
          list: "none",
          vaccine: "flu",
        });
        vaccination = { voucher: "target-group" };
        // Children under 11 need a doctor; the fault is a pharmacist's own prescription for them.
        const needsDoctor = age < 11;
        const pharmacistPrescribes = needsDoctor ? this.chance(faults.childUnder11VaccinatedWithoutDoctor) : this.chance(0.7);
        if (pharmacistPrescribes) prescriber = { kind: "pharmacist", finess: pharmacy.finess };
        prescriptionDate = dispensingDate;
        break;
      }
    }

    // Independent faults, each at its documented rate.
    const patientNir = this.chance(faults.nirTypo) ? this.typo(insuredNir, this.int(7, 12)) : insuredNir;
    if (this.chance(faults.rppsTypo) && prescriber.rpps !== undefined) prescriber = { ...prescriber, rpps: this.typo(prescriber.rpps, this.int(2, 9)) };
    if (this.chance(faults.cipTypo)) {
      const index = this.int(0, lines.length - 1);
      lines[index] = { ...lines[index]!, productCode: this.typo(lines[index]!.productCode!, this.int(4, 11)) };
    }
    if (this.chance(faults.lineTotalOffByOneCent)) {
      const index = this.int(0, lines.length - 1);
      const line = lines[index]!;
      const cents = Math.round(Number(line.total) * 100) + 1;
      lines[index] = { ...line, total: `${Math.floor(cents / 100)}.${pad(cents % 100, 2)}` };
    }
    if (scenario !== "fluVaccine" && renewal === undefined && this.chance(faults.prescriptionOlderThanThreeMonths)) {
      prescriptionDate = addDays(dispensingDate, -this.int(95, 180));
    }
    const rightsEnd = this.chance(faults.rightsClosed) ? addDays(dispensingDate, -this.int(1, 60)) : addDays(dispensingDate, this.int(30, 700));
    const year = dispensingDate.slice(0, 4);
    const validityYear = this.chance(faults.mutuelleExpired) ? String(Number(year) - 1) : year;
    const withoutValidity = this.chance(faults.mutuelleWithoutValidity);

    const beneficiary = beneficiaryIsChild
      ? { lastName, firstName: this.pick(FIRST_NAMES[this.int(0, 1)]!), birthDate: childBirthDate }
      : { lastName, firstName, birthDate };
    const person = { lastName: beneficiary.lastName, firstName: beneficiary.firstName };
    return {
      id: `BENCH-${pad(number, 8)}`,
      number: pad(number, 9),
      dispensingDate,
      transmissionDate: dispensingDate,
      amoReadMode: "vitale",
      natureAssurance: "10",
      tiersPayant: { amo: true, amc: amcInTiersPayant },
      pharmacy,
      patient: {
        insuredNir: patientNir,
        ...(beneficiaryIsChild && { beneficiaryNir: this.nir(this.chance(0.5) ? 1 : 2, childBirthDate) }),
        lastName: beneficiary.lastName,
        firstName: beneficiary.firstName,
        birthDate: beneficiary.birthDate,
        birthRank: 1,
        qualite: beneficiaryIsChild ? "06" : "00",
        // A vaccinated child is in the campaign's target group through a chronic disease.
        ...(child && { chronicDisease: true }),
      },
      amo: {
        regime: "01",
        caisse: `${pad(this.int(1, 999), 3)}`,
        centre: "0001",
        rightsPeriods: [{ from: addDays(dispensingDate, -this.int(30, 700)), to: rightsEnd }],
        cardDataDate: addDays(dispensingDate, -this.int(1, 200)),
      },
      ...(amcInTiersPayant && {
        amc: {
          support: "card",
          organismNumber: "75004407",
          teletransmissionCode: "75004407",
          contract: "CONV-01",
          ...(!withoutValidity && { validity: { from: `${validityYear}-01-01`, to: `${validityYear}-12-31` } }),
          beneficiaries: [beneficiary],
          domains: ["pharmacy"],
        },
      }),
      prescription: {
        date: prescriptionDate,
        kind: prescriptionKind,
        prescriber,
        ...(renewal && { renewal }),
        ...(stayAbroad && { travelAbroadMention: { prescriberAgreement: true, quantityAtOnce: true } }),
      },
      ...(stayAbroad && { stayAbroad }),
      ...(vaccination && { vaccination }),
      documents: [
        { kind: "prescription", person, legible: true, dpi: 300 },
        ...(scenario === "fluVaccine" ? [{ kind: "voucher" as const, person, legible: true, dpi: 300 }] : []),
        ...(amcInTiersPayant ? [{ kind: "amc-card" as const, person, legible: true, dpi: 300 }] : []),
        ...(stayAbroad ? [{ kind: "sworn-statement" as const, person, legible: true, dpi: 300 }, { kind: "caisse-agreement" as const, person, legible: true, dpi: 300 }] : []),
      ],
      lines,
    };
  }

  private scenario(): keyof typeof MIX.scenarios {
    let draw = this.random();
    for (const [name, share] of Object.entries(MIX.scenarios) as [keyof typeof MIX.scenarios, number][]) {
      if (draw < share) return name;
      draw -= share;
    }
    return "ordinary";
  }
}

/** `count` invoices of the mix for one seed. */
export function generateMix(drugs: DrugPools, count: number, seed?: number): BenchInvoice[] {
  const mix = new InvoiceMix(drugs, seed);
  return Array.from({ length: count }, () => mix.next());
}

