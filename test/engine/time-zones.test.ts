import { describe, expect, it } from "vitest";
import { checkInvoice, createChecker, isWorkingDay, workingDaysBetween } from "../../src/index.js";
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

  it("reads a Date asOf as the caller's calendar day, and writes it YYYY-MM-DD", () => {
    expect(checkInvoice(cleanInvoice(), { asOf: new Date(2025, 2, 10, 23, 59) }).asOf).toBe("2025-03-10");
    expect(checkInvoice(cleanInvoice(), { asOf: new Date(2025, 2, 10, 0, 0) }).asOf).toBe("2025-03-10");
  });
});
