import { describe, expect, it } from "vitest";
import type { InvoiceInput } from "../../../src/index.js";
import { dispensedOn } from "../../support/dates.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice } from "../../support/fixtures.js";

const rule = expectRule("prescription/reduced-duration-exceeded");
type Line = InvoiceInput["lines"][number];
// XANAX 0,25 mg, 30 tablets (alprazolam, N05BA12: an anxiolytic, 12 weeks at most).
const line = (extra: Partial<Line>): Line => ({
  productCode: "3400932644490",
  productKind: "drug",
  prestationCode: "PH7",
  atc: "N05BA12",
  list: "I",
  quantity: 1,
  unitPrice: "1.23",
  total: "1.23",
  daysOfTreatment: 30,
  amounts: { amo: "0.80", amc: "0.43", patient: "0.00" },
  ...extra,
});
const invoice = (...lines: Line[]): InvoiceInput => ({ ...cleanInvoice(), lines });

describe("prescription/reduced-duration-exceeded", () => {
  it("flags an anxiolytic beyond 12 weeks and a hypnotic beyond 4, to the day", () => {
    rule.toFlag(invoice(line({ prescribedDaysOfTreatment: 85 })), [{ path: ["lines", 0, "prescribedDaysOfTreatment"], amountAtRisk: "0.80" }]);
    rule.notToFlag(invoice(line({ prescribedDaysOfTreatment: 84 })));
    rule.toFlag(invoice(line({ atc: "N05CF02", prescribedDaysOfTreatment: 29 })), [{ path: ["lines", 0, "prescribedDaysOfTreatment"] }]);
    rule.notToFlag(invoice(line({ atc: "N05CF02", prescribedDaysOfTreatment: 28 })));
    const [diagnostic] = rule.diagnostics(invoice(line({ atc: "N05CF02", prescribedDaysOfTreatment: 29 })));
    expect(diagnostic?.message).toBe("Line 1: zolpidem (hypnotic) for 29 days, beyond the 28 days allowed.");
  });
  it("limits triazolam to 2 weeks from 2001-02-01, to 4 weeks before", () => {
    const triazolam = (date: string, days: number) => dispensedOn(invoice(line({ atc: "N05CD05", prescribedDaysOfTreatment: days })), date);
    rule.toFlag(triazolam("2001-02-01", 15), [{ path: ["lines", 0, "prescribedDaysOfTreatment"] }]);
    rule.notToFlag(triazolam("2001-01-31", 15));
  });
  it("reads the days delivered when the prescribed ones are not sent, and judges no line without them or without ATC", () => {
    rule.toFlag(invoice(line({ atc: "N05CF02", daysOfTreatment: 30 })), [{ path: ["lines", 0, "daysOfTreatment"] }]);
    rule.notToFlag(invoice(line({ daysOfTreatment: undefined as never })));
    rule.notToFlag(invoice(line({ atc: undefined as never, prescribedDaysOfTreatment: 120 })));
    // Hydroxyzine is an anxiolytic without a reduced duration.
    rule.notToFlag(invoice(line({ atc: "N05BB01", prescribedDaysOfTreatment: 120 })));
  });
});
