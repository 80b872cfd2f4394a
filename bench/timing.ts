// Timing helpers: interleaved rounds and medians, so that a burst of load on the machine or a GC
// pause hits every contender alike instead of skewing one of them.

/** One pass of a contender over the whole mix; it returns something so the work cannot be optimised away. */
export type Pass = () => unknown | Promise<unknown>;

export interface Contender {
  readonly name: string;
  readonly pass: Pass;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The value below which `fraction` of the values fall (nearest rank). */
export const percentile = (values: readonly number[], fraction: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
};

let sink: unknown;
/** Keeps results alive so that the engine cannot drop the work that produced them. */
export const consume = (value: unknown): void => {
  sink = value;
};
export const lastConsumed = (): unknown => sink;

async function timeOnce(pass: Pass): Promise<number> {
  const start = process.hrtime.bigint();
  consume(await pass());
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * Runs `warmup` untimed passes of each contender, then `rounds` rounds in which every contender
 * makes one timed pass, the order rotating each round. Returns the median seconds per pass.
 */
export async function interleave(
  contenders: readonly Contender[],
  rounds: number,
  warmup: number,
  /** Run, untimed, before every pass: e.g. fresh invoices, never seen by any contender. */
  before: () => void = () => undefined,
): Promise<Map<string, { median: number; samples: number[] }>> {
  for (let index = 0; index < warmup; index++) {
    for (const contender of contenders) {
      before();
      await timeOnce(contender.pass);
    }
  }
  const samples = new Map<string, number[]>(contenders.map((contender) => [contender.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let offset = 0; offset < contenders.length; offset++) {
      const contender = contenders[(round + offset) % contenders.length]!;
      before();
      samples.get(contender.name)!.push(await timeOnce(contender.pass));
    }
  }
  return new Map([...samples].map(([name, values]) => [name, { median: median(values), samples: values }]));
}
