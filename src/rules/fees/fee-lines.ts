import type { InvoiceLine } from "../../model/invoice.js";

const FEE_RATE_DIGIT = /^H[DG]([1247])$/;
const DRUG_RATE_DIGIT: Readonly<Record<string, string>> = { PH1: "1", PH7: "7", PH4: "4", PH2: "2", PMR: "7", PM4: "4" };

/** The rate digit of a per-box fee (HD7 → 7), or undefined for other codes. */
export const feeRateDigit = (line: InvoiceLine): string | undefined => FEE_RATE_DIGIT.exec(line.prestationCode)?.[1];

/** The rate digit a fee of this drug must carry (PH7 → 7), or undefined when the drug has none. */
export const drugRateDigit = (line: InvoiceLine): string | undefined => DRUG_RATE_DIGIT[line.prestationCode];

export const isLargePackFee = (line: InvoiceLine): boolean => line.prestationCode.startsWith("HG");

export const isDrug = (line: InvoiceLine): boolean => line.productKind === "drug";

export const FEE_SOURCE =
  "CSS R160-5 (honoraire de dispensation remboursé au taux du médicament auquel il se rapporte), R160-8; SNDS, nomenclature IR_NAT_V (HD1/2/4/7, HG1/2/4/7, HDA)";
