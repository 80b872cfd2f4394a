import { compact } from "./checksums.js";
import { invalid, valid, type ValidationResult } from "./result.js";

/**
 * How the NIR is used. Fictitious patterns come from CNAM instructions for anonymous care
 * (SNDS nomenclature IR_NIR_V); provisional numbers (first digit 5–8) are NIA / migrants pending certification.
 */
export type NirKind = "normal" | "provisional" | "fictitious";

/** The care a fictitious NIR is reserved for, read from its suffix. */
export type FictitiousNirContext = "anonymous-minor-contraception" | "covid-without-nir";

export interface NirInfo {
  /** The 13 characters without the key, upper case, Corsica kept as 2A / 2B. */
  readonly number: string;
  readonly key: string;
  readonly kind: NirKind;
  readonly fictitiousContext?: FictitiousNirContext;
}

const NIR_SHAPE = /^[1-8][0-9]{4}(?:[0-9]{2}|2A|2B)[0-9]{6}[0-9]{2}$/;

/** `97 − (N mod 97)` over the 13 digits, with 2A → 19 and 2B → 18 first (GIE SESAM-Vitale RG_BS603). */
export function nirKey(number13: string): number {
  const numeric = number13.replace("2A", "19").replace("2B", "18");
  // 13 digits exceed 2^53 precision only past 9.0e15; they fit, but BigInt keeps the intent plain.
  return 97 - Number(BigInt(numeric) % 97n);
}

function fictitiousContext(number13: string): FictitiousNirContext | undefined {
  // « 2 55 55 55 CCC 042 » (041 also cited) for anonymous minors; « 1 55 55 55 CCC 023 » for COVID.
  if (!/^[12]555555[0-9]{3}/.test(number13)) return undefined;
  const suffix = number13.slice(10, 13);
  if (suffix === "041" || suffix === "042") return "anonymous-minor-contraception";
  if (suffix === "023") return "covid-without-nir";
  return undefined;
}

/** Validates a NIR / NIA: 13 characters and a 2-digit key (GIE SESAM-Vitale RG_BS603). */
export function validateNir(input: unknown): ValidationResult<NirInfo> {
  if (typeof input !== "string") return invalid("the NIR must be a string");
  const text = compact(input).toUpperCase();
  if (text.length !== 15) return invalid("the NIR must have 13 characters and a 2-digit key (15 in all)");
  if (!NIR_SHAPE.test(text)) {
    return invalid("the NIR must start with 1–8 and hold only digits, with 2A or 2B only for Corsica");
  }
  const number = text.slice(0, 13);
  const key = text.slice(13);
  const expected = nirKey(number);
  if (Number(key) !== expected) {
    return invalid(`the key does not match the number (expected ${String(expected).padStart(2, "0")})`, "key");
  }
  const context = fictitiousContext(number);
  const first = number[0];
  const kind: NirKind = context ? "fictitious" : first === "1" || first === "2" ? "normal" : "provisional";
  return valid(context ? { number, key, kind, fictitiousContext: context } : { number, key, kind });
}

/**
 * Masks a NIR for display: sex, year, month and département stay readable, the commune, order number
 * and key do not (`1 85 05 78 *** *** **`). Anything that is not a NIR is masked whole.
 */
export function maskNir(input: unknown): string {
  if (typeof input !== "string") return "***";
  const text = compact(input).toUpperCase();
  if (text.length < 7) return "*".repeat(Math.max(text.length, 3));
  return `${text[0]} ${text.slice(1, 3)} ${text.slice(3, 5)} ${text.slice(5, 7)} *** *** **`;
}

// Anything that looks like a NIR (spaced or not, with or without key) inside free text.
const NIR_IN_TEXT = /(?<![0-9])[1-8] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2A|2B) ?[0-9]{3} ?[0-9]{3}(?: ?[0-9]{2})?(?![0-9])/gi;

/** Masks every NIR-like sequence in a text: the last line of defence before anything is printed. */
export function redactNirs(text: string): string {
  return text.replace(NIR_IN_TEXT, (match) => {
    const digits = compact(match);
    // A 13-digit run starting 3400 / 3401 is a CIP13 / ACL13 product code, which must stay readable.
    return digits.length === 13 && /^340[01]/.test(digits) ? match : maskNir(match);
  });
}
