import { describe, it } from "vitest";
import type { InvoiceInput } from "../../../src/index.js";
import { fixtureReferential } from "../../support/bdpm.js";
import { dispensedOn } from "../../support/dates.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice } from "../../support/fixtures.js";

const rule = expectRule("substitution/princeps-refused-generic");
type Line = InvoiceInput["lines"][number];
// XANAX 0,25 mg: the princeps of the alprazolam group.
const xanax = (extra: Partial<Line>): Line => ({
  productCode: "3400932644490",
  productKind: "drug",
  prestationCode: "PH7",
  atc: "N05BA12",
  list: "I",
  genericType: "princeps",
  quantity: 1,
  unitPrice: "1.23",
  total: "1.23",
  amounts: { amo: "0.80", amc: "0.43", patient: "0.00" },
  ...extra,
});
const invoice = (line: Line, tiersPayant = true): InvoiceInput => ({ ...cleanInvoice(), tiersPayant: { amo: tiersPayant, amc: false }, lines: [line] });

describe("substitution/princeps-refused-generic", () => {
  it("flags a princeps in tiers payant that the line says the patient took instead of the generic", () => {
    rule.toFlag(invoice(xanax({ substitution: "patient-refused" })), [{ path: ["lines", 0, "substitution"], amountAtRisk: "0.80" }]);
  });
  it("passes out of tiers payant, with a « non substituable » mention, when no generic was available, and generics", () => {
    rule.notToFlag(invoice(xanax({ substitution: "patient-refused" }), false));
    rule.notToFlag(invoice(xanax({ substitution: "patient-refused", nonSubstitutable: { reason: "MTE" } })));
    rule.notToFlag(invoice(xanax({ substitution: "generic-unavailable" })));
    rule.notToFlag(invoice(xanax({ genericType: "generic", substitution: undefined as never })));
  });
  it("applies to dispensings from 2020-01-01", () => {
    rule.toFlag(dispensedOn(invoice(xanax({ substitution: "patient-refused" })), "2020-01-01"), [{ path: ["lines", 0, "substitution"] }]);
    rule.notToFlag(dispensedOn(invoice(xanax({ substitution: "patient-refused" })), "2019-12-31"));
  });
  it("is not evaluated when the line does not say whether it is a princeps, or why no generic was dispensed", () => {
    rule.notToEvaluate(invoice(xanax({ substitution: undefined as never })));
    rule.notToEvaluate(invoice(xanax({ genericType: undefined as never, substitution: "patient-refused" })));
  });
  it("takes the generic groups from the referential when the line does not declare them", () => {
    // DUTASTERIDE VIATRIS is a generic of the dutastéride group in the BDPM of 2026-01-28.
    const dutasteride: Line = { ...xanax({}), productCode: "3400930168592", atc: undefined as never, genericType: undefined as never, substitution: "patient-refused", prestationCode: "PH4" };
    rule.notToFlag(dispensedOn(invoice(dutasteride), "2026-02-10"), { referential: fixtureReferential() });
  });
});
