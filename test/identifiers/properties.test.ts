import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compact, ean13Key, luhnKey } from "../../src/identifiers/checksums.js";
import { nirKey, validateAmNumber, validateCip13, validateFiness, validateNir, validateRpps } from "../../src/identifiers/index.js";

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((list) => list.join(""));

const withLuhn = (payload: string) => payload + luhnKey(payload);

const validNir = fc
  .tuple(fc.constantFrom("1", "2", "7", "8"), digits(4), fc.constantFrom("75", "13", "2A", "2B", "99"), digits(6))
  .map(([sex, yearMonth, departement, rest]) => {
    const number = sex + yearMonth + departement + rest;
    return number + String(nirKey(number)).padStart(2, "0");
  });

/** Every number obtained by changing exactly one digit to another digit. */
function singleDigitChanges(text: string): string[] {
  const changes: string[] = [];
  for (let index = 0; index < text.length; index++) {
    const current = text[index]!;
    if (!/[0-9]/.test(current)) continue;
    for (let digit = 0; digit <= 9; digit++) {
      if (String(digit) !== current) changes.push(text.slice(0, index) + digit + text.slice(index + 1));
    }
  }
  return changes;
}

const validators = {
  rpps: { validate: validateRpps, generate: digits(10).map(withLuhn) },
  amNumber: { validate: validateAmNumber, generate: digits(8).map(withLuhn) },
  finess: {
    validate: validateFiness,
    generate: fc.tuple(fc.integer({ min: 1, max: 95 }), digits(6)).map(([dep, rest]) => withLuhn(String(dep).padStart(2, "0") + rest)),
  },
  cip13: {
    validate: validateCip13,
    generate: digits(8).map((rest) => {
      const first12 = "3400" + rest;
      return first12 + ean13Key(first12);
    }),
  },
} as const;

describe.each(Object.entries(validators))("%s", (_name, { validate, generate }) => {
  it("accepts every generated valid number", () => {
    fc.assert(fc.property(generate, (number) => validate(number).ok));
  });
  it("rejects every single-digit change", () => {
    fc.assert(
      fc.property(generate, (number) => singleDigitChanges(number).every((changed) => !validate(changed).ok)),
    );
  });
});

describe("NIR", () => {
  it("accepts every generated valid number", () => {
    fc.assert(fc.property(validNir, (nir) => validateNir(nir).ok));
  });
  it("rejects every single-digit change", () => {
    fc.assert(fc.property(validNir, (nir) => singleDigitChanges(nir).every((changed) => !validateNir(changed).ok)));
  });
  it("rejects every adjacent transposition that changes the number", () => {
    fc.assert(
      fc.property(validNir, (nir) => {
        for (let index = 0; index < nir.length - 1; index++) {
          const swapped = nir.slice(0, index) + nir[index + 1] + nir[index] + nir.slice(index + 2);
          if (swapped !== nir && validateNir(swapped).ok) return false;
        }
        return true;
      }),
    );
  });
});

describe("the fast paths of the identifiers' arithmetic", () => {
  // The reference: the key as the RG_BS603 formula writes it, 97 − (N mod 97), N a BigInt.
  const referenceKey = (number: string): number => 97 - Number(BigInt(number.replace("2A", "19").replace("2B", "18")) % 97n);

  it("nirKey, digit by digit, equals 97 − (N mod 97) computed on a BigInt, Corsica included", () => {
    const number = fc
      .tuple(digits(5), fc.constantFrom("", "2A", "2B"), fc.integer({ min: 0, max: 30 }).chain((length) => digits(length)))
      .map(([head, corsica, tail]) => head + corsica + tail);
    fc.assert(fc.property(number, (text) => nirKey(text) === referenceKey(text)));
    // Boundaries: the largest 13 digits, zeros only, the remainder 0 (key 97) and 96 (key 1).
    for (const text of ["9999999999999", "0000000000000", "0000000000097", "0000000000096", "1850578006084"]) expect(nirKey(text), text).toBe(referenceKey(text));
  });

  it("ean13Key, two digits a turn, equals the GS1 formula (weights 1, 3, 1, 3… from the left)", () => {
    const reference = (text: string) => (10 - ([...text.slice(0, 12)].reduce((sum, digit, index) => sum + Number(digit) * (index % 2 === 0 ? 1 : 3), 0) % 10)) % 10;
    fc.assert(fc.property(fc.integer({ min: 12, max: 13 }).chain((length) => digits(length)), (text) => ean13Key(text) === reference(text)));
  });

  it("validateCip13 reads a scanned code and the same code typed with separators alike", () => {
    const code = digits(9).map((rest) => `3400${rest}`).map((first12) => first12.slice(0, 12)).map((first12) => first12 + ean13Key(first12));
    fc.assert(
      fc.property(code, fc.constantFrom(" ", ".", "-", "/"), (text, separator) => {
        const typed = `${text.slice(0, 1)}${separator}${text.slice(1, 5)}${separator}${text.slice(5)}`;
        expect(validateCip13(typed)).toEqual(validateCip13(text));
        expect(validateCip13(text).ok).toBe(true);
      }),
    );
  });

  it("compact, which skips its replacement when there is no separator, removes exactly what the regex removes", () => {
    const text = fc.string({ unit: fc.constantFrom("1", "2", "A", " ", ".", "-", "/", "\t", "\u00a0", "\u2009", "_") });
    fc.assert(fc.property(text, (value) => compact(value) === value.replace(/[\s.\-/]/g, "")));
  });
});
