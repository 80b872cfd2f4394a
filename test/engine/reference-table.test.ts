import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineTable } from "../../src/index.js";

const source = { label: "test table" };
const table = defineTable("rates", [
  { effective: { from: "2019-01-01", to: "2019-10-31" }, source, rate: 60 },
  { effective: { from: "2019-11-01" }, source, rate: 70 },
  { effective: { from: "2021-01-01", to: "2021-12-31" }, source, rate: 0 },
]);
const ratesOn = (date: string) => table.rowsOn(date).map((row) => row.rate);

describe("defineTable", () => {
  it("gives the rows in force on a date, both ends of a period included", () => {
    expect(ratesOn("2018-12-31")).toEqual([]);
    expect(ratesOn("2019-01-01")).toEqual([60]);
    expect(ratesOn("2019-10-31")).toEqual([60]);
    expect(ratesOn("2019-11-01")).toEqual([70]);
    expect(ratesOn("2021-12-31")).toEqual([70, 0]);
    expect(ratesOn("2022-01-01")).toEqual([70]);
    expect(table.find("2021-06-01", (row) => row.rate < 50)?.rate).toBe(0);
    expect(table.find("2022-06-01", (row) => row.rate < 50)).toBeUndefined();
    expect(Object.isFrozen(table.rows)).toBe(true);
  });

  it("answers each date right whatever was asked before", () => {
    const dates = fc.constantFrom("2018-12-31", "2019-01-01", "2019-10-31", "2019-11-01", "2021-06-01", "2022-01-01");
    fc.assert(
      fc.property(fc.array(dates, { minLength: 1, maxLength: 20 }), (asked) => {
        for (const date of asked) {
          const rows = table.rowsOn(date);
          const inForce = table.rows.filter((row) => row.effective.from <= date && (row.effective.to === undefined || date <= row.effective.to));
          expect(rows).toEqual(inForce);
          // The rows of a stretch of dates are shared between calls: frozen, so no caller can change them.
          expect(Object.isFrozen(rows)).toBe(true);
          expect(table.find(date, (row) => row.rate < 65)).toBe(inForce.find((row) => row.rate < 65));
        }
      }),
    );
  });

  it("gives, on any table and any date, exactly the rows a filter by isWithin gives (property)", () => {
    const day = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    const row = fc.tuple(day, fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined })).map(([from, length]) => ({
      effective: length === undefined ? { from } : { from, to: new Date(Date.parse(from) + length * 864e5).toISOString().slice(0, 10) },
      source,
    }));
    // Dates of the tables' edges, their neighbours, and strings that are no dates (a custom rule's).
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.array(fc.oneof(day, fc.string({ maxLength: 12 })), { maxLength: 20 }), (rows, extra) => {
        const generated = defineTable("generated", rows);
        const edges = rows.flatMap(({ effective: { from, to } }) => [from, `${from}x`, to ?? from, `${to ?? from}\u0000`, `${to ?? from}0`]);
        for (const date of [...edges, ...extra]) {
          expect(generated.rowsOn(date)).toEqual(generated.rows.filter((each) => each.effective.from <= date && (each.effective.to === undefined || date <= each.effective.to)));
        }
      }),
    );
    // The same array for every date of a stretch.
    expect(table.rowsOn("2019-02-01")).toBe(table.rowsOn("2019-10-31"));
  });

  it("throws on a row without a source or with dates out of order: a programmer's error", () => {
    expect(() => defineTable("bad", [{ effective: { from: "2020-01-01", to: "2019-01-01" }, source }])).toThrow("table bad, row 0: effective dates must be YYYY-MM-DD with from ≤ to");
    expect(() => defineTable("bad", [{ effective: { from: "1/1/2020" }, source }])).toThrow(TypeError);
    expect(() => defineTable("bad", [{ effective: { from: "2020-01-01" }, source: { label: " " } }])).toThrow("table bad, row 0: a source is required");
  });
});
