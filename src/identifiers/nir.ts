import { compact, ean13Key } from "./checksums.js";
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
  // N mod 97 digit by digit, in integers that never exceed 97 × 10 + 9: exact for any length, and
  // several times cheaper than a BigInt (a NIR is checked on every invoice). Anything that is not
  // plain digits keeps BigInt's reading of it.
  let remainder = 0;
  for (let index = 0; index < numeric.length; index++) {
    const digit = numeric.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return 97 - Number(BigInt(numeric) % 97n);
    remainder = (remainder * 10 + digit) % 97;
  }
  return 97 - remainder;
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
    // The key that would fit is not told: a mistyped NIR is mostly a wrong digit of the number, and a
    // key "corrected" to fit it makes a valid NIR of someone else. The card is to be read again.
    return invalid("the key does not match the number: read the card again rather than change the key", "key");
  }
  const context = fictitiousContext(number);
  const first = number[0];
  const kind: NirKind = context ? "fictitious" : first === "1" || first === "2" ? "normal" : "provisional";
  return valid(context ? { number, key, kind, fictitiousContext: context } : { number, key, kind });
}

/** The characters of a NIR as written, without anything a person or a program puts between them. */
const nirCharacters = (text: string): string => text.replace(/[^0-9A-Za-z]/g, "").toUpperCase();

/**
 * Masks a NIR for display: sex, year, month and département stay readable, the commune, order number
 * and key do not (`1 85 05 78 *** *** **`). Anything that is not a NIR is masked whole.
 */
export function maskNir(input: unknown): string {
  if (typeof input !== "string") return "***";
  const text = nirCharacters(input);
  if (text.length < 7) return "*".repeat(Math.max(text.length, 3));
  return `${text[0]} ${text.slice(1, 3)} ${text.slice(3, 5)} ${text.slice(5, 7)} *** *** **`;
}

/** The fewest digits a text must hold to hide a NIR: 13, without its key. */
const NIR_DIGITS = 13;
/**
 * How many separator characters may stand between two characters of one number: enough for
 * "1 . 85" or a tab and spaces, and zero-width characters around them; not a sentence between two
 * numbers (a word, a comma or a colon ends a number).
 */
const MAX_GAP = 6;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** A or B, the letters of Corsica's départements 2A and 2B. */
const isCorsicaLetter = (code: number): boolean => code === 65 || code === 66 || code === 97 || code === 98;

/**
 * What people and programs put between the groups of a number: white space of any kind (no-break
 * spaces, tabs, line breaks), zero-width characters and the soft hyphen, dots, dashes of every
 * width, slashes, underscores and the middle dot.
 */
function isSeparator(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  switch (code) {
    case 0x2e: // .
    case 0x2d: // -
    case 0x5f: // _
    case 0x2f: // /
    case 0xa0: // no-break space
    case 0xad: // soft hyphen
    case 0xb7: // middle dot
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f: // narrow no-break space
    case 0x205f:
    case 0x2060: // word joiner
    case 0x2212: // minus sign
    case 0x3000:
    case 0xfeff: // zero-width no-break space
      return true;
  }
  // En quad to hair space, zero-width space to right-to-left mark, hyphen to horizontal bar.
  return (code >= 0x2000 && code <= 0x200f) || (code >= 0x2010 && code <= 0x2015);
}

/**
 * A CIP13 / ACL13 product code, which must stay readable: 13 digits written together, 3400 or 3401
 * first, and a right EAN-13 check digit. A NIR without its key of the same shape (a provisional
 * number of someone born in 1940) is one in about 8,000 such NIRs: that one stays readable.
 */
function isProductCode(run: string): boolean {
  if (run.length !== 13 || !/^340[01][0-9]{9}$/.test(run)) return false;
  return ean13Key(run) === run.charCodeAt(12) - 48;
}

function countDigits(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) if (isDigit(text.charCodeAt(index))) count++;
  return count;
}

/**
 * Masks every number that may hold a NIR in a text: the last line of defence before anything is
 * printed. A number is a run of digits (and the A or B of Corsica after a 2) with at most a few
 * separators between two of them, whatever they are (see isSeparator): `1 85 05 78 006 084 91`,
 * `1.85.05.78.006.084.91`, `185-05-78-006-084-91`, with tabs, no-break or zero-width spaces. A run of
 * 13 to 15 characters is masked as a NIR (`1 85 05 78 *** *** **`); a longer one, which may hide a
 * NIR anywhere in it, is masked whole. Only CIP13 product codes stay as they are (isProductCode).
 */
export function redactNirs(text: string): string {
  // A Corsican NIR without its key has 12 digits and a letter.
  if (text.length < NIR_DIGITS || countDigits(text) < NIR_DIGITS - 1) return text;
  let output = "";
  let copied = 0;
  let index = 0;
  while (index < text.length) {
    if (!isDigit(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    let end = index + 1;
    let characters = 1;
    let afterTwo = text.charCodeAt(index) === 50;
    let gap = 0;
    for (let next = index + 1; next < text.length; next++) {
      const code = text.charCodeAt(next);
      if (isDigit(code) || (afterTwo && isCorsicaLetter(code) && !isLetter(text.charCodeAt(next + 1)))) {
        afterTwo = code === 50;
        characters++;
        end = next + 1;
        gap = 0;
      } else if (isSeparator(code) && gap < MAX_GAP) gap++;
      else break;
    }
    if (characters >= NIR_DIGITS) {
      const run = text.slice(start, end);
      const kept = nirCharacters(run);
      if (!(kept === run && isProductCode(run))) {
        output += text.slice(copied, start) + (characters <= 15 ? maskNir(kept) : "*".repeat(characters));
        copied = end;
      }
    }
    index = end;
  }
  return copied === 0 ? text : output + text.slice(copied);
}
