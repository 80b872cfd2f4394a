import { compact, ean13Key, isDigits } from "./checksums.js";
import { invalid, valid, type ValidationResult } from "./result.js";

export interface Cip13Info {
  readonly code: string;
  /** `ucd` when the code starts with 34008: a unité commune de dispensation, not a retail pack. */
  readonly kind: "pack" | "ucd";
}

/** Validates a CIP13 drug code: 13 digits, prefix 3400, EAN-13 key (GS1; ANSM). */
export function validateCip13(input: unknown): ValidationResult<Cip13Info> {
  if (typeof input !== "string") return invalid("the CIP13 code must be a string");
  // A code as scanned, 13 digits, is read as it is; only another is stripped of what people type in it.
  const scanned = isDigits(input, 13);
  const text = scanned ? input : compact(input);
  if (!scanned && !isDigits(text, 13)) return invalid("the CIP13 code must have exactly 13 digits");
  if (!text.startsWith("3400")) return invalid("a CIP13 drug code starts with 3400");
  const expected = ean13Key(text);
  if (text.charCodeAt(12) - 48 !== expected) return invalid(`the EAN-13 key does not match (expected ${expected})`, "key");
  return valid({ code: text, kind: text.startsWith("34008") ? "ucd" : "pack" });
}
