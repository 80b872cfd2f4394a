// Check-digit algorithms shared by the French health identifiers.

/** Luhn (mod 10) key of a string of digits, the key that RPPS, n° AM and FINESS append. */
export function luhnKey(digits: string): number {
  let sum = 0;
  // Doubling starts from the rightmost digit of the payload, since the key will sit to its right.
  for (let index = digits.length - 1, double = true; index >= 0; index--, double = !double) {
    let digit = digits.charCodeAt(index) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** EAN-13 (GS1) check digit of the first 12 digits (any further digit is ignored): weights 1, 3, 1, 3… from the left. */
export function ean13Key(digits: string): number {
  let sum = 0;
  // Two digits a turn: the one of weight 1, then the one of weight 3.
  for (let index = 0; index < 12; index += 2) {
    sum += digits.charCodeAt(index) - 48 + 3 * (digits.charCodeAt(index + 1) - 48);
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether a text is exactly `length` ASCII digits (a loop: checked on every identifier of every invoice). */
export function isDigits(text: string, length: number): boolean {
  if (text.length !== length || length === 0) return false;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

const SEPARATOR = /[\s.\-/]/;
const SEPARATORS = /[\s.\-/]/g;

/** Removes the spaces, dots and dashes people type inside identifiers; the text itself when it has none, the usual case. */
export const compact = (text: string): string => (SEPARATOR.test(text) ? text.replace(SEPARATORS, "") : text);
