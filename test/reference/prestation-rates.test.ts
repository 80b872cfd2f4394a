import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prestationCodes, type PrestationCode } from "../../src/model/codes.js";
import { prestationRate, prestationRates } from "../../src/reference/prestation-rates.js";

const codes = Object.keys(prestationCodes) as PrestationCode[];
// Each day a row starts or ends, the day before it and the day after it, and a few days in between.
const edges = prestationRates.rows.flatMap(({ effective }) => [effective.from, ...(effective.to === undefined ? [] : [effective.to])]);
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const dates = [...new Set([...edges.flatMap((date) => [shift(date, -1), date, shift(date, 1)]), "2000-06-15", "2026-12-03"])].sort();

describe("prestationRate", () => {
  it("gives the rate of the first row in force that names the code, whatever was asked before", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...codes), fc.constantFrom(...dates)), { minLength: 1, maxLength: 30 }), (asked) => {
        for (const [code, date] of asked) {
          const searched = prestationRates.rows.find(
            (row) => row.effective.from <= date && (row.effective.to === undefined || date <= row.effective.to) && row.codes.includes(code),
          );
          expect(prestationRate(code, date), `${code} on ${date}`).toBe(searched?.ratePercent);
        }
      }),
    );
  });

  it("reads the law on the date: homeopathy 30 % in 2019, 15 % in 2020, 0 % from 2021", () => {
    expect(prestationRate("PMH", "2019-12-31")).toBe(30);
    expect(prestationRate("PMH", "2020-01-01")).toBe(15);
    expect(prestationRate("PMH", "2021-01-01")).toBe(0);
    expect(prestationRate("VGP", "2019-10-31")).toBe(60);
    expect(prestationRate("VGP", "2019-11-01")).toBe(70);
  });
});
