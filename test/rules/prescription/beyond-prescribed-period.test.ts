import { describe, expect, it } from "vitest";
import type { InvoiceInput } from "../../../src/index.js";
import { fixtureReferential } from "../../support/bdpm.js";
import { drugs } from "../../support/drugs.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice, ids } from "../../support/fixtures.js";

const rule = expectRule("prescription/beyond-prescribed-period");
type Line = InvoiceInput["lines"][number];
type Delivery = NonNullable<InvoiceInput["history"]>[number];
type Renewal = NonNullable<NonNullable<InvoiceInput["prescription"]>["renewal"]>;
// LEVOTHYROX, 30 tablets: 30 days a box. The ordonnance of 2025-01-08 prescribes 30 days, renewable twice.
const levothyrox = (extra: Partial<Line> = {}): Line => ({
  productCode: drugs.levothyrox.cip13,
  productKind: "drug",
  label: drugs.levothyrox.name,
  prestationCode: "PH7",
  list: "II",
  quantity: 1,
  unitPrice: drugs.levothyrox.price,
  total: drugs.levothyrox.price,
  daysOfTreatment: 30,
  prescribedDaysOfTreatment: 30,
  amounts: { amo: "1.80", amc: "0.97", patient: "0.00" },
  ...extra,
});
const invoice = (history: Delivery[] | undefined, renewal: Renewal = { authorized: 2, deliveryIndex: 2 }, lines: Line[] = [levothyrox()]): InvoiceInput => {
  const base = cleanInvoice();
  return { ...base, prescription: { ...base.prescription!, date: "2025-01-08", renewal }, lines, ...(history !== undefined && { history }) };
};
const delivered = (date: string, extra: Partial<Delivery> = {}): Delivery => ({
  date,
  productCode: drugs.levothyrox.cip13,
  quantity: 1,
  daysOfTreatment: 30,
  prescriptionDate: "2025-01-08",
  prescriberRpps: ids.doctorRpps,
  ...extra,
});

describe("prescription/beyond-prescribed-period", () => {
  it("flags a delivery once the prescribed period, renewals included, was delivered already", () => {
    const twice = [delivered("2025-01-08"), delivered("2025-02-07")];
    rule.notToFlag(invoice(twice));
    rule.toFlag(invoice([...twice, delivered("2025-03-09")]), [{ path: ["lines", 0, "quantity"], amountAtRisk: "1.80" }]);
    const [diagnostic] = rule.diagnostics(invoice([...twice, delivered("2025-03-09")]));
    expect(diagnostic?.message).toBe("Line 1: 90 days already delivered on this ordonnance and 30 more, for 90 days prescribed; 1 box(es) beyond.");
  });
  it("allows the last box that covers more than the days left, not a box that was not needed", () => {
    const eightyFour = [delivered("2025-01-08", { daysOfTreatment: 28 }), delivered("2025-02-05", { daysOfTreatment: 28 }), delivered("2025-03-05", { daysOfTreatment: 28 })];
    rule.notToFlag(invoice(eightyFour, { authorized: 2, deliveryIndex: 3 }));
    rule.toFlag(invoice(eightyFour, { authorized: 2, deliveryIndex: 3 }, [levothyrox({ quantity: 2, daysOfTreatment: 60, total: "5.98", amounts: { amo: "3.60", amc: "1.94", patient: "0.44" } })]), [
      { path: ["lines", 0, "quantity"], amountAtRisk: "1.80" },
    ]);
  });
  it("judges a first delivery without history, against the period prescribed", () => {
    const first = { authorized: 0, deliveryIndex: 0 };
    rule.notToFlag(invoice(undefined, first));
    rule.toFlag(invoice(undefined, first, [levothyrox({ quantity: 2, daysOfTreatment: 60, total: "5.98", amounts: { amo: "3.60", amc: "1.94", patient: "0.44" } })]), [{ path: ["lines", 0, "quantity"] }]);
  });
  it("counts only the deliveries of this ordonnance and of this product, or of its generic group", () => {
    const others = [delivered("2025-01-08", { prescriptionDate: "2024-12-01" }), delivered("2025-02-07", { prescriberRpps: "10000000007" }), delivered("2025-02-08", { productCode: drugs.doliprane.cip13 })];
    rule.notToFlag(invoice([...others, delivered("2025-01-09"), delivered("2025-02-09")]));
  });
  it("counts only deliveries dated from the ordonnance's day to the day before this one (edges)", () => {
    const twice = [delivered("2025-01-08"), delivered("2025-02-07")];
    rule.toFlag(invoice([...twice, delivered("2025-03-09")]), [{ path: ["lines", 0, "quantity"] }]);
    // The same day may be this delivery as the LGO recorded it; a day before the ordonnance is another's.
    rule.notToFlag(invoice([...twice, delivered("2025-03-10")]));
    rule.notToFlag(invoice([...twice, delivered("2025-01-07")]));
    rule.toFlag(invoice([delivered("2025-01-08"), ...twice]), [{ path: ["lines", 0, "quantity"] }]);
  });
  it("is not evaluated without the history of a renewal, the renewals written, or a delivery's prescriber or days", () => {
    rule.notToEvaluate(invoice(undefined));
    rule.notToEvaluate(invoice([delivered("2025-01-08"), delivered("2025-02-07"), delivered("2025-03-01")], { deliveryIndex: 3 }));
    rule.notToEvaluate(invoice([delivered("2025-01-08", { prescriberRpps: undefined })]));
    rule.notToEvaluate(invoice([delivered("2025-01-08", { daysOfTreatment: undefined })]));
  });
  it("takes a presentation of the same generic group as the same treatment, with the referential", () => {
    // DUTASTERIDE VIATRIS 0,5 mg (generic) after AVODART 0,5 mg (its princeps): generic group 1308.
    const dutasteride = levothyrox({ productCode: "3400930168592", label: "DUTASTERIDE VIATRIS 0,5 mg", prestationCode: "PH4", unitPrice: "8.82", total: "8.82", amounts: { amo: "2.65", amc: "6.17", patient: "0.00" } });
    const avodart = (date: string) => delivered(date, { productCode: "3400936182554", prescriptionDate: "2026-01-08" });
    const history = [avodart("2026-01-08"), avodart("2026-02-07"), avodart("2026-03-01")];
    // In 2026, where the fixture's snapshot of 2026-01-28 answers.
    const inTwentySix = (lines: Line[]): InvoiceInput => {
      const base = invoice(history, undefined, lines);
      return { ...base, dispensingDate: "2026-03-10", transmissionDate: "2026-03-10", prescription: { ...base.prescription!, date: "2026-01-08" } };
    };
    rule.toFlag(inTwentySix([dutasteride]), [{ path: ["lines", 0, "quantity"], amountAtRisk: "2.65" }], { referential: fixtureReferential() });
    rule.notToFlag(inTwentySix([dutasteride]));
  });
});
