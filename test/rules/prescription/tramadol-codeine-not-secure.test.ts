import { describe, it } from "vitest";
import type { InvoiceInput } from "../../../src/index.js";
import { dispensedOn } from "../../support/dates.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice } from "../../support/fixtures.js";

const rule = expectRule("prescription/tramadol-codeine-not-secure");
type Line = InvoiceInput["lines"][number];
// TRAMADOL ZENTIVA LP 100 mg, 30 tablets (BDPM 2026-01-28: 65 %, 4.91 €, liste I).
const tramadol = (extra: Partial<Line> = {}): Line => ({
  productCode: "3400930288306",
  productKind: "drug",
  prestationCode: "PH7",
  atc: "N02AX02",
  list: "I",
  quantity: 1,
  unitPrice: "4.91",
  total: "4.91",
  prescribedDaysOfTreatment: 30,
  daysOfTreatment: 30,
  amounts: { amo: "3.19", amc: "1.72", patient: "0.00" },
  ...extra,
});
/** Prescribed on `prescribedOn`, dispensed a week later, on an ordonnance secure or not. */
const invoice = (prescribedOn: string, secure: boolean | undefined, line: Line = tramadol()): InvoiceInput => {
  const base = dispensedOn(cleanInvoice(), prescribedOn);
  const { secure: _secure, ...prescription } = { ...base.prescription!, date: prescribedOn, bizone: false, exceptionForm: false, electronic: false, secure: false };
  return { ...base, prescription: secure === undefined ? (prescription as InvoiceInput["prescription"] & object) : { ...prescription, secure }, lines: [line] };
};

describe("prescription/tramadol-codeine-not-secure", () => {
  it("warns on a non-secure ordonnance dated from 2025-04-01 (the end of the March derogation)", () => {
    rule.toFlag(invoice("2025-04-01", false), [{ path: ["lines", 0], severity: "warning", amountAtRisk: "3.19" }]);
    rule.notToFlag(invoice("2025-03-31", false));
    rule.notToFlag(invoice("2025-04-01", true));
  });
  it("warns on more than 12 weeks prescribed, from the ordonnances of 2025-03-01", () => {
    rule.toFlag(invoice("2025-03-01", true, tramadol({ prescribedDaysOfTreatment: 85 })), [{ path: ["lines", 0, "prescribedDaysOfTreatment"] }]);
    rule.notToFlag(invoice("2025-03-01", true, tramadol({ prescribedDaysOfTreatment: 84 })));
    // Before the measures, nothing is judged here.
    rule.notToFlag(dispensedOn(invoice("2025-03-01", false, tramadol({ prescribedDaysOfTreatment: 90 })), "2025-02-28"));
  });
  it("knows codeine in association and as an antitussive by their ATC codes, and no other substance", () => {
    rule.toFlag(invoice("2025-06-02", false, tramadol({ atc: "N02AJ06" })), [{ path: ["lines", 0] }]);
    rule.toFlag(invoice("2025-06-02", false, tramadol({ atc: "R05DA04" })), [{ path: ["lines", 0] }]);
    rule.notToFlag(invoice("2025-06-02", false, tramadol({ atc: "N02BE01" })));
  });
  it("is not evaluated when whether the ordonnance is secure was not sent, and judges no line without ATC", () => {
    rule.notToEvaluate(invoice("2025-06-02", undefined));
    rule.notToFlag(invoice("2025-06-02", false, tramadol({ atc: undefined as never })));
  });
});
