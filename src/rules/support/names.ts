/** Compares names as printed on documents: case, accents, hyphens, apostrophes and spacing ignored. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z]+/g, " ")
    .trim();
}

export const samePerson = (a: { lastName: string; firstName: string }, b: { lastName: string; firstName: string }): boolean =>
  normalizeName(a.lastName) === normalizeName(b.lastName) && normalizeName(a.firstName) === normalizeName(b.firstName);
