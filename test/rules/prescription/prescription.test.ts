import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInvoice, type InvoiceInput } from "../../../src/index.js";
import { addMonths } from "../../../src/engine/calendar.js";
import { drugs } from "../../support/drugs.js";
import { expectRule } from "../../support/expect-rule.js";
import { dateArbitrary } from "../../support/arbitraries.js";
import { invoiceWith } from "../../support/fixtures.js";
import { dispensedOn } from "../../support/dates.js";

type Line = InvoiceInput["lines"][number];
const drugLine = (drug: (typeof drugs)[keyof typeof drugs], extra: Partial<Line> = {}): Line => ({
  productCode: drug.cip13, productKind: "drug", label: drug.name, prestationCode: "PH7", quantity: 1, unitPrice: drug.price, total: drug.price,
  amounts: { amo: "1.00", amc: "0.00", patient: "0.00" }, list: drug.list, ...("atc" in drug && { atc: drug.atc }), ...("genericType" in drug && { genericType: drug.genericType }), ...extra,
});
const prescribedOn = (date: string, lines: Line[], extra: object = {}) => invoiceWith({ prescription: { date, ...extra }, lines });

describe("prescription/dates-out-of-order", () => {
  const rule = expectRule("prescription/dates-out-of-order");
  it("flags an ordonnance dated after dispensing (edge: same day is fine)", () => {
    rule.notToFlag(invoiceWith({ prescription: { date: "2025-03-10" } }));
    rule.toFlag(invoiceWith({ prescription: { date: "2025-03-11" } }), [{ path: ["prescription", "date"] }]);
  });
  it("flags a dispensing after asOf", () => {
    rule.notToFlag(invoiceWith({}), { asOf: "2025-03-10" });
    rule.toFlag(invoiceWith({}), [{ path: ["dispensingDate"] }], { asOf: "2025-03-09" });
  });
  it("flags a patient born after the ordonnance, comparing only years for lunar dates", () => {
    rule.toFlag(invoiceWith({ patient: { birthDate: "2025-03-09" }, prescription: { date: "2025-03-08" } }), [{ path: ["patient", "birthDate"] }]);
    rule.notToFlag(invoiceWith({ patient: { birthDate: "2025-03-08" }, prescription: { date: "2025-03-08" } }));
    rule.notToFlag(invoiceWith({ patient: { birthDate: "2025-00-00" }, prescription: { date: "2025-03-08" } }));
    rule.toFlag(invoiceWith({ patient: { birthDate: "2026-00-00" }, prescription: { date: "2025-03-08" } }), [{ path: ["patient", "birthDate"] }]);
  });
});

