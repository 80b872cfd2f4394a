import { describe, expect, it } from "vitest";
import type { InvoiceInput } from "../../../src/index.js";
import { fixtureReferential } from "../../support/bdpm.js";
import { dispensedOn } from "../../support/dates.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice } from "../../support/fixtures.js";

type Line = InvoiceInput["lines"][number];

/** The clean invoice dispensed on a day the fixture's snapshot (2026-01-28) answers for, its lines replaced. */
const on = (date: string, ...lines: Line[]): InvoiceInput => ({ ...dispensedOn(cleanInvoice(), date), lines });
const drug = (productCode: string, unitPrice: string, amo: string, prestationCode: Line["prestationCode"] = "PH7"): Line => ({
  productCode,
  productKind: "drug",
  prestationCode,
  quantity: 1,
  unitPrice,
  total: unitPrice,
  amounts: { amo, amc: "0.00", patient: (Number(unitPrice) * 100 - Number(amo) * 100 === 0 ? "0.00" : ((Number(unitPrice) * 100 - Number(amo) * 100) / 100).toFixed(2)) },
});
const referential = fixtureReferential();
const DOLIPRANE_8 = "3400935955838"; // 65 %, 1.07 €
const DOLIPRANE_NOT_REIMBURSED = "3400956369553";
const DUTASTERIDE = "3400930168592"; // 30 %, 8.82 €

describe("product/price-above-referential", () => {
  const rule = expectRule("product/price-above-referential");
  it("flags a price above the official one, to the cent, and puts the line's AMO share at risk", () => {
    rule.toFlag(on("2026-02-10", drug(DOLIPRANE_8, "1.08", "0.70")), [{ path: ["lines", 0, "unitPrice"], amountAtRisk: "0.70" }], { referential });
    const [diagnostic] = rule.diagnostics(on("2026-02-10", drug(DOLIPRANE_8, "1.08", "0.70")), { referential });
    expect(diagnostic?.message).toBe("Line 1: price billed 1.08 €, above the official price of 1.07 € on 2026-01-28 (BDPM).");
  });
  it("passes the official price and a lower one", () => {
    rule.notToFlag(on("2026-02-10", drug(DOLIPRANE_8, "1.07", "0.70")), { referential });
    rule.notToFlag(on("2026-02-10", drug(DOLIPRANE_8, "0.99", "0.64")), { referential });
  });
  it("reads the snapshot of the date of care: from its publication day, for 62 days", () => {
    rule.toFlag(on("2026-01-28", drug(DOLIPRANE_8, "1.08", "0.70")), [{ path: ["lines", 0, "unitPrice"] }], { referential });
    rule.toFlag(on("2026-03-31", drug(DOLIPRANE_8, "1.08", "0.70")), [{ path: ["lines", 0, "unitPrice"] }], { referential });
    expect(rule.notToEvaluate(on("2026-01-27", drug(DOLIPRANE_8, "1.08", "0.70")), { referential })).toBe("no snapshot of the referential published on or before 2026-01-27");
    expect(rule.notToEvaluate(on("2026-04-01", drug(DOLIPRANE_8, "1.08", "0.70")), { referential })).toBe(
      "the latest snapshot of the referential before 2026-04-01 is of 2026-01-28: too old for that day's prices",
    );
  });
  it("is not evaluated without a referential, and leaves a product the snapshot does not list alone", () => {
    expect(rule.notToEvaluate(on("2026-02-10", drug(DOLIPRANE_8, "1.08", "0.70")))).toBe("no drug referential given (createChecker({ referential }), CLI --bdpm)");
    expect(rule.notToEvaluate(on("2026-02-10", drug("3400936377554", "9.99", "6.49")), { referential })).toBe("no product of the invoice is in the referential of 2026-01-28");
    // One line known, one not: the known one is checked.
    rule.toFlag(on("2026-02-10", drug("3400936377554", "9.99", "6.49"), drug(DOLIPRANE_8, "1.08", "0.70")), [{ path: ["lines", 1, "unitPrice"] }], { referential });
  });
});

