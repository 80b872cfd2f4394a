/** How far two people's names are apart: the same person, perhaps the same (a typo, a name not known), or another person. */
export type NameMatch = "same" | "near" | "different";

export interface PersonName {
  readonly lastName: string;
  readonly firstName: string;
  /** Nom de naissance, when lastName is a usage name: either may be printed on a document. */
  readonly birthName?: string | undefined;
}

const PLAIN_CAPITALS = /^[A-Z]+(?: [A-Z]+)*$/;
const LIGATURES: Readonly<Record<string, string>> = { Œ: "OE", Æ: "AE", ß: "SS" };
// Particles of French names (de, d', du, des): « Jean de La Fontaine » is filed under either form.
const PARTICLES = new Set(["DE", "D", "DU", "DES"]);

/**
 * The words of a name as cards and documents print it, without case, accents (œ and æ spelt out),
 * hyphens, apostrophes, other punctuation or particles.
 */
export function nameWords(name: string): readonly string[] {
  // Most LGOs send names already in capitals without accents: Unicode normalisation, the costliest
  // step, is skipped for them.
  const plain = PLAIN_CAPITALS.test(name)
    ? name
    : name
        .toUpperCase()
        .replace(/[ŒÆß]/g, (letter) => LIGATURES[letter]!)
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[^A-Z]+/g, " ")
        .trim();
  const words = plain.split(" ").filter((word) => word !== "");
  const kept = words.filter((word) => !PARTICLES.has(word));
  return kept.length > 0 ? kept : words;
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions), stopping past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

// A letter or two apart is a typo only on a name long enough to tell: one on 3–5 letters, two from 6.
const typoAllowance = (length: number): number => (length >= 6 ? 2 : length >= 3 ? 1 : 0);

function compareWords(a: readonly string[], b: readonly string[]): NameMatch {
  const joinedA = a.join("");
  const joinedB = b.join("");
  if (joinedA === joinedB) return "same";
  // « MARIE » for « MARIE CLAIRE »: the first given names only, as some documents print them.
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length > 0 && shorter.every((word, index) => longer[index] === word)) return "near";
  const allowance = typoAllowance(Math.min(joinedA.length, joinedB.length));
  return allowance > 0 && editDistance(joinedA, joinedB, allowance) <= allowance ? "near" : "different";
}

const RANK: Readonly<Record<NameMatch, number>> = { same: 2, near: 1, different: 0 };
const best = (matches: readonly NameMatch[]): NameMatch => matches.reduce((left, right) => (RANK[right] > RANK[left] ? right : left), "different");

/**
 * Whether two names are one person's (symmetric). Last names match on the usage or the birth name of
 * either side. A clearly different first name is another person; a different last name is another
 * person only when a birth name was given, since without one the document may bear the name not sent.
 */
export function comparePersons(a: PersonName, b: PersonName): NameMatch {
  // The usual case, one name sent twice as the card prints it: its words are the same on both sides,
  // so the first names and the last names compare "same" whatever the birth names; no word split.
  if (a.firstName === b.firstName && a.lastName === b.lastName) return "same";
  const first = compareWords(nameWords(a.firstName), nameWords(b.firstName));
  if (first === "different") return "different";
  const lastNamesOf = (person: PersonName) => [person.lastName, ...(person.birthName === undefined ? [] : [person.birthName])].map(nameWords);
  const last = best(lastNamesOf(a).flatMap((left) => lastNamesOf(b).map((right) => compareWords(left, right))));
  if (last === "different") return a.birthName !== undefined || b.birthName !== undefined ? "different" : "near";
  return last === "same" && first === "same" ? "same" : "near";
}
