import type { Invoice, InvoiceLine } from "../model/invoice.js";
import { alsaceMoselleRates, prestationRate } from "./prestation-rates.js";

export type AmoRate = { readonly known: true; readonly percent: number } | { readonly known: false; readonly why: "no-rate-for-code" | "exoneration-rate-unknown" | "regime-rate-unknown" };

const FULL_COVER_EXONERATIONS = new Set(["3", "4", "5", "7"]);

/**
 * The AMO rate of a line on a date, from its prestation code, nature d'assurance, exonération and
 * régime. What facts.md does not pin (exo 9, HDR…) comes back as unknown rather than guessed.
 */
export function amoRateOfLine(line: InvoiceLine, invoice: Pick<Invoice, "natureAssurance" | "amo">, date: string): AmoRate {
  const base = prestationRate(line.prestationCode, date);
  if (base === undefined) return { known: false, why: "no-rate-for-code" };
  // A non-reimbursable product stays at 0 %, whatever the patient's situation.
  if (base === 0) return { known: true, percent: 0 };
  const nature = line.natureAssurance ?? invoice.natureAssurance;
  // AME: 100 % paid by the State (facts §4.6); maternité and AT/MP: 100 % of the tarif (§4.2, §4.3).
  if (invoice.amo.ame || nature === "30" || nature === "41" || nature === "90") return { known: true, percent: 100 };
  const exoneration = line.exonerationCode;
  if (FULL_COVER_EXONERATIONS.has(exoneration)) {
    // 15 % drugs stay at 15 % through an exonération (L160-14, last paragraph of L160-13 I);
    // invalidité (exo 5) does not cover 30 % drugs (facts §2.2, §17.4).
    if (base === 15) return { known: true, percent: 15 };
    if (exoneration === "5" && base === 30) return { known: true, percent: 30 };
    return { known: true, percent: 100 };
  }
  // Exo 9 is 90 % in some recodings (facts §17.4) and exo 1, 2, 6, 8 are not pharmacy codes.
  if (exoneration !== "0") return { known: false, why: "exoneration-rate-unknown" };
  if (nature === "13") {
    const local = alsaceMoselleRates[base];
    return local === undefined ? { known: false, why: "regime-rate-unknown" } : { known: true, percent: local };
  }
  return { known: true, percent: base };
}
