import fc from "fast-check";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { checkInvoice, type InvoiceInput } from "../../../src/index.js";
import { amoRateOfLine } from "../../../src/reference/amo-rate.js";
import { validInvoiceArbitrary } from "../../support/arbitraries.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice, invoiceWith } from "../../support/fixtures.js";

type Line = InvoiceInput["lines"][number];
const doliprane = cleanInvoice().lines[0]!;
const withLine = (line: Partial<Line>, overrides: object = {}) => invoiceWith({ lines: [{ ...doliprane, ...line }], ...overrides });

describe("amounts/line-total-mismatch", () => {
  const rule = expectRule("amounts/line-total-mismatch");
  it("compares in decimal to the cent", () => {
    rule.notToFlag(withLine({ quantity: 3, unitPrice: "0.10", total: "0.30", amounts: { amo: "0.20", amc: "0.10", patient: "0.00" } }));
    rule.toFlag(withLine({ quantity: 3, unitPrice: "0.10", total: "0.31", amounts: { amo: "0.20", amc: "0.11", patient: "0.00" } }), [{ path: ["lines", 0, "total"] }]);
  });
  it("trusts lines without a total", () => {
    const { total: _omitted, ...line } = doliprane;
    rule.notToFlag(invoiceWith({ lines: [line] }));
  });
});

describe("amounts/amo-share-mismatch", () => {
  const rule = expectRule("amounts/amo-share-mismatch");
  const share = (line: Partial<Line>, overrides: object = {}) => withLine(line, overrides);

  it("applies the prestation rate, rounding half-up (1.07 × 65 % = 0.6955 → 0.70)", () => {
    rule.notToFlag(cleanInvoice());
    rule.toFlag(share({ amounts: { amo: "0.69", amc: "0.38", patient: "0.00" } }), [{ path: ["lines", 0, "amounts", "amo"], amountAtRisk: "0.69" }]);
  });
  it("puts ALD, invalidité and prévention at 100 %, except 15 % drugs and 30 % drugs under invalidité", () => {
    const rate = (prestationCode: Line["prestationCode"], exonerationCode: Line["exonerationCode"], natureAssurance = "10" as const) =>
      amoRateOfLine({ ...doliprane, prestationCode, exonerationCode } as never, { natureAssurance, amo: { ame: false } } as never, "2025-03-10");
    expect(rate("PH7", "4")).toEqual({ known: true, percent: 100 });
    expect(rate("PH4", "4")).toEqual({ known: true, percent: 100 });
    expect(rate("PH4", "5")).toEqual({ known: true, percent: 30 });
    expect(rate("PH2", "4")).toEqual({ known: true, percent: 15 });
    expect(rate("PHN", "4")).toEqual({ known: true, percent: 0 });
    expect(rate("PH7", "9")).toEqual({ known: false, why: "exoneration-rate-unknown" });
    expect(rate("HDA", "0")).toEqual({ known: false, why: "no-rate-for-code" });
  });
  it("applies maternité, AME and Alsace-Moselle", () => {
    rule.notToFlag(share({ amounts: { amo: "1.07", amc: "0.00", patient: "0.00" } }, { natureAssurance: "30" }));
    rule.notToFlag(share({ amounts: { amo: "1.07", amc: "0.00", patient: "0.00" } }, { amo: { ame: true } }));
    rule.notToFlag(share({ amounts: { amo: "0.96", amc: "0.11", patient: "0.00" } }, { natureAssurance: "13" }));
  });
  it("dates its rates: VGP 60 % until 2019-10-31, 70 % from 2019-11-01", () => {
    const vgp = (date: string, amo: string) => invoiceWith({ dispensingDate: date, lines: [{ productKind: "service", prestationCode: "VGP", quantity: 1, unitPrice: "6.30", total: "6.30", amounts: { amo, amc: "0.00", patient: "0.00" } }] });
    rule.notToFlag(vgp("2019-10-31", "3.78"));
    rule.notToFlag(vgp("2019-11-01", "4.41"));
    rule.toFlag(vgp("2019-11-01", "3.78"), [{ path: ["lines", 0, "amounts", "amo"] }]);
    rule.notToFlag(invoiceWith({ dispensingDate: "2020-12-31", lines: [{ ...doliprane, prestationCode: "PMH", amounts: { amo: "0.32", amc: "0.75", patient: "0.00" } }] }));
    rule.notToFlag(invoiceWith({ dispensingDate: "2021-01-01", lines: [{ ...doliprane, prestationCode: "PMH", amounts: { amo: "0.00", amc: "1.07", patient: "0.00" } }] }));
  });
  it("says so, as info, when it does not know a rate", () => {
    rule.toFlag(share({ prestationCode: "HDA" }), [{ path: ["lines", 0, "amounts", "amo"], severity: "info" }]);
  });
  it("agrees with shares computed from any generated invoice", () => {
    fc.assert(
      fc.property(validInvoiceArbitrary, (invoice) => {
        expect(rule.diagnostics(invoice)).toEqual([]);
      }),
    );
  });
});

