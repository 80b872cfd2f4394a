/**
 * cyrb53: a fast 53-bit string hash, unkeyed. Fingerprints are hashed to have a fixed size per entry,
 * not to hide what they hash: the content fingerprint hashes the NIR with the birth date, the product
 * and the day, and given those, the NIR can be found again by trying each one. A fingerprint is
 * pseudonymous personal data, to be kept as the invoices are (docs/guide.md, "Duplicates").
 */
export const hash53 = (text: string): string => hash53Value(text).toString(36);

/** The 53-bit hash of hash53 as a number (a safe integer). */
export function hash53Value(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Fingerprints a stream remembers unless told otherwise: two or so per invoice, about 10 MB. */
export const DEFAULT_DUPLICATE_WINDOW = 100_000;

/** What a cross-invoice rule may ask: has this fingerprint been seen before this invoice? */
export interface History {
  has(fingerprint: string): boolean;
  readonly empty: boolean;
}

/**
 * The fingerprints a batch remembers: the caller's history (already sent) plus the last `capacity`
 * fingerprints of the batch itself, oldest forgotten first, so memory stays bounded on any stream.
 */
export class FingerprintWindow implements History {
  private readonly recent = new Set<string>();
  /**
   * One iterator for the window's whole life, always at the oldest fingerprint. A fresh
   * `values().next()` for each eviction would walk past every entry deleted from the front since the
   * Set last compacted itself: on a full window of 100,000 that cost about 40 µs an eviction, some
   * 185 µs an invoice of a long stream (300,000 fingerprints: 8 s, against 0.1 s with a live
   * iterator, which skips each deleted entry once).
   */
  private readonly oldest = this.recent.values();

  constructor(
    private readonly capacity: number,
    private readonly sent: ReadonlySet<string>,
  ) {}

  has(fingerprint: string): boolean {
    return this.sent.has(fingerprint) || this.recent.has(fingerprint);
  }

  get empty(): boolean {
    return this.sent.size === 0 && this.recent.size === 0;
  }

  remember(fingerprints: readonly string[]): void {
    for (const fingerprint of fingerprints) {
      // Re-inserting moves a fingerprint to the newest end (a Set keeps insertion order).
      this.recent.delete(fingerprint);
      this.recent.add(fingerprint);
      if (this.recent.size > this.capacity) this.recent.delete(this.oldest.next().value as string);
    }
  }

  /** In stream order: the fingerprints of one invoice already seen before it; then remembers them all. */
  admit(fingerprints: readonly string[]): string[] {
    const seen = fingerprints.filter((fingerprint) => this.has(fingerprint));
    this.remember(fingerprints);
    return seen;
  }

  get size(): number {
    return this.recent.size;
  }
}
