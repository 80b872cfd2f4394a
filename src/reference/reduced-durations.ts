import { upperAtc } from "./atc.js";
import { isWithin } from "../engine/calendar.js";
import { defineTable } from "../engine/reference-table.js";

/**
 * Hypnotic and anxiolytic substances of liste I whose prescription is limited below 12 months
 * (CSP R5132-21): 4 weeks for hypnotics, 12 weeks for anxiolytics, 2 weeks for some hypnotics since
 * 2001. Matched by the exact ATC code of the substance, never by a class prefix: hydroxyzine (N05BB01)
 * is an anxiolytic without a reduced duration.
 */
export interface ReducedDurationRow {
  readonly substance: string;
  readonly atc: string;
  readonly kind: "hypnotic" | "anxiolytic";
  readonly maximumDays: number;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly source: { readonly label: string; readonly url?: string };
}

const ARRETE_1991 = {
  label: "Arrêté du 7 octobre 1991 fixant la liste des substances de la liste I à propriétés hypnotique et/ou anxiolytique dont la durée de prescription est réduite (4 semaines, 12 semaines)",
  url: "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000872445",
};
const ARRETE_2001 = { label: "Arrêté du 1er février 2001 modifiant l'arrêté du 7 octobre 1991: triazolam et flunitrazépam limités à 2 semaines", url: ARRETE_1991.url };
const from = "1991-11-22";

const hypnotic = (substance: string, atc: string) => ({ substance, atc, kind: "hypnotic" as const, maximumDays: 28, effective: { from }, source: ARRETE_1991 });
const anxiolytic = (substance: string, atc: string) => ({ substance, atc, kind: "anxiolytic" as const, maximumDays: 84, effective: { from }, source: ARRETE_1991 });

export const reducedDurations = defineTable<ReducedDurationRow>("reduced prescription durations", [
  hypnotic("estazolam", "N05CD04"),
  hypnotic("loprazolam", "N05CD11"),
  hypnotic("lormétazépam", "N05CD06"),
  hypnotic("nitrazépam", "N05CD02"),
  hypnotic("témazépam", "N05CD07"),
  hypnotic("zolpidem", "N05CF02"),
  hypnotic("zopiclone", "N05CF01"),
  { substance: "triazolam", atc: "N05CD05", kind: "hypnotic", maximumDays: 14, effective: { from: "2001-02-01" }, source: ARRETE_2001 },
  { substance: "flunitrazépam", atc: "N05CD03", kind: "hypnotic", maximumDays: 14, effective: { from: "2001-02-01" }, source: ARRETE_2001 },
  anxiolytic("alprazolam", "N05BA12"),
  anxiolytic("bromazépam", "N05BA08"),
  anxiolytic("chlordiazépoxide", "N05BA02"),
  anxiolytic("clobazam", "N05BA09"),
  anxiolytic("clorazépate", "N05BA05"),
  anxiolytic("clotiazépam", "N05BA21"),
  anxiolytic("diazépam", "N05BA01"),
  anxiolytic("loflazépate d'éthyle", "N05BA18"),
  anxiolytic("lorazépam", "N05BA06"),
  anxiolytic("nordazépam", "N05BA16"),
  anxiolytic("oxazépam", "N05BA04"),
  anxiolytic("prazépam", "N05BA11"),
]);

// By ATC code: most lines have one, and most are no hypnotic or anxiolytic, so a line costs a map read.
const byAtc = new Map<string, ReducedDurationRow[]>();
for (const row of reducedDurations.rows) byAtc.set(row.atc, [...(byAtc.get(row.atc) ?? []), row]);

/** The reduced-duration row of a line's substance on a date, by its exact ATC code. */
export function reducedDurationOf(atc: string | undefined, date: string): ReducedDurationRow | undefined {
  if (atc === undefined) return undefined;
  const rows = byAtc.get(upperAtc(atc));
  return rows?.find((row) => isWithin(date, row.effective));
}