describe("product/not-reimbursable-on-date", () => {
  const rule = expectRule("product/not-reimbursable-on-date");
  it("flags an AMO share claimed for a presentation without a rate", () => {
    rule.toFlag(on("2026-02-10", drug(DOLIPRANE_NOT_REIMBURSED, "3.50", "2.28")), [{ path: ["lines", 0, "amounts", "amo"], amountAtRisk: "2.28" }], { referential });
  });
  it("passes it billed without AMO share, and a reimbursed one", () => {
    rule.notToFlag(on("2026-02-10", drug(DOLIPRANE_NOT_REIMBURSED, "3.50", "0.00", "PHN")), { referential });
    rule.notToFlag(on("2026-02-10", drug(DOLIPRANE_8, "1.07", "0.70")), { referential });
  });
  it("is not evaluated without a referential or before the first snapshot", () => {
    rule.notToEvaluate(on("2026-02-10", drug(DOLIPRANE_NOT_REIMBURSED, "3.50", "2.28")));
    rule.notToEvaluate(on("2026-01-27", drug(DOLIPRANE_NOT_REIMBURSED, "3.50", "2.28")), { referential });
  });
});

describe("product/rate-differs-from-referential", () => {
  const rule = expectRule("product/rate-differs-from-referential");
  it("flags a code of another rate than the drug's", () => {
    rule.toFlag(on("2026-02-10", drug(DUTASTERIDE, "8.82", "5.73", "PH7")), [{ path: ["lines", 0, "prestationCode"], amountAtRisk: "5.73" }], { referential });
    rule.toFlag(on("2026-02-10", drug(DOLIPRANE_8, "1.07", "0.32", "PH4")), [{ path: ["lines", 0, "prestationCode"] }], { referential });
  });
  it("passes the code of the drug's rate, and leaves PHN and codes without a pinned rate alone", () => {
    rule.notToFlag(on("2026-02-10", drug(DUTASTERIDE, "8.82", "2.65", "PH4")), { referential });
    rule.notToFlag(on("2026-02-10", drug(DOLIPRANE_8, "1.07", "0.70", "PH7")), { referential });
    rule.notToFlag(on("2026-02-10", drug(DOLIPRANE_8, "1.07", "0.00", "PHN")), { referential });
  });
  it("is not evaluated without a referential", () => {
    rule.notToEvaluate(on("2026-02-10", drug(DUTASTERIDE, "8.82", "5.73", "PH7")));
  });
});

describe("product/list-differs-from-referential", () => {
  const rule = expectRule("product/list-differs-from-referential");
  const listed = (productCode: string, list: Line["list"]): Line => ({ ...drug(productCode, "8.82", "2.65", "PH4"), ...(list !== undefined && { list }) });
  it("warns when the declared list is not the official one", () => {
    rule.toFlag(on("2026-02-10", listed(DUTASTERIDE, "II")), [{ path: ["lines", 0, "list"], severity: "warning" }], { referential });
    rule.toFlag(on("2026-02-10", listed(DOLIPRANE_8, "I")), [{ path: ["lines", 0, "list"] }], { referential });
    const [diagnostic] = rule.diagnostics(on("2026-02-10", listed(DUTASTERIDE, "none")), { referential });
    expect(diagnostic?.message).toBe("Line 1: declared no list, « DUTASTERIDE VIATRIS 0,5 mg, capsule molle » is list I on 2026-01-28 (BDPM); the ordonnance's checks read the declared list.");
  });
  it("passes the official list, and judges no line that declares none", () => {
    rule.notToFlag(on("2026-02-10", listed(DUTASTERIDE, "I")), { referential });
    rule.notToFlag(on("2026-02-10", listed(DOLIPRANE_8, "none")), { referential });
    rule.notToFlag(on("2026-02-10", listed(DUTASTERIDE, undefined)), { referential });
  });
  it("is not evaluated without a referential", () => {
    rule.notToEvaluate(on("2026-02-10", listed(DUTASTERIDE, "II")));
  });
});
