import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePersons, nameWords, type PersonName } from "../../../src/rules/support/names.js";

const person = (lastName: string, firstName: string, birthName?: string): PersonName => ({ lastName, firstName, ...(birthName !== undefined && { birthName }) });

// Names as LGOs and documents write them: letters with and without accents, hyphens, apostrophes.
const letter = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZÉÈÊËÀÂÄÎÏÔÖÙÛÜÇŒÆ");
const word = fc.array(letter, { minLength: 2, maxLength: 9 }).map((letters) => letters.join(""));
const name = fc.array(word, { minLength: 1, maxLength: 3 }).chain((words) => fc.constantFrom(" ", "-", "'").map((separator) => words.join(separator)));
const personArbitrary = fc.record({ lastName: name, firstName: name, birthName: fc.option(name, { nil: undefined }) }).map(({ lastName, firstName, birthName }) => person(lastName, firstName, birthName));

const stripAccents = (text: string) => text.replace(/Œ/g, "OE").replace(/Æ/g, "AE").normalize("NFD").replace(/[\u0300-\u036f]/g, "");

describe("comparing people's names", () => {
  it("ignores case, accents (œ and æ spelt out), hyphens, apostrophes, spaces and particles", () => {
    expect(comparePersons(person("Lefèvre-Dupont", "Zoé"), person("LEFEVRE DUPONT", "ZOE"))).toBe("same");
    expect(comparePersons(person("Lœuillet", "Æsa"), person("LOEUILLET", "AESA"))).toBe("same");
    expect(comparePersons(person("D'Arc", "Jeanne"), person("ARC", "JEANNE"))).toBe("same");
    expect(comparePersons(person("de La Fontaine", "Jean-Pierre"), person("LA FONTAINE", "JEAN PIERRE"))).toBe("same");
    expect(comparePersons(person("DUPONT", "JEANPIERRE"), person("DUPONT", "JEAN PIERRE"))).toBe("same");
    expect(nameWords("Du Bellay")).toEqual(["BELLAY"]);
    expect(nameWords("DE")).toEqual(["DE"]);
  });
  it("accepts the birth name or the usage name on either side", () => {
    expect(comparePersons(person("DURAND", "CLAIRE", "MARTIN"), person("MARTIN", "CLAIRE"))).toBe("same");
    expect(comparePersons(person("MARTIN", "CLAIRE"), person("DURAND", "CLAIRE", "MARTIN"))).toBe("same");
  });
  it("calls near what a letter or two, a first given name, or an unknown birth name may explain", () => {
    expect(comparePersons(person("MARTIN", "CLAIRE"), person("MARTINS", "CLAIRE"))).toBe("near");
    expect(comparePersons(person("MARTIN", "CLAIRE"), person("MRATIN", "CLAIRE"))).toBe("near");
    expect(comparePersons(person("MARTIN", "MARIE CLAIRE"), person("MARTIN", "MARIE"))).toBe("near");
    expect(comparePersons(person("MARTIN", "CLAIRE"), person("DURAND", "CLAIRE"))).toBe("near");
  });
  it("calls different another first name, or another last name when the birth name is known", () => {
    expect(comparePersons(person("MARTIN", "CLAIRE"), person("MARTIN", "LÉA"))).toBe("different");
    expect(comparePersons(person("MARTIN", "JEAN"), person("MARTIN", "JEANNE"))).toBe("different");
    expect(comparePersons(person("MARTIN", "CLAIRE", "MARTIN"), person("DURAND", "CLAIRE"))).toBe("different");
    // A letter apart on a short name is another name.
    expect(comparePersons(person("LI", "CLAIRE"), person("LU", "CLAIRE", "LU"))).toBe("different");
  });
  it("is symmetric", () => {
    fc.assert(
      fc.property(personArbitrary, personArbitrary, (a, b) => {
        expect(comparePersons(a, b)).toBe(comparePersons(b, a));
      }),
    );
  });
  it("is invariant under case and accents, and finds a person the same as herself", () => {
    fc.assert(
      fc.property(personArbitrary, personArbitrary, (a, b) => {
        const variant = (p: PersonName) => person(stripAccents(p.lastName).toLowerCase(), stripAccents(p.firstName), p.birthName && stripAccents(p.birthName).toLowerCase());
        expect(comparePersons(variant(a), b)).toBe(comparePersons(a, b));
        expect(comparePersons(a, variant(a))).toBe("same");
      }),
    );
  });

  it("answers one name sent twice at once, as its word-by-word comparison does", () => {
    // The same strings take the fast path; the same name in lower case, the same words for nameWords,
    // takes the comparison word by word: both must say the same, whatever the birth names.
    const particle = fc.constantFrom("DE", "D'", "--", "Du", "");
    const anyName = fc.oneof(name, particle);
    fc.assert(
      fc.property(anyName, anyName, fc.option(name, { nil: undefined }), fc.option(name, { nil: undefined }), (lastName, firstName, birthA, birthB) => {
        const a = person(lastName, firstName, birthA);
        const fast = comparePersons(a, person(lastName, firstName, birthB));
        const slow = comparePersons(a, person(lastName.toLowerCase(), firstName.toLowerCase(), birthB));
        expect(fast).toBe("same");
        expect(slow).toBe(fast);
      }),
    );
  });
});
