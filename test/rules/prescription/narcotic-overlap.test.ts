import { describe, expect, it } from "vitest";
import { createChecker, invoiceFingerprints, type InvoiceInput } from "../../../src/index.js";
import { drugs } from "../../support/drugs.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice, ids } from "../../support/fixtures.js";

const rule = expectRule("prescription/narcotic-overlap");
type Line = InvoiceInput["lines"][number];
type Delivery = NonNullable<InvoiceInput["history"]>[number];
// SKENAN L.P. 200 mg (morphine, N02AA01), a stupéfiant: 14 days a box here.
const skenan = (extra: Partial<Line> = {}): Line => ({
  productCode: drugs.skenan.cip13,
  productKind: "drug",
  label: drugs.skenan.name,
  prestationCode: "PH7",
  list: "stupefiant",
  atc: "N02AA01",
  quantity: 1,
  unitPrice: drugs.skenan.price,
  total: drugs.skenan.price,
  daysOfTreatment: 14,
  prescribedDaysOfTreatment: 14,
  amounts: { amo: "26.50", amc: "14.27", patient: "0.00" },
  ...extra,
});
const OTHER_RPPS = "10000000007";
/** Skenan delivered on 2025-03-10 on an ordonnance of 2025-03-08 (secure), with this history and overlap mention. */
const invoice = (history: Delivery[] | undefined, overlapMention: boolean | "not sent" = false, prescriptionDate = "2025-03-08"): InvoiceInput => {
  const base = cleanInvoice();
  return {
    ...base,
    prescription: { ...base.prescription!, date: prescriptionDate, secure: true, ...(overlapMention !== "not sent" && { overlapMention }) },
    lines: [skenan()],
    ...(history !== undefined && { history }),
  };
};
const earlier = (extra: Partial<Delivery> = {}): Delivery => ({
  date: "2025-02-25",
  productCode: drugs.skenan.cip13,
  quantity: 1,
  daysOfTreatment: 14,
  prescriptionDate: "2025-02-24",
  prescriberRpps: ids.doctorRpps,
  list: "stupefiant",
  atc: "N02AA01",
  ...extra,
});

describe("prescription/narcotic-overlap", () => {
  it("flags a new ordonnance of the same prescriber delivered while the previous one still covers the day (edge: its last day)", () => {
    // Delivered 2025-02-25 for 14 days: covers 25 February to 10 March inclusive.
    rule.toFlag(invoice([earlier()]), [{ path: ["lines", 0], severity: "error", amountAtRisk: "26.50" }]);
    rule.notToFlag(invoice([earlier({ date: "2025-02-24" })]));
    const [diagnostic] = rule.diagnostics(invoice([earlier()]));
    expect(diagnostic?.message).toBe(
      "Line 1: narcotic delivered on 2025-03-10 while a previous ordonnance of the same prescriber still covers the period (until 2025-03-10), without an overlap mention.",
    );
  });
  it("matches the same substance by ATC code (another strength), never a product whose ATC is not known", () => {
    rule.toFlag(invoice([earlier({ productCode: "3400933323813" })]), [{ path: ["lines", 0] }]);
    rule.notToFlag(invoice([earlier({ productCode: "3400933323813", atc: "N02AB03" })]));
    rule.notToFlag(invoice([earlier({ productCode: drugs.methadone.cip13, atc: undefined })]));
  });
  it("accepts the prescriber's express mention, and a fraction of the same ordonnance", () => {
    rule.notToFlag(invoice([earlier()], true));
    rule.notToFlag(invoice([earlier({ prescriptionDate: "2025-03-08" })]));
  });
  it("warns, without certainty, when the earlier ordonnance is another prescriber's or of an unknown one", () => {
    rule.toFlag(invoice([earlier({ prescriberRpps: OTHER_RPPS })]), [{ path: ["lines", 0], severity: "warning" }]);
    rule.toFlag(invoice([earlier({ prescriberRpps: undefined })]), [{ path: ["lines", 0], severity: "warning" }]);
  });
  it("leaves deliveries that are not narcotics, or that no longer cover the day, alone", () => {
    rule.notToFlag(invoice([earlier({ list: "I" })]));
    rule.notToFlag(invoice([earlier({ daysOfTreatment: 13 })]));
    rule.notToFlag(invoice([]));
  });
  it("is not evaluated without the patient's earlier deliveries, or without the overlap mention when there is an overlap", () => {
    rule.notToEvaluate(invoice(undefined));
    rule.notToEvaluate(invoice([earlier()], "not sent"));
  });
  it("sees, in a stream, an earlier invoice of the same patient, as the window of the caller's history does", () => {
    const first: InvoiceInput = { ...invoice([], false, "2025-02-24"), id: "A", number: "000000101", dispensingDate: "2025-02-25", transmissionDate: "2025-02-25" };
    const second: InvoiceInput = { ...invoice([]), id: "B", number: "000000102" };
    const checker = createChecker({ only: ["prescription/narcotic-overlap"], locale: "en" });
    const reports = [...checker.checkBatch([first, second])];
    expect(reports.map((report) => report.diagnostics.map((diagnostic) => diagnostic.severity))).toEqual([[], ["error"]]);
    // The same ordonnance again (a corrected re-bill, or a fraction): no overlap.
    const again = createChecker({ only: ["prescription/narcotic-overlap"] });
    expect([...again.checkBatch([first, { ...first, id: "C", number: "000000103" }])].flatMap((report) => report.diagnostics)).toEqual([]);
    // Across sessions: the fingerprints of invoices already sent.
    const later = createChecker({ only: ["prescription/narcotic-overlap"], history: invoiceFingerprints(first) });
    expect(later.check(second).diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(["error"]);
    expect(createChecker({ only: ["prescription/narcotic-overlap"], history: invoiceFingerprints(first) }).check({ ...second, lines: [skenan({ atc: "N02AB03", productCode: "3400933323813" })] }).diagnostics).toEqual([]);
  });
});
