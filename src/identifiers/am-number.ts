import { compact, isDigits, luhnKey } from "./checksums.js";
import { invalid, valid, type ValidationResult } from "./result.js";

/**
 * Validates a numéro d'identification Assurance Maladie (n° AM, also ADELI): 8 digits and a Luhn key,
 * 9 in all; `91199999/3` is accepted as written on ameli.
 */
export function validateAmNumber(input: unknown): ValidationResult<string> {
  if (typeof input !== "string") return invalid("the n° AM must be a string");
  const text = compact(input);
  if (!isDigits(text, 9)) return invalid("the n° AM must have 8 digits and a key (9 digits)");
  const expected = luhnKey(text.slice(0, 8));
  if (Number(text[8]) !== expected) return invalid(`the Luhn key does not match (expected ${expected})`, "key");
  return valid(text);
}
