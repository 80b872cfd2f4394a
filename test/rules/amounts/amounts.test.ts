import fc from "fast-check";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { checkInvoice, type InvoiceInput } from "../../../src/index.js";
import { amoRateOfLine } from "../../../src/rules/support/amo-rate.js";
import { validInvoiceArbitrary } from "../../support/arbitraries.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice, invoiceWith } from "../../support/fixtures.js";
import type { RuleId } from "../../../src/index.js";

type Line = InvoiceInput["lines"][number];
const doliprane = cleanInvoice().lines[0]!;
const withLine = (line: Partial<Line>, overrides: object = {}) => invoiceWith({ lines: [{ ...doliprane, ...line }], ...overrides });
/** The rest of a total once an amount is taken, to the cent. */
const toCents = (total: number, taken: string) => new Decimal(total).minus(taken).toFixed(2);

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
      amoRateOfLine({ ...doliprane, prestationCode, exonerationCode } as never, { natureAssurance, amo: { ame: false }, patient: cleanInvoice().patient } as never, "2025-03-10");
    expect(rate("PH7", "4")).toEqual({ known: true, percent: 100 });
    expect(rate("PH4", "4")).toEqual({ known: true, percent: 100 });
    expect(rate("PH4", "5")).toEqual({ known: true, percent: 30 });
    expect(rate("PH2", "4")).toEqual({ known: true, percent: 15 });
    expect(rate("PHN", "4")).toEqual({ known: true, percent: 0 });
    expect(rate("PH7", "9")).toEqual({ known: false, why: "exoneration-rate-unknown" });
    expect(rate("HDA", "0")).toEqual({ known: true, percent: 65 });
    expect(rate("HDR", "4")).toEqual({ known: true, percent: 100 });
    expect(rate("LPP", "0")).toEqual({ known: false, why: "no-rate-for-code" });
  });
  it("reads the rate on the date of care: PH4 at 35 % until 2011-05-01, 30 % from 2011-05-02; no PH2 before April 2010", () => {
    const ph4 = (date: string, amo: string) => invoiceWith({ dispensingDate: date, lines: [{ ...doliprane, prestationCode: "PH4", amounts: { amo, amc: "0.00", patient: toCents(1.07, amo) } }] });
    rule.notToFlag(ph4("2011-05-01", "0.37"));
    rule.toFlag(ph4("2011-05-01", "0.32"), [{ path: ["lines", 0, "amounts", "amo"], severity: "error" }]);
    rule.notToFlag(ph4("2011-05-02", "0.32"));
    rule.notToFlag(ph4("2011-05-02", "0.32"), { asOf: "2026-11-30" });
    const ph2 = invoiceWith({ dispensingDate: "2010-04-14", lines: [{ ...doliprane, prestationCode: "PH2", amounts: { amo: "0.16", amc: "0.91", patient: "0.00" } }] });
    rule.toFlag(ph2, [{ path: ["lines", 0, "amounts", "amo"], severity: "info" }]);
  });
  it("puts the ordonnance fees HDR, HDA and HDE at 65 %, 100 % under an exonération", () => {
    for (const prestationCode of ["HDR", "HDA", "HDE"] as const) {
      rule.notToFlag(withLine({ prestationCode, productKind: "service", productCode: undefined, unitPrice: "1.02", total: "1.02", amounts: { amo: "0.66", amc: "0.36", patient: "0.00" } }));
      rule.notToFlag(withLine({ prestationCode, productKind: "service", productCode: undefined, exonerationCode: "4", unitPrice: "1.02", total: "1.02", amounts: { amo: "1.02", amc: "0.00", patient: "0.00" } }));
    }
  });
  it("puts adults' 15 % drugs at 0 % under the AME since 2015-02-06, leaving the finding to regime/ame-low-smr", () => {
    const famotidine = (amo: string, extra: object = {}) => withLine({ prestationCode: "PH2", amounts: { amo, amc: "0.00", patient: toCents(1.07, amo) } }, { amo: { ame: true }, ...extra });
    rule.notToFlag(famotidine("1.07"));
    rule.notToFlag(famotidine("0.00"));
    rule.notToFlag(famotidine("1.07", { patient: { birthDate: "2012-01-01" } }));
  });
  it("takes an AME or an exonération that was not sent as possible, never as no", () => {
    // At 100 %: the AME, not sent, may explain it; the same share with the AME read as no is wrong.
    rule.notToFlag(withLine({ amounts: { amo: "1.07", amc: "0.00", patient: "0.00" } }, { amo: { ame: undefined } }));
    rule.toFlag(withLine({ amounts: { amo: "1.07", amc: "0.00", patient: "0.00" } }), [{ path: ["lines", 0, "amounts", "amo"], severity: "error" }]);
    // An exonération not sent: with or without one, 100 % or 65 % both pass; another share may be an
    // exonération whose rate is not public, so it is a warning only.
    rule.notToFlag(withLine({ exonerationCode: undefined, amounts: { amo: "1.07", amc: "0.00", patient: "0.00" } }));
    rule.notToFlag(withLine({ exonerationCode: undefined }));
    rule.toFlag(withLine({ exonerationCode: undefined, amounts: { amo: "0.50", amc: "0.57", patient: "0.00" } }), [{ path: ["lines", 0, "amounts", "amo"], severity: "warning" }]);
  });
  it("takes the base de remboursement when it differs from the price (TFR, princeps refused, LPP)", () => {
    // 5.00 € charged, 3.00 € base: 65 % of the base is 1.95 €, the rest is the patient's.
    const tfr = withLine({ unitPrice: "5.00", total: "5.00", reimbursementBase: "3.00", amounts: { amo: "1.95", amc: "1.05", patient: "2.00" } });
    rule.notToFlag(tfr);
    rule.toFlag(withLine({ unitPrice: "5.00", total: "5.00", reimbursementBase: "3.00", amounts: { amo: "3.25", amc: "1.75", patient: "0.00" } }), [{ path: ["lines", 0, "amounts", "amo"] }]);
  });
  it("knows the State-stock flu vaccine at 100 % without exo 7 (2020-2021), even when the stock was not said", () => {
    const stock = (stateStock: boolean | undefined) =>
      invoiceWith({
        dispensingDate: "2020-11-16",
        vaccination: { voucher: "target-group", ...(stateStock !== undefined && { stateStock }) },
        lines: [{ productCode: "3400930306000", productKind: "drug", prestationCode: "PH7", exonerationCode: "0", quantity: 1, unitPrice: "1.99", total: "1.99", amounts: { amo: "1.99", amc: "0.00", patient: "0.00" }, vaccine: "flu" }],
      });
    rule.notToFlag(stock(true));
    rule.notToFlag(stock(undefined));
    rule.toFlag(stock(false), [{ path: ["lines", 0, "amounts", "amo"] }]);
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
    const homeopathy = (date: string, amo: string) => invoiceWith({ dispensingDate: date, lines: [{ ...doliprane, prestationCode: "PMH", amounts: { amo, amc: toCents(1.07, amo), patient: "0.00" } }] });
    rule.notToFlag(homeopathy("2019-12-31", "0.32"));
    rule.notToFlag(homeopathy("2020-01-01", "0.16"));
    rule.toFlag(homeopathy("2020-01-01", "0.32"), [{ path: ["lines", 0, "amounts", "amo"] }]);
    rule.notToFlag(homeopathy("2020-12-31", "0.16"));
    rule.notToFlag(homeopathy("2021-01-01", "0.00"));
  });
  it("says so, as info, when it does not know a rate", () => {
    rule.toFlag(share({ prestationCode: "LPP" }), [{ path: ["lines", 0, "amounts", "amo"], severity: "info" }]);
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
    const report = checkInvoice(invoiceWith({ lines: [{ ...doliprane, prestationCode: "PHN" }, { ...doliprane, exonerationCode: "7" }] }));
    expect(report.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(
      expect.arrayContaining(["amounts/non-reimbursable-billed", "amounts/amo-share-mismatch", "exoneration/prevention-out-of-programme"]),
    );
    // Line 1: 0.70 € (non remboursable). Line 2: two rules, one loss of 0.70 €.
    expect(report.amountAtRisk.amo).toBe("1.40");
  });
});

