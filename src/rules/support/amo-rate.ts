import { atcStartsWith } from "../../reference/atc.js";
import { ageOn } from "../../engine/calendar.js";
import type { ExonerationCode } from "../../model/codes.js";
import type { Invoice, InvoiceLine } from "../../model/invoice.js";
import { alsaceMoselleRates, BLUE_VIGNETTE_CODES, FIFTEEN_PERCENT_CODES, prestationRate } from "../../reference/prestation-rates.js";
import { stateStockPriceOn } from "../../reference/state-stock.js";
import { isFluVaccine } from "./lines.js";

/** Why no rate can be given: the code has none pinned, or an exonération or régime whose rate is not public. */
export type RateUnknown = "no-rate-for-code" | "exoneration-rate-unknown" | "regime-rate-unknown";

export type AmoRate = { readonly known: true; readonly percent: number } | { readonly known: false; readonly why: RateUnknown };

/** What of the invoice the rate depends on, beyond the line itself. */
export type RateContext = Pick<Invoice, "natureAssurance" | "amo" | "patient" | "vaccination">;

/** The facts the rate hangs on, each decided; unknown ones are enumerated by amoRatesOfLine. */
interface RateFacts {
  readonly exoneration: ExonerationCode;
  readonly ame: boolean;
  /** The line is a flu vaccine of the State stock (2020-2021): 100 % without exonération. */
  readonly stateStockVaccine: boolean;
}

// Exonérations that take a line to 100 % of the base: soins particuliers, ALD, invalidité, prévention.
const FULL_COVER_EXONERATIONS = new Set<ExonerationCode>(["3", "4", "5", "7"]);

/** The AMO rate of a line when every fact is known. */
function rateWith(line: InvoiceLine, context: RateContext, date: string, facts: RateFacts): AmoRate {
  const base = prestationRate(line.prestationCode, date);
  if (base === undefined) return { known: false, why: "no-rate-for-code" };
  // A non-reimbursable product stays at 0 %, whatever the patient's situation.
  if (base === 0) return { known: true, percent: 0 };
  // State-stock flu vaccines (2020-2021) are at 100 % without exonération.
  if (facts.stateStockVaccine) return { known: true, percent: 100 };
  const fifteenPercent = FIFTEEN_PERCENT_CODES.has(line.prestationCode);
  if (facts.ame) {
    // AME: 100 % paid by the State, but adults' 15 % drugs at 0 % since the décret of 3 February 2015.
    const age = ageOn(context.patient.birthDate, date);
    if (fifteenPercent && date >= "2015-02-06") return age === undefined ? { known: false, why: "regime-rate-unknown" } : { known: true, percent: age >= 18 ? 0 : 100 };
    return { known: true, percent: 100 };
  }
  const nature = line.natureAssurance ?? context.natureAssurance;
  // Maternité, AT/MP and prévention: 100 % of the tarif (CSS L160-9, L431-1).
  if (nature === "30" || nature === "41" || nature === "90") return { known: true, percent: 100 };
  if (FULL_COVER_EXONERATIONS.has(facts.exoneration)) {
    // 15 % drugs stay at 15 % through an exonération (CSS L160-14, last paragraph of L160-13 I);
    // invalidité (exo 5) does not cover the vignette bleue (réponse ministérielle, Sénat, 08/03/1990).
    if (fifteenPercent) return { known: true, percent: base };
    if (facts.exoneration === "5" && BLUE_VIGNETTE_CODES.has(line.prestationCode)) return { known: true, percent: base };
    return { known: true, percent: 100 };
  }
  // Exo 9 is 90 % in some recodings (SNDS) and exo 1, 2, 6, 8 are not pharmacy codes.
  if (facts.exoneration !== "0") return { known: false, why: "exoneration-rate-unknown" };
  if (nature === "13") {
    const local = alsaceMoselleRates[base];
    return local === undefined ? { known: false, why: "regime-rate-unknown" } : { known: true, percent: local };
  }
  return { known: true, percent: base };
}

const both = [false, true] as const;

/**
 * Every AMO rate the line may have given what was sent (the law read on `date`, the date of care).
 * A fact not sent is not taken as "no": an exonération not sent may be none or a full one, an AME
 * or State-stock status not sent may be either, and each possibility gives its rate.
 */
export function amoRatesOfLine(line: InvoiceLine, context: RateContext, date: string): readonly AmoRate[] {
  const exonerations: readonly ExonerationCode[] = line.exonerationCode === undefined ? ["0", "4", "9"] : [line.exonerationCode];
  const ames = context.amo.ame === undefined ? both : [context.amo.ame];
  const declaredStateStock = context.vaccination?.stateStock;
  // Outside a State-stock campaign, no vaccine came from it: only then does "not sent" mean "no". A
  // drug line whose vaccine kind was not sent may be the State's vaccine, unless its ATC code says no.
  const stock = declaredStateStock !== undefined ? [declaredStateStock] : stateStockPriceOn(date) !== undefined ? both : [false];
  const mayBeFluVaccine = isFluVaccine(line) || (line.vaccine === undefined && line.productKind === "drug" && (line.atc === undefined || atcStartsWith(line.atc, "J07")));
  const stateStocks = mayBeFluVaccine ? stock : [false];
  const rates: AmoRate[] = [];
  for (const exoneration of exonerations) {
    for (const ame of ames) {
      for (const stateStockVaccine of stateStocks) rates.push(rateWith(line, context, date, { exoneration, ame, stateStockVaccine }));
    }
  }
  return rates;
}

/** The AMO rate of a line as declared, unknown facts read as the common case (no exonération, no AME, no State stock). */
export const amoRateOfLine = (line: InvoiceLine, context: RateContext, date: string): AmoRate =>
  rateWith(line, context, date, { exoneration: line.exonerationCode ?? "0", ame: context.amo.ame ?? false, stateStockVaccine: context.vaccination?.stateStock === true && isFluVaccine(line) });
