const PLAIN_CAPITALS = /^[A-Z]+(?: [A-Z]+)*$/;

/** Compares names as printed on documents: case, accents, hyphens, apostrophes and spacing ignored. */
export function normalizeName(name: string): string {
  // Most LGOs send names already in capitals without accents: nothing to normalise (and Unicode
  // normalisation is the costliest step of a check).
  if (PLAIN_CAPITALS.test(name)) return name;
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z]+/g, " ")
    .trim();
}

export const samePerson = (a: { lastName: string; firstName: string }, b: { lastName: string; firstName: string }): boolean =>
  normalizeName(a.lastName) === normalizeName(b.lastName) && normalizeName(a.firstName) === normalizeName(b.firstName);
