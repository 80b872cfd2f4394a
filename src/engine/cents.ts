// Integer cents for the rules that recompute a line's money on every invoice: a line total, a share
// at a whole percent, a sum of shares. The model's amounts are decimal strings of at most two
// decimals, so cents are exact; BigInt keeps them exact whatever the quantity. A property test holds
// every result equal to decimal.js's (test/engine/cents.test.ts); decimal.js stays the library's
// decimal type at the API and wherever an amount has more decimals or a rate is not whole.

/** A model amount (euros, at most two decimals, not negative) as integer cents, exactly. */
export function centsOf(amount: string): bigint {
  const dot = amount.indexOf(".");
  if (dot < 0) return BigInt(amount) * 100n;
  const decimals = amount.slice(dot + 1);
  return BigInt(amount.slice(0, dot)) * 100n + BigInt(decimals.length === 1 ? `${decimals}0` : decimals);
}

/** Cents back to the form amounts cross the API in: euros with two decimals. */
export function eurosOf(cents: bigint): string {
  const negative = cents < 0n;
  const size = negative ? -cents : cents;
  return `${negative ? "-" : ""}${size / 100n}.${String(size % 100n).padStart(2, "0")}`;
}

/** A whole percent of an amount that is not negative, rounded half-up to the cent. */
export function percentOf(cents: bigint, percent: number): bigint {
  if (!Number.isInteger(percent) || percent < 0) throw new TypeError(`percentOf: ${percent} is not a whole percent`);
  return (cents * BigInt(percent) + 50n) / 100n;
}
