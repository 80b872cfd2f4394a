import { compact, isDigits, luhnKey } from "./checksums.js";
import { invalid, valid, type ValidationResult } from "./result.js";

/** Validates an RPPS number: 11 digits, the last a Luhn key over the first 10 (ANS). */
export function validateRpps(input: unknown): ValidationResult<string> {
  if (typeof input !== "string") return invalid("the RPPS number must be a string");
  const text = compact(input);
  if (!isDigits(text, 11)) return invalid("the RPPS number must have exactly 11 digits");
  const expected = luhnKey(text.slice(0, 10));
  if (Number(text[10]) !== expected) return invalid(`the Luhn key does not match (expected ${expected})`, "key");
  return valid(text);
}
