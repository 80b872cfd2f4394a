import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calendarDay, checkInvoice, createChecker, isWorkingDay, workingDaysBetween } from "../../src/index.js";
import { addDays, daysBetween, isIsoDate } from "../../src/engine/calendar.js";
import { cleanInvoice } from "../support/fixtures.js";
import { dispensedOn } from "../support/dates.js";

// npm test runs this file three times: in the machine's zone, then under TZ=Pacific/Apia and
// TZ=Pacific/Kiritimati, the zones that skipped a whole day (2011-12-30 and 1994-12-31). The
// library's calendar is day arithmetic, so the answers are the same in every zone.
describe(`the calendar in the zone ${process.env.TZ ?? "(machine default)"}`, () => {
  it("knows the days a zone skipped", () => {
    expect(isIsoDate("2011-12-30")).toBe(true);
    expect(isIsoDate("1994-12-31")).toBe(true);
    expect(addDays("2011-12-29", 1)).toBe("2011-12-30");
    expect(addDays("1994-12-30", 2)).toBe("1995-01-01");
    expect(daysBetween("2011-12-29", "2011-12-31")).toBe(2);
  });

  it("counts working days across them", () => {
    // Friday 30 December 2011 is a working day; Saturday 31, Sunday 1 January (a holiday) are not.
    expect(isWorkingDay("2011-12-30")).toBe(true);
    expect(workingDaysBetween("2011-12-29", "2012-01-02")).toBe(2);
    expect(workingDaysBetween("1994-12-29", "1995-01-02")).toBe(2);
  });

  it("takes them as asOf and as a date of care", () => {
    expect(() => createChecker({ asOf: "2011-12-30" })).not.toThrow();
    const report = checkInvoice(dispensedOn(cleanInvoice(), "2011-12-30"), { asOf: "2011-12-30" });
    expect(report.asOf).toBe("2011-12-30");
    expect(report.diagnostics.filter((diagnostic) => diagnostic.ruleId === "input/invalid")).toEqual([]);
  });

  it("writes the day a moment falls on in the zone named, whatever the machine's zone", () => {
    // 23:30 UTC on 9 March is already 10 March in Paris (UTC+1 in winter), still 9 March in Guadeloupe.
    const moment = new Date(Date.UTC(2025, 2, 9, 23, 30));
    expect(calendarDay(moment, "Europe/Paris")).toBe("2025-03-10");
    expect(calendarDay(moment, "UTC")).toBe("2025-03-09");
    expect(calendarDay(moment, "America/Guadeloupe")).toBe("2025-03-09");
    expect(calendarDay(new Date(Date.UTC(2025, 2, 9, 20, 30)), "Indian/Reunion")).toBe("2025-03-10");
    // Summer time: Paris is UTC+2 from the last Sunday of March.
    expect(calendarDay(new Date(Date.UTC(2025, 5, 30, 22, 0)), "Europe/Paris")).toBe("2025-07-01");
    expect(calendarDay(new Date(Date.UTC(2025, 5, 30, 21, 59)), "Europe/Paris")).toBe("2025-06-30");
    expect(calendarDay(new Date("0001-01-01T00:00:00Z"), "UTC")).toBe("0001-01-01");
  });

  it("agrees with the UTC fields of any moment when the zone is UTC (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }), (moment) => {
        expect(calendarDay(moment, "UTC")).toBe(moment.toISOString().slice(0, 10));
      }),
    );
  });

  it("refuses what is not a day: an invalid Date, a year YYYY-MM-DD cannot write, an unknown zone", () => {
    expect(() => calendarDay(new Date(Number.NaN), "Europe/Paris")).toThrow(TypeError);
    expect(() => calendarDay(new Date(Date.UTC(10000, 0, 1)), "UTC")).toThrow(/0001–9999/);
    expect(() => calendarDay(new Date("0000-12-31T23:59:59Z"), "UTC")).toThrow(/0001–9999/);
    expect(() => calendarDay(new Date(), "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
