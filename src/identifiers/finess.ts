import { compact, luhnKey } from "./checksums.js";
import { invalid, valid, type ValidationResult } from "./result.js";

export interface FinessInfo {
  readonly number: string;
  /**
   * False for Corsican numbers (2A / 2B): how their key is computed is not documented
   * (no public source documents it), so it is not checked and callers should say so.
   */
  readonly keyChecked: boolean;
}

/** Validates a FINESS number: 2-character département, 6 digits and a Luhn key over the first 8 (DREES). */
export function validateFiness(input: unknown): ValidationResult<FinessInfo> {
  if (typeof input !== "string") return invalid("the FINESS number must be a string");
  const text = compact(input).toUpperCase();
  if (!/^(?:[0-9]{2}|2A|2B)[0-9]{7}$/.test(text)) {
    return invalid("the FINESS number must have 9 characters: a département (digits, 2A or 2B) then 7 digits");
  }
  if (text.startsWith("2A") || text.startsWith("2B")) return valid({ number: text, keyChecked: false });
  const expected = luhnKey(text.slice(0, 8));
  if (Number(text[8]) !== expected) return invalid(`the Luhn key does not match (expected ${expected})`, "key");
  return valid({ number: text, keyChecked: true });
}