describe("one fault, one error", () => {
  const amountRules: RuleId[] = ["amounts/line-total-mismatch", "amounts/amo-share-mismatch", "amounts/shares-do-not-add-up", "amounts/non-reimbursable-billed"];
  const errorsOf = (invoice: InvoiceInput) =>
    checkInvoice(invoice, { only: amountRules }).diagnostics.filter((diagnostic) => diagnostic.severity === "error").map((diagnostic) => diagnostic.ruleId);
  it("a wrong line total is the total's fault alone, whether the shares rest on it or on the right one", () => {
    // 3 × 0.10 = 0.30, billed 0.31: shares computed on the wrong total, and on the right one.
    expect(errorsOf(withLine({ quantity: 3, unitPrice: "0.10", total: "0.31", amounts: { amo: "0.20", amc: "0.11", patient: "0.00" } }))).toEqual(["amounts/line-total-mismatch"]);
    expect(errorsOf(withLine({ quantity: 3, unitPrice: "0.10", total: "0.31", amounts: { amo: "0.20", amc: "0.10", patient: "0.00" } }))).toEqual(["amounts/line-total-mismatch"]);
  });
  it("a non-reimbursable product with an AMO share is that rule's fault alone", () => {
    expect(errorsOf(withLine({ prestationCode: "PHN" }))).toEqual(["amounts/non-reimbursable-billed"]);
  });
});

describe("the amount rules' messages", () => {
  it("name the line as the pharmacist counts it (from 1) and give the figures compared", () => {
    const second = { ...doliprane, quantity: 3, unitPrice: "0.10", total: "0.31", amounts: { amo: "0.19", amc: "0.11", patient: "0.00" } };
    const report = checkInvoice(invoiceWith({ lines: [doliprane, second] }), {
      only: ["amounts/line-total-mismatch", "amounts/amo-share-mismatch", "amounts/shares-do-not-add-up"],
    });
    expect(report.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.message])).toEqual([
      ["amounts/amo-share-mismatch", "Ligne 2 (PH7) : part AMO 0.19 € au lieu de 65 % de 0.30 € = 0.20 €."],
      ["amounts/line-total-mismatch", "Ligne 2 : total 0.31 € au lieu de 3 × 0.10 € = 0.30 €."],
    ]);
    const unbalanced = checkInvoice(invoiceWith({ lines: [doliprane, { ...second, total: "0.30", amounts: { amo: "0.20", amc: "0.11", patient: "0.00" } }] }), {
      only: ["amounts/shares-do-not-add-up"],
    });
    expect(unbalanced.diagnostics.map((diagnostic) => diagnostic.message)).toEqual(["Ligne 2 : AMO 0.20 + AMC 0.11 + patient 0.00 = 0.31 €, pour un total de 0.30 €."]);
    const unknownRate = checkInvoice(invoiceWith({ lines: [doliprane, { ...doliprane, prestationCode: "LPP" }] }), { only: ["amounts/amo-share-mismatch"] });
    expect(unknownRate.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      "Ligne 2 (LPP, exo 0) : taux AMO non connu de la bibliothèque, part AMO non contrôlée.",
    ]);
  });
});