describe("amounts/shares-do-not-add-up", () => {
  const rule = expectRule("amounts/shares-do-not-add-up");
  it("needs AMO + AMC + patient = total exactly", () => {
    rule.notToFlag(cleanInvoice());
    rule.toFlag(withLine({ amounts: { amo: "0.70", amc: "0.36", patient: "0.00" } }), [{ path: ["lines", 0, "amounts"], amountAtRisk: "0.36" }]);
    rule.toFlag(withLine({ amounts: { amo: "0.70", amc: "0.38", patient: "0.00" } }), [{ path: ["lines", 0, "amounts"] }]);
  });
  it("holds for any split of any total to the cent", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (cents, amoPercent, amcPercent) => {
        const total = new Decimal(cents).dividedBy(100);
        const amo = total.times(amoPercent).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
        const amc = total.minus(amo).times(amcPercent).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN);
        const patient = total.minus(amo).minus(amc);
        const invoice = withLine({ quantity: 1, unitPrice: total.toFixed(2), total: total.toFixed(2), amounts: { amo: amo.toFixed(2), amc: amc.toFixed(2), patient: patient.toFixed(2) } });
        expect(rule.diagnostics(invoice)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("amounts/non-reimbursable-billed", () => {
  const rule = expectRule("amounts/non-reimbursable-billed");
  it("flags an AMO share on PHN, and on homeopathy from 2021", () => {
    rule.toFlag(withLine({ prestationCode: "PHN" }), [{ path: ["lines", 0, "amounts", "amo"], amountAtRisk: "0.70" }]);
    rule.notToFlag(withLine({ prestationCode: "PHN", amounts: { amo: "0.00", amc: "0.00", patient: "1.07" } }));
    rule.notToFlag(withLine({ prestationCode: "PMH" }, { dispensingDate: "2020-12-31" }));
    rule.toFlag(withLine({ prestationCode: "PMH" }, { dispensingDate: "2021-01-01" }), [{ path: ["lines", 0, "amounts", "amo"] }]);
  });
});

describe("amount at risk in the report", () => {
  it("sums by payer without counting one line twice", () => {
    const report = checkInvoice(withLine({ prestationCode: "PHN" }));
    expect(report.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(expect.arrayContaining(["amounts/amo-share-mismatch", "amounts/non-reimbursable-billed"]));
    expect(report.amountAtRisk.amo).toBe("0.70");
  });
});

describe("the amount rules' messages", () => {
  it("name the line as the pharmacist counts it (from 1) and give the figures compared", () => {
    const second = { ...doliprane, quantity: 3, unitPrice: "0.10", total: "0.31", amounts: { amo: "0.19", amc: "0.11", patient: "0.00" } };
    const report = checkInvoice(invoiceWith({ lines: [doliprane, second] }), {
      only: ["amounts/line-total-mismatch", "amounts/amo-share-mismatch", "amounts/shares-do-not-add-up"],
    });
    expect(report.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.message])).toEqual([
      ["amounts/shares-do-not-add-up", "Ligne 2 : AMO 0.19 + AMC 0.11 + patient 0.00 = 0.30 €, pour un total de 0.31 €."],
      ["amounts/amo-share-mismatch", "Ligne 2 (PH7) : part AMO 0.19 € au lieu de 65 % de 0.31 € = 0.20 €."],
      ["amounts/line-total-mismatch", "Ligne 2 : total 0.31 € au lieu de 3 × 0.10 € = 0.30 €."],
    ]);
    const unknownRate = checkInvoice(invoiceWith({ lines: [doliprane, { ...doliprane, prestationCode: "HDA" }] }), { only: ["amounts/amo-share-mismatch"] });
    expect(unknownRate.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      "Ligne 2 (HDA, exo 0) : taux AMO non connu de la bibliothèque, part AMO non contrôlée.",
    ]);
  });
});
