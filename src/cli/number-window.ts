import { hash53Value } from "../engine/fingerprints.js";

/**
 * A fingerprint as a number: the 53-bit hash it spells in base 36 (every fingerprint of the catalogue
 * is one, so two fingerprints are equal exactly when their numbers are), or, for any other string, its
 * own 53-bit hash.
 */
export function fingerprintNumber(fingerprint: string): number {
  const value = parseInt(fingerprint, 36);
  return Number.isSafeInteger(value) && value.toString(36) === fingerprint ? value : hash53Value(fingerprint);
}

const EMPTY = -1;

/** One of an invoice's fingerprints seen before it: its place among the invoice's, and where in the stream it was seen. */
export interface SeenFingerprint {
  readonly place: number;
  /** The place in the stream of the invoice that left it last (0 for the first). */
  readonly position: number;
}
const NOTHING_SEEN: readonly SeenFingerprint[] = Object.freeze([]);

/**
 * The duplicate window of the CLI's main thread: the same answers as `FingerprintWindow` (the last
 * `capacity` distinct fingerprints, a re-sent one counting as new), with fingerprints as numbers in
 * typed arrays allocated once. A window of strings makes two objects an invoice that outlive V8's
 * young generation, which V8 answers by growing that generation to its largest (32 MB) on the one
 * thread whose size no option can bound; this one makes none.
 *
 * Inside: an open-addressing table (linear probing, deletion by backward shift) from each fingerprint
 * to the sequence number of its last arrival, and a ring of arrivals in order. An arrival is live
 * while the table still points at it; the oldest live one is forgotten first.
 */
export class NumberWindow {
  private readonly keys: Float64Array;
  private readonly sequences: Float64Array;
  private readonly mask: number;
  private count = 0;
  private readonly ring: Float64Array;
  /** For each arrival of the ring, the place in the stream of the invoice it came with. */
  private readonly positions: Float64Array;
  /** Sequence numbers of the oldest arrival still in the ring and of the next one. */
  private head = 0;
  private tail = 0;

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new TypeError("capacity must be a whole number ≥ 0");
    // At most capacity + 1 fingerprints at once, in a table at most half full.
    let slots = 16;
    while (slots < 2 * (capacity + 1)) slots *= 2;
    this.keys = new Float64Array(slots).fill(EMPTY);
    this.sequences = new Float64Array(slots);
    this.mask = slots - 1;
    this.ring = new Float64Array(Math.max(16, 2 * (capacity + 1)));
    this.positions = new Float64Array(this.ring.length);
  }

  get size(): number {
    return this.count;
  }

  has(fingerprint: number): boolean {
    return this.keys[this.slotOf(fingerprint)] !== EMPTY;
  }

  /** Where in the stream a fingerprint was seen last (the invoice's place), undefined when it was not. */
  positionOf(fingerprint: number): number | undefined {
    const slot = this.slotOf(fingerprint);
    return this.keys[slot] === EMPTY ? undefined : this.positions[this.sequences[slot]! % this.ring.length];
  }

  /**
   * In stream order: which of the fingerprints of the invoice at `position` (`fingerprints[from..to)`)
   * were seen before it, as places in that range with where they were seen; then remembers them all.
   */
  admit(fingerprints: Float64Array, from: number, to: number, position: number): readonly SeenFingerprint[] {
    let seen: SeenFingerprint[] | undefined;
    for (let index = from; index < to; index++) {
      const earlier = this.positionOf(fingerprints[index]!);
      if (earlier !== undefined) (seen ??= []).push({ place: index - from, position: earlier });
    }
    for (let index = from; index < to; index++) this.remember(fingerprints[index]!, position);
    return seen ?? NOTHING_SEEN;
  }

  /** A fingerprint the invoice at `position` in the stream leaves. */
  remember(fingerprint: number, position: number): void {
    if (this.tail - this.head === this.ring.length) this.compact();
    const slot = this.slotOf(fingerprint);
    if (this.keys[slot] === EMPTY) {
      this.keys[slot] = fingerprint;
      this.count++;
    }
    // Its earlier arrival, if any, stays in the ring but is no longer live.
    this.sequences[slot] = this.tail;
    this.ring[this.tail % this.ring.length] = fingerprint;
    this.positions[this.tail % this.ring.length] = position;
    this.tail++;
    if (this.count > this.capacity) this.forgetOldest();
  }

  /** The slot of a fingerprint, or the empty slot where it would go. */
  private slotOf(fingerprint: number): number {
    // The fingerprints are hashes already: their low bits spread evenly.
    let slot = (fingerprint >>> 0) & this.mask;
    while (this.keys[slot] !== EMPTY && this.keys[slot] !== fingerprint) slot = (slot + 1) & this.mask;
    return slot;
  }

  private forgetOldest(): void {
    for (;;) {
      const sequence = this.head++;
      const slot = this.slotOf(this.ring[sequence % this.ring.length]!);
      if (this.sequences[slot] === sequence) {
        this.remove(slot);
        return;
      }
    }
  }

  private remove(slot: number): void {
    let hole = slot;
    // Backward shift: move up each later key of the run that may not stay behind the hole.
    for (let next = (hole + 1) & this.mask; this.keys[next] !== EMPTY; next = (next + 1) & this.mask) {
      const home = (this.keys[next]! >>> 0) & this.mask;
      const between = hole <= next ? hole < home && home <= next : hole < home || home <= next;
      if (between) continue;
      this.keys[hole] = this.keys[next]!;
      this.sequences[hole] = this.sequences[next]!;
      hole = next;
    }
    this.keys[hole] = EMPTY;
    this.count--;
  }

  /**
   * The ring is full of arrivals, most of them re-sent fingerprints no longer live (a stream sending
   * the same invoices again and again): keep the live ones, in order, numbered afresh.
   */
  private compact(): void {
    const live: number[] = [];
    const livePositions: number[] = [];
    for (let sequence = this.head; sequence < this.tail; sequence++) {
      const fingerprint = this.ring[sequence % this.ring.length]!;
      if (this.sequences[this.slotOf(fingerprint)] === sequence) {
        live.push(fingerprint);
        livePositions.push(this.positions[sequence % this.ring.length]!);
      }
    }
    this.head = 0;
    this.tail = 0;
    for (const [index, fingerprint] of live.entries()) {
      this.sequences[this.slotOf(fingerprint)] = this.tail;
      this.positions[this.tail] = livePositions[index]!;
      this.ring[this.tail++] = fingerprint;
    }
  }
}
