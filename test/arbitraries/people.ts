import fc from "fast-check";
import { addDays } from "../../src/engine/calendar.js";

// Identifiers built from their published algorithms (NIR: 97 − N mod 97 with 2A → 19, 2B → 18;
// n° AM, RPPS and FINESS: Luhn), written here again so that the generator does not reuse the code
// it tests.

export function luhnKey(digits: string): number {
  let sum = 0;
  for (let index = digits.length - 1, double = true; index >= 0; index--, double = !double) {
    let digit = Number(digits[index]);
    if (double) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

const nirKey = (number: string): string => String(97 - Number(BigInt(number.replace("2A", "19").replace("2B", "18")) % 97n)).padStart(2, "0");

const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((list) => list.join(""));

/** A NIR of a person born in a year and month, Corsican départements included. */
export const nirArbitrary = (sex: "1" | "2", birthYear: number, birthMonth: string) =>
  fc.tuple(fc.constantFrom("75", "33", "69", "13", "59", "2A", "2B"), digits(6)).map(([departement, rest]) => {
    const number = `${sex}${String(birthYear % 100).padStart(2, "0")}${birthMonth}${departement}${rest}`;
    return number + nirKey(number);
  });

export const amNumberArbitrary = digits(8).map((payload) => payload + luhnKey(payload));
export const rppsArbitrary = digits(10).map((payload) => payload + luhnKey(payload));

/** Names as the état civil writes them: accents, ligatures, compound names, particles, apostrophes. */
const LAST_NAMES = ["Martin", "Lefèvre", "Dupont-Moreau", "de La Fontaine", "N'Diaye", "Le Goff", "Œuvrard", "Nguyen", "D'Almeida", "Müller", "Rousseau", "Bénard"];
const FIRST_NAMES = ["Zoé", "Jean-Pierre", "Marie-Claire", "Léa", "Hélène", "Noël", "Anaïs", "Paul", "Chloé", "François", "Maëlys", "Æsa"];

/** The same name as a card, an ordonnance or a mutuelle prints it: capitals without accents, hyphens as spaces, no particle. */
export const writtenAs = (name: string, style: number): string => {
  const bare = name.replace(/Œ/g, "OE").replace(/œ/g, "oe").replace(/Æ/g, "AE").replace(/æ/g, "ae").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  switch (style % 4) {
    case 0:
      return name;
    case 1:
      return bare.toUpperCase();
    case 2:
      return bare.toUpperCase().replace(/[-']/g, " ");
    default:
      return bare.toUpperCase().replace(/^(?:DE |D')/i, "");
  }
};

export interface Person {
  readonly lastName: string;
  readonly firstName: string;
  /** The birth name, when the person uses another name (married women). */
  readonly birthName?: string;
  readonly sex: "1" | "2";
  /** As read on the card: a calendar date, or a lunar date (day and month 00) that counts as 1 January. */
  readonly birthDate: string;
  readonly nir: string;
  readonly birthRank: number;
}

/** A person of a given age on a date: lunar birth dates, twins, married names. */
export const personArbitrary = (on: string, minimumAge: number, maximumAge: number): fc.Arbitrary<Person> =>
  fc
    .record({
      age: fc.integer({ min: minimumAge, max: maximumAge }),
      dayOfYear: fc.integer({ min: 1, max: 364 }),
      lunar: fc.integer({ min: 0, max: 19 }).map((draw) => draw === 0),
      sex: fc.constantFrom("1" as const, "2" as const),
      last: fc.constantFrom(...LAST_NAMES),
      first: fc.constantFrom(...FIRST_NAMES),
      married: fc.constantFrom(...LAST_NAMES),
      usesMarriedName: fc.boolean(),
      twin: fc.integer({ min: 0, max: 9 }).map((draw) => (draw === 0 ? 2 : 1)),
    })
    .chain(({ age, dayOfYear, lunar, sex, last, first, married, usesMarriedName, twin }) => {
      // Born `age` years and a few days before the date: exactly that age on it.
      const birth = addDays(`${Number(on.slice(0, 4)) - age}-${on.slice(5)}`, -dayOfYear);
      const birthYear = Number(birth.slice(0, 4));
      // A lunar date counts as 1 January: keep the age by giving the year of a 1 January before the date.
      const lunarYear = `${Number(on.slice(0, 4)) - age}`;
      const birthDate = lunar && age >= 1 ? `${lunarYear}-00-00` : birth;
      const marriedName = sex === "2" && usesMarriedName && married !== last && age >= 20;
      return nirArbitrary(sex, lunar && age >= 1 ? Number(lunarYear) : birthYear, lunar && age >= 1 ? "20" : birth.slice(5, 7)).map((nir) => ({
        lastName: marriedName ? married : last,
        firstName: first,
        ...(marriedName && { birthName: last }),
        sex,
        birthDate,
        nir,
        birthRank: twin,
      }));
    });
