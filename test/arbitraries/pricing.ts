import Decimal from "decimal.js";
import { addDays } from "../../src/engine/calendar.js";
import type { InvoiceInput } from "../../src/index.js";

// How a correct invoice is priced, written from the regulation (CSS R160-5, R160-8, L160-9, L160-14,
// the décret of 3 February 2015 on the AME, the 2019-2020 VGP rate, the Alsace-Moselle régime local),
// independently of the library's rules: the generator must not copy what it tests.

type Line = InvoiceInput["lines"][number];

export interface PricingContext {
  readonly date: string;
  readonly nature: "10" | "13" | "30" | "41" | "90";
  readonly ame: boolean;
  readonly adult: boolean;
  readonly stateStock: boolean;
}

const BY_CODE: Readonly<Record<string, number>> = {
  PH1: 100, HD1: 100, HG1: 100,
  PH7: 65, HD7: 65, HG7: 65,
  PH4: 30, HD4: 30, HG4: 30,
  PH2: 15, HD2: 15, HG2: 15,
  HDR: 65, HDA: 65, HDE: 65,
  PHN: 0,
};
const FIFTEEN = new Set(["PH2", "HD2", "HG2"]);
const BLUE = new Set(["PH4", "HD4", "HG4"]);
const LOCAL: Readonly<Record<number, number>> = { 100: 100, 65: 90, 30: 80, 15: 15, 0: 0 };

/** The AMO percent of a line of a correct invoice. */
export function amoPercent(line: Line, context: PricingContext): number {
  const base = line.prestationCode === "VGP" ? (context.date >= "2019-11-01" ? 70 : 60) : BY_CODE[line.prestationCode];
  if (base === undefined) throw new TypeError(`the generator does not bill ${line.prestationCode}`);
  if (base === 0) return 0;
  if (context.stateStock && line.vaccine === "flu") return 100;
  if (context.ame) return FIFTEEN.has(line.prestationCode) && context.adult ? 0 : 100;
  const nature = line.natureAssurance ?? context.nature;
  if (nature === "30" || nature === "41" || nature === "90") return 100;
  const exoneration = line.exonerationCode ?? "0";
  if (["3", "4", "5", "7"].includes(exoneration)) {
    if (FIFTEEN.has(line.prestationCode)) return 15;
    if (exoneration === "5" && BLUE.has(line.prestationCode)) return 30;
    return 100;
  }
  return nature === "13" ? LOCAL[base]! : base;
}

/** A line's shares: AMO at its rate rounded half-up, then the mutuelle (in tiers payant) or the patient. */
export function priced(line: Line, context: PricingContext, amcTiersPayant: boolean): Line {
  const total = new Decimal(line.unitPrice).times(line.quantity);
  const amo = total.times(amoPercent(line, context)).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const rest = total.minus(amo).toFixed(2);
  return { ...line, total: total.toFixed(2), amounts: { amo: amo.toFixed(2), amc: amcTiersPayant ? rest : "0.00", patient: amcTiersPayant ? "0.00" : rest } };
}

/** The pricing context of an invoice. */
export function contextOf(invoice: InvoiceInput, adult: boolean): PricingContext {
  return { date: invoice.dispensingDate, nature: invoice.natureAssurance, ame: invoice.amo.ame === true, adult, stateStock: invoice.vaccination?.stateStock === true };
}

/** The invoice with every line priced again: a fault injection changes a fact, then the money follows. */
export const repriced = (invoice: InvoiceInput, adult: boolean): InvoiceInput => ({
  ...invoice,
  lines: invoice.lines.map((line) => priced(line, contextOf(invoice, adult), invoice.tiersPayant.amc)),
});

export const daysBefore = (date: string, days: number): string => addDays(date, -days);
