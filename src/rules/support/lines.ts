import { FIFTEEN_PERCENT_CODES } from "../../reference/prestation-rates.js";
import type { Invoice, InvoiceLine } from "../../model/invoice.js";

export const isFluVaccine = (line: InvoiceLine): boolean =>
  line.vaccine === "flu" || line.prestationCode === "GS1" || line.prestationCode === "GS2";

/** The pharmacist's vaccination acts: flu (VGP), other vaccines (RVA), COVID (INJ). */
export const isVaccinationAct = (line: InvoiceLine): boolean =>
  line.prestationCode === "VGP" || line.prestationCode === "RVA" || line.prestationCode === "INJ";

export const natureOfLine = (line: InvoiceLine, invoice: Pick<Invoice, "natureAssurance">) => line.natureAssurance ?? invoice.natureAssurance;

/** Indexes of the lines that match, for findings with exact paths. */
export function lineIndexes(lines: readonly InvoiceLine[], predicate: (line: InvoiceLine) => boolean): number[] {
  const indexes: number[] = [];
  lines.forEach((line, index) => {
    if (predicate(line)) indexes.push(index);
  });
  return indexes;
}

/** Drugs at 15 % (SMR faible) and their fees: excluded from exonérations and from the AME for adults. */
export const isFifteenPercent = (line: InvoiceLine): boolean => FIFTEEN_PERCENT_CODES.has(line.prestationCode);
