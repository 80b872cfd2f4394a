// "Did you mean": for option names, rule ids and the CLI's commands and flags. No dependency, so that
// the CLI's main thread can use it without loading zod.

/** Levenshtein distance, for "did you mean": option names are short, the quadratic cost is nothing. */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(previous[j]! + 1, previous[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The closest known name, when it is close enough to be what the caller meant. */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

export const didYouMean = (name: string, known: Iterable<string>): string => {
  const closest = closestName(name, known);
  return closest === undefined ? "" : `; did you mean ${JSON.stringify(closest)}?`;
};