describe("prescription/expired-first-dispensing", () => {
  const rule = expectRule("prescription/expired-first-dispensing");
  it("allows three calendar months for liste I and II (dispensing 2025-03-10)", () => {
    rule.notToFlag(prescribedOn("2024-12-10", [drugLine(drugs.xanax), drugLine(drugs.levothyrox)]));
    rule.toFlag(prescribedOn("2024-12-09", [drugLine(drugs.xanax), drugLine(drugs.levothyrox)]), [{ path: ["lines", 0] }, { path: ["lines", 1] }]);
  });
  it("ignores unlisted drugs, stupéfiants and renewals", () => {
    rule.notToFlag(prescribedOn("2024-06-01", [drugLine(drugs.doliprane)]));
    rule.notToFlag(prescribedOn("2024-06-01", [drugLine(drugs.xanax)], { renewal: { authorized: 2, deliveryIndex: 1 } }));
  });
  it("matches the 3-month limit on any date", () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: 0, max: 150 }), (prescribed, days) => {
        const dispensed = new Date(Date.parse(`${prescribed}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
        const invoice = invoiceWith({ dispensingDate: dispensed, transmissionDate: dispensed, prescription: { date: prescribed }, lines: [drugLine(drugs.xanax)] });
        expect(rule.diagnostics(invoice).length > 0).toBe(dispensed > addMonths(prescribed, 3));
      }),
      { numRuns: 60 },
    );
  });
});

describe("prescription/beyond-twelve-months", () => {
  const rule = expectRule("prescription/beyond-twelve-months");
  it("allows twelve calendar months, not a day more", () => {
    rule.notToFlag(prescribedOn("2024-03-10", [drugLine(drugs.doliprane)]));
    rule.toFlag(prescribedOn("2024-03-09", [drugLine(drugs.doliprane)]), [{ path: ["lines", 0] }]);
  });
});

describe("prescription/renewal-not-authorized", () => {
  const rule = expectRule("prescription/renewal-not-authorized");
  it("flags liste I renewals beyond the mention only", () => {
    rule.toFlag(prescribedOn("2025-02-01", [drugLine(drugs.xanax)], { renewal: { authorized: 1, deliveryIndex: 2 } }), [{ path: ["lines", 0] }]);
    rule.notToFlag(prescribedOn("2025-02-01", [drugLine(drugs.xanax)], { renewal: { authorized: 2, deliveryIndex: 2 } }));
    rule.notToFlag(prescribedOn("2025-02-01", [drugLine(drugs.levothyrox)], { renewal: { authorized: 0, deliveryIndex: 1 } }));
  });
});

describe("prescription/quantity-over-limit", () => {
  const rule = expectRule("prescription/quantity-over-limit");
  it("uses 30 days, 92 for large packs, 84 for oral contraceptives", () => {
    rule.notToFlag(invoiceWith({ lines: [drugLine(drugs.doliprane, { daysOfTreatment: 30 })] }));
    rule.toFlag(invoiceWith({ lines: [drugLine(drugs.doliprane, { daysOfTreatment: 31 })] }), [{ path: ["lines", 0, "daysOfTreatment"], severity: "warning" }]);
    rule.notToFlag(invoiceWith({ lines: [drugLine(drugs.levothyrox, { daysOfTreatment: 92, largePack: true })] }));
    rule.toFlag(invoiceWith({ lines: [drugLine(drugs.levothyrox, { daysOfTreatment: 93, largePack: true })] }), [{ path: ["lines", 0, "daysOfTreatment"] }]);
    rule.notToFlag(invoiceWith({ lines: [drugLine(drugs.doliprane, { atc: "G03AA07", daysOfTreatment: 84 })] }));
    rule.toFlag(invoiceWith({ lines: [drugLine(drugs.doliprane, { atc: "G03AA07", daysOfTreatment: 85 })] }), [{ path: ["lines", 0, "daysOfTreatment"] }]);
  });
});

describe("narcotics", () => {
  const secure = (line: Line, date = "2025-03-09") => invoiceWith({ prescription: { kind: "secure", date }, lines: [line] });
  it("prescription/narcotic-over-28-days: 28 is the edge", () => {
    const rule = expectRule("prescription/narcotic-over-28-days");
    rule.notToFlag(secure(drugLine(drugs.skenan, { daysOfTreatment: 28 })));
    rule.toFlag(secure(drugLine(drugs.skenan, { daysOfTreatment: 29 })), [{ path: ["lines", 0, "daysOfTreatment"] }]);
    rule.toFlag(secure(drugLine(drugs.skenan, { daysOfTreatment: 14, prescribedDaysOfTreatment: 56 })), [{ path: ["lines", 0, "prescribedDaysOfTreatment"] }]);
  });
  it("prescription/narcotic-presented-late: three days, the day of prescription not counted", () => {
    const rule = expectRule("prescription/narcotic-presented-late");
    const full = drugLine(drugs.skenan, { daysOfTreatment: 14, prescribedDaysOfTreatment: 14 });
    rule.notToFlag(secure(full, "2025-03-07"));
    rule.toFlag(secure(full, "2025-03-06"), [{ path: ["lines", 0, "daysOfTreatment"] }]);
    rule.notToFlag(secure(drugLine(drugs.skenan, { daysOfTreatment: 10, prescribedDaysOfTreatment: 14 }), "2025-03-06"));
    expect(checkInvoice(secure(drugLine(drugs.skenan), "2025-03-01"), { locale: "en" }).notEvaluated).toContainEqual({
      ruleId: "prescription/narcotic-presented-late",
      reason: "prescribed and delivered durations of the narcotic unknown",
    });
  });
  it("prescription/narcotic-not-secure", () => {
    const rule = expectRule("prescription/narcotic-not-secure");
    rule.toFlag(invoiceWith({ lines: [drugLine(drugs.skenan)] }), [{ path: ["lines", 0] }]);
    rule.notToFlag(secure(drugLine(drugs.skenan)));
  });
});

describe("prescription/exception-drug-form-missing", () => {
  const rule = expectRule("prescription/exception-drug-form-missing");
  it("needs form S3326 for exception drugs", () => {
    rule.toFlag(invoiceWith({ lines: [drugLine(drugs.adempas, { exceptionDrug: true })] }), [{ path: ["lines", 0] }]);
    rule.notToFlag(invoiceWith({ prescription: { kind: "exception" }, lines: [drugLine(drugs.adempas, { exceptionDrug: true })] }));
  });
});

describe("prescription/substitution-pharmacist-name-missing", () => {
  const rule = expectRule("prescription/substitution-pharmacist-name-missing");
  it("needs the pharmacist's name for N07BC drugs", () => {
    rule.toFlag(invoiceWith({ prescription: { kind: "secure" }, lines: [drugLine(drugs.methadone)] }), [{ path: ["lines", 0] }]);
    rule.notToFlag(invoiceWith({ prescription: { kind: "secure", pharmacistNamed: true }, lines: [drugLine(drugs.methadone)] }));
    rule.notToFlag(invoiceWith({ lines: [drugLine(drugs.skenan)] }));
  });
});

describe("prescription/non-substitutable-unjustified", () => {
  const rule = expectRule("prescription/non-substitutable-unjustified");
  const ns = (drug: (typeof drugs)[keyof typeof drugs], reason?: "MTE" | "EFG" | "CIF", extra: object = {}) =>
    invoiceWith({ lines: [drugLine(drug, { nonSubstitutable: reason ? { reason } : {} })], ...extra });
  it("flags a princeps without justification, from 2020", () => {
    rule.toFlag(ns(drugs.xanax), [{ path: ["lines", 0, "nonSubstitutable"], severity: "error" }]);
    rule.notToFlag(dispensedOn(ns(drugs.xanax), "2019-12-31"));
    rule.toFlag(dispensedOn(ns(drugs.xanax), "2020-01-01"), [{ path: ["lines", 0, "nonSubstitutable"] }]);
    rule.notToFlag(ns(drugs.xanax, "CIF"));
    rule.notToFlag(ns(drugs.xanax, undefined, { tiersPayant: { amo: false, amc: false } }));
  });
  it("accepts MTE only for MTE molecules", () => {
    rule.notToFlag(ns(drugs.levothyrox, "MTE"));
    rule.notToFlag(ns(drugs.lamictal, "MTE"));
    rule.toFlag(ns(drugs.xanax, "MTE"), [{ path: ["lines", 0, "nonSubstitutable"] }]);
  });
  it("warns on EFG from age 6", () => {
    rule.notToFlag(ns(drugs.xanax, "EFG", { patient: { birthDate: "2019-03-11" } }));
    rule.toFlag(ns(drugs.xanax, "EFG", { patient: { birthDate: "2019-03-10" } }), [{ path: ["lines", 0, "nonSubstitutable"], severity: "warning" }]);
  });
});
