import { describe, it } from "vitest";
import type { InvoiceInput } from "../../../src/index.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice } from "../../support/fixtures.js";

const rule = expectRule("prescription/glp1-form-missing");
type Line = InvoiceInput["lines"][number];
// OZEMPIC 0,5 mg (sémaglutide, A10BJ06), 30 %.
const ozempic = (extra: Partial<Line> = {}): Line => ({
  productCode: "3400930151099",
  productKind: "drug",
  prestationCode: "PH4",
  atc: "A10BJ06",
  list: "I",
  quantity: 1,
  unitPrice: "76.58",
  total: "76.58",
  amounts: { amo: "22.97", amc: "53.61", patient: "0.00" },
  ...extra,
});
const invoice = (date: string, glp1Form: boolean | undefined, line: Line = ozempic()): InvoiceInput => {
  const base = cleanInvoice();
  const { glp1Form: _unused, ...prescription } = { ...base.prescription!, date, glp1Form: false };
  return { ...base, dispensingDate: date, transmissionDate: date, prescription: glp1Form === undefined ? prescription : { ...prescription, glp1Form }, lines: [line] };
};

describe("prescription/glp1-form-missing", () => {
  it("warns on a GLP-1 analogue of diabetes billed to the AMO without the form, from 2025-09-01", () => {
    rule.toFlag(invoice("2025-09-01", false), [{ path: ["lines", 0], severity: "warning", amountAtRisk: "22.97" }]);
    rule.notToFlag(invoice("2025-08-31", false));
    rule.notToFlag(invoice("2025-09-01", true));
  });
  it("knows liraglutide, dulaglutide and exénatide, and leaves other drugs and lines without an AMO share alone", () => {
    for (const atc of ["A10BJ01", "A10BJ02", "A10BJ05"]) rule.toFlag(invoice("2025-10-06", false, ozempic({ atc })), [{ path: ["lines", 0] }]);
    rule.notToFlag(invoice("2025-10-06", false, ozempic({ atc: "A10BH01" })));
    rule.notToFlag(invoice("2025-10-06", false, ozempic({ amounts: { amo: "0.00", amc: "0.00", patient: "76.58" } })));
  });
  it("is not evaluated when whether the form was presented is not sent", () => {
    rule.notToEvaluate(invoice("2025-10-06", undefined));
  });
});
