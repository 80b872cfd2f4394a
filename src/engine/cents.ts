// Integer cents for every amount a check computes: a line total, a share at a whole percent, sums of
// shares, a fraction of a line, the report's amounts at risk. The model's amounts are decimal strings
// of at most two decimals, so cents are exact; BigInt keeps them exact whatever the quantity, and a
// custom rule's amount of more decimals is read as an integer at its own scale (decimalEuros). A
// property test holds every result equal to decimal.js's (test/engine/cents.test.ts); decimal.js
// stays the library's decimal type for the helpers at the API (invoiceTotal, applyFix's splits).

// Invoices repeat the same few amounts ("0.00", a box's price, its shares) on line after line, and
// each BigInt made is an allocation: a bounded memo gives the one already made (200-line invoices
// about 15 % faster; a BigInt is immutable, so sharing it is safe).
const memo = new Map<string, bigint>();

/** A model amount (euros, at most two decimals, not negative) as integer cents, exactly. */
export function centsOf(amount: string): bigint {
  let known = memo.get(amount);
  if (known === undefined) {
    known = parseCents(amount);
    if (memo.size >= 10_000) memo.clear();
    memo.set(amount, known);
  }
  return known;
}

/**
 * The model holds at most nine digits before the point, so the cents (under 10^11) are exact in a
 * double: the digits are read as a number, and one BigInt made of it, which costs a fraction of
 * parsing the text as BigInts (this was a sixth of the time of a 200-line invoice).
 */
function parseCents(amount: string): bigint {
  let cents = 0;
  let decimals = -1;
  for (let index = 0; index < amount.length; index++) {
    const code = amount.charCodeAt(index);
    if (code === 46) {
      decimals = 0;
      continue;
    }
    cents = cents * 10 + (code - 48);
    if (decimals >= 0) decimals++;
  }
  if (decimals <= 0) cents *= 100;
  else if (decimals === 1) cents *= 10;
  return BigInt(cents);
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

/** The sum of model amounts, in cents: what a payer's shares of several lines come to. */
export function sumCents(amounts: Iterable<string>): bigint {
  let total = 0n;
  for (const amount of amounts) total += centsOf(amount);
  return total;
}

/**
 * `cents × numerator ÷ denominator` rounded half-up to the cent, for amounts that are not negative
 * and a positive denominator: the share of a line's money that some of its boxes carry.
 */
export function fractionOf(cents: bigint, numerator: number, denominator: number): bigint {
  if (!Number.isSafeInteger(numerator) || numerator < 0 || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new TypeError(`fractionOf: ${numerator}/${denominator} is not a fraction of whole numbers`);
  }
  const twice = 2n * BigInt(denominator);
  return (cents * BigInt(numerator) * 2n + BigInt(denominator)) / twice;
}

/**
 * Euros as a decimal string with any number of decimals (a custom rule's amount may have more than
 * two), exactly: its digits as one integer and how many of them are decimals; undefined when the text
 * is not a decimal number that is not negative.
 */
export function decimalEuros(text: string): { readonly units: bigint; readonly scale: number } | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return undefined;
  const decimals = match[2] ?? "";
  return { units: BigInt(match[1]! + decimals), scale: decimals.length };
}

/** Units at a scale of decimals rounded half-up to cents, as `decimal.js` rounds with ROUND_HALF_UP. */
export function unitsToCents(units: bigint, scale: number): bigint {
  if (scale <= 2) return units * 10n ** BigInt(2 - scale);
  const divisor = 10n ** BigInt(scale - 2);
  return (units * 2n + divisor) / (2n * divisor);
}
