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
const firstDelivery = { renewal: { deliveryIndex: 0 } };

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
    rule.notToFlag(prescribedOn("2024-12-10", [drugLine(drugs.xanax), drugLine(drugs.levothyrox)], firstDelivery));
    rule.toFlag(prescribedOn("2024-12-09", [drugLine(drugs.xanax), drugLine(drugs.levothyrox)], firstDelivery), [{ path: ["lines", 0] }, { path: ["lines", 1] }]);
  });
  it("ignores unlisted drugs, stupéfiants and renewals", () => {
    rule.notToFlag(prescribedOn("2024-06-01", [drugLine(drugs.doliprane)], firstDelivery));
    rule.notToFlag(prescribedOn("2024-06-01", [drugLine(drugs.skenan)], firstDelivery));
    rule.notToFlag(prescribedOn("2024-06-01", [drugLine(drugs.xanax)], { renewal: { authorized: 2, deliveryIndex: 1 } }));
  });
  it("does not take an old ordonnance whose delivery index was not sent for a first delivery", () => {
    expect(rule.notToEvaluate(prescribedOn("2024-06-01", [drugLine(drugs.xanax)]))).toBe("delivery index (renewal.deliveryIndex) not sent");
    // Within three months nothing is unknown: any delivery is on time.
    rule.notToFlag(prescribedOn("2025-01-01", [drugLine(drugs.xanax)]));
  });
  it("does not take a drug whose list was not sent for an unlisted one", () => {
    expect(rule.notToEvaluate(prescribedOn("2024-06-01", [drugLine(drugs.xanax, { list: undefined })], firstDelivery))).toBe("list (I, II) of the drugs not sent");
  });
  it("matches the 3-month limit on any date", () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: 0, max: 150 }), (prescribed, days) => {
        const dispensed = new Date(Date.parse(`${prescribed}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
        const invoice = invoiceWith({ dispensingDate: dispensed, transmissionDate: dispensed, prescription: { date: prescribed, ...firstDelivery }, lines: [drugLine(drugs.xanax)] });
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
  describe("the dispensation supplémentaire exceptionnelle (R5123-2-1, from 2024-11-29)", () => {
    const supplementary = (date: string, line: Partial<Line> = {}) =>
      prescribedOn(date, [drugLine(drugs.levothyrox, { daysOfTreatment: 30, ...line })], { supplementaryDispensing: true });
    it("is legal beyond twelve months, three months at most (edge: 15 months)", () => {
      rule.notToFlag(supplementary("2024-03-09"));
      rule.notToFlag(supplementary("2023-12-10"));
      rule.toFlag(supplementary("2023-12-09"), [{ path: ["lines", 0], severity: "error" }]);
    });
    it("is a month at a time and never a stupéfiant", () => {
      rule.toFlag(supplementary("2024-03-09", { daysOfTreatment: 90 }), [{ path: ["lines", 0, "daysOfTreatment"] }]);
      rule.toFlag(prescribedOn("2024-03-09", [drugLine(drugs.skenan, { daysOfTreatment: 28 })], { supplementaryDispensing: true }), [{ path: ["lines", 0] }]);
    });
    it("does not exist before 2024-11-29", () => {
      const onDay = (dispensingDate: string, date: string) =>
        invoiceWith({ dispensingDate, transmissionDate: dispensingDate, prescription: { date, supplementaryDispensing: true }, lines: [drugLine(drugs.levothyrox, { daysOfTreatment: 30 })] });
      rule.toFlag(onDay("2024-11-28", "2023-11-27"), [{ path: ["lines", 0] }]);
      rule.notToFlag(onDay("2024-11-29", "2023-11-28"));
    });
  });
});

describe("prescription/renewal-not-authorized", () => {
  const rule = expectRule("prescription/renewal-not-authorized");
  const monthly = { prescribedDaysOfTreatment: 30 };
  it("flags liste I renewals beyond the mention only", () => {
    rule.toFlag(prescribedOn("2025-02-01", [drugLine(drugs.xanax, monthly)], { renewal: { authorized: 1, deliveryIndex: 2 } }), [{ path: ["lines", 0] }]);
    rule.notToFlag(prescribedOn("2025-02-01", [drugLine(drugs.xanax, monthly)], { renewal: { authorized: 2, deliveryIndex: 2 } }));
    rule.notToFlag(prescribedOn("2025-02-01", [drugLine(drugs.levothyrox, monthly)], { renewal: { authorized: 0, deliveryIndex: 1 } }));
  });
  it("allows the deliveries of « la durée du traitement »: 90 days prescribed are three monthly deliveries", () => {
    const byDuration = (prescribedDaysOfTreatment: number, deliveryIndex: number) =>
      prescribedOn("2025-01-01", [drugLine(drugs.amoxicilline, { prescribedDaysOfTreatment, daysOfTreatment: 30 })], { renewal: { authorized: 0, deliveryIndex } });
    rule.notToFlag(byDuration(90, 1));
    rule.notToFlag(byDuration(90, 2));
    rule.toFlag(byDuration(90, 3), [{ path: ["lines", 0], severity: "error" }]);
    rule.notToFlag(byDuration(61, 2));
    rule.toFlag(byDuration(60, 2), [{ path: ["lines", 0] }]);
  });
  it("takes the larger of the renewals written and the duration", () => {
    const line = drugLine(drugs.amoxicilline, monthly);
    rule.notToFlag(prescribedOn("2025-01-01", [line], { renewal: { authorized: 2, deliveryIndex: 2 } }));
    rule.toFlag(prescribedOn("2025-01-01", [line], { renewal: { authorized: 0, deliveryIndex: 1 } }), [{ path: ["lines", 0] }]);
  });
  it("holds against a generated duration and delivery: allowed exactly up to ceil(days / 30) − 1 renewals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 365 }), fc.integer({ min: 1, max: 13 }), (days, deliveryIndex) => {
        const invoice = prescribedOn("2025-01-01", [drugLine(drugs.amoxicilline, { prescribedDaysOfTreatment: days })], { renewal: { authorized: 0, deliveryIndex } });
        expect(rule.diagnostics(invoice).length > 0).toBe(deliveryIndex > Math.ceil(days / 30) - 1);
      }),
      { numRuns: 60 },
    );
  });
  it("does not evaluate without the renewals written, the duration, or the drug's list", () => {
    const reason = "the drug's list, the renewals written or the prescribed treatment days were not sent";
    expect(rule.notToEvaluate(prescribedOn("2025-01-01", [drugLine(drugs.xanax)], { renewal: { deliveryIndex: 1 } }))).toBe(reason);
    // A count written but no duration sent, or the reverse: the other may still allow the delivery.
    expect(rule.notToEvaluate(prescribedOn("2025-01-01", [drugLine(drugs.xanax)], { renewal: { authorized: 0, deliveryIndex: 1 } }))).toBe(reason);
    expect(rule.notToEvaluate(prescribedOn("2025-01-01", [drugLine(drugs.xanax, monthly)], { renewal: { deliveryIndex: 1 } }))).toBe(reason);
    // What is known may be enough: 90 days prescribed allow a second delivery, whatever the count.
    rule.notToFlag(prescribedOn("2025-01-01", [drugLine(drugs.xanax, { prescribedDaysOfTreatment: 90 })], { renewal: { deliveryIndex: 1 } }));
    expect(rule.notToEvaluate(prescribedOn("2025-01-01", [drugLine(drugs.xanax, { list: undefined, ...monthly })], { renewal: { authorized: 0, deliveryIndex: 1 } }))).toBe(reason);
  });
  it("lets a dispensation supplémentaire exceptionnelle go beyond the renewals", () => {
    rule.notToFlag(prescribedOn("2025-01-01", [drugLine(drugs.xanax)], { renewal: { authorized: 0, deliveryIndex: 1 }, supplementaryDispensing: true }));
  });
});

describe("prescription/quantity-over-limit", () => {
  const rule = expectRule("prescription/quantity-over-limit");
  it("uses 30 days, 92 for large packs, 84 for oral contraceptives", () => {
    rule.notToFlag(invoiceWith({ lines: [drugLine(drugs.doliprane, { daysOfTreatment: 30, largePack: false })] }));
    rule.toFlag(invoiceWith({ lines: [drugLine(drugs.doliprane, { daysOfTreatment: 31, largePack: false })] }), [{ path: ["lines", 0, "daysOfTreatment"], severity: "warning" }]);
    rule.notToFlag(invoiceWith({ lines: [drugLine(drugs.levothyrox, { daysOfTreatment: 30, largePack: false })] }));
    rule.toFlag(invoiceWith({ lines: [drugLine(drugs.levothyrox, { daysOfTreatment: 31, largePack: false })] }), [{ path: ["lines", 0, "daysOfTreatment"] }]);
    rule.notToFlag(invoiceWith({ lines: [drugLine(drugs.levothyrox, { daysOfTreatment: 92, largePack: true })] }));
    rule.toFlag(invoiceWith({ lines: [drugLine(drugs.levothyrox, { daysOfTreatment: 93, largePack: true })] }), [{ path: ["lines", 0, "daysOfTreatment"] }]);
    rule.notToFlag(invoiceWith({ lines: [drugLine(drugs.doliprane, { atc: "G03AA07", daysOfTreatment: 84 })] }));
    rule.toFlag(invoiceWith({ lines: [drugLine(drugs.doliprane, { atc: "G03AA07", daysOfTreatment: 85 })] }), [{ path: ["lines", 0, "daysOfTreatment"] }]);
  });
  it("does not take a pack size that was not sent for a small pack", () => {
    rule.notToFlag(invoiceWith({ lines: [drugLine(drugs.levothyrox, { daysOfTreatment: 30 })] }));
    expect(rule.notToEvaluate(invoiceWith({ lines: [drugLine(drugs.levothyrox, { daysOfTreatment: 90 })] }))).toBe("pack size (largePack) not sent for more than 30 days delivered");
    rule.toFlag(invoiceWith({ lines: [drugLine(drugs.levothyrox, { daysOfTreatment: 93 })] }), [{ path: ["lines", 0, "daysOfTreatment"] }]);
  });
});

describe("narcotics", () => {
  const secure = (line: Line, date = "2025-03-09") => invoiceWith({ prescription: { secure: true, date }, lines: [line] });
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
  describe("prescription/narcotic-not-secure", () => {
    const rule = expectRule("prescription/narcotic-not-secure");
    it("needs a secure ordonnance", () => {
      rule.toFlag(invoiceWith({ lines: [drugLine(drugs.skenan)] }), [{ path: ["lines", 0], severity: "error" }]);
      rule.notToFlag(secure(drugLine(drugs.skenan)));
    });
    it("takes an e-prescription as secure, and a secure bizone of an ALD patient as secure", () => {
      rule.notToFlag(invoiceWith({ prescription: { secure: false, electronic: true }, lines: [drugLine(drugs.skenan)] }));
      rule.notToFlag(invoiceWith({ prescription: { secure: true, bizone: true }, lines: [drugLine(drugs.skenan, { bizoneZone: "ald", exonerationCode: "4" })] }));
    });
    it("still reads the deprecated kind", () => {
      const legacy = (kind: "simple" | "bizone" | "secure" | "exception") => invoiceWith({ prescription: { kind, secure: undefined, bizone: undefined, exceptionForm: undefined, electronic: undefined }, lines: [drugLine(drugs.skenan)] });
      rule.notToFlag(legacy("secure"));
      rule.toFlag(legacy("simple"), [{ path: ["lines", 0] }]);
      rule.toFlag(legacy("bizone"), [{ path: ["lines", 0] }]);
    });
    it("does not evaluate an ordonnance whose form was not sent", () => {
      expect(rule.notToEvaluate(invoiceWith({ prescription: { secure: undefined }, lines: [drugLine(drugs.skenan)] }))).toBe("whether the ordonnance is secure was not sent");
      // Not a secure paper form, but it may be an e-prescription, which counts as secure.
      expect(rule.notToEvaluate(invoiceWith({ prescription: { secure: false, electronic: undefined }, lines: [drugLine(drugs.skenan)] }))).toBe("whether the ordonnance is secure was not sent");
      expect(rule.notToEvaluate(invoiceWith({ prescription: undefined, lines: [drugLine(drugs.skenan)] }))).toBe("prescription not sent");
    });
  });
});

describe("prescription/exception-drug-form-missing", () => {
  const rule = expectRule("prescription/exception-drug-form-missing");
  it("needs form S3326 for exception drugs", () => {
    rule.toFlag(invoiceWith({ lines: [drugLine(drugs.adempas, { exceptionDrug: true })] }), [{ path: ["lines", 0] }]);
    rule.notToFlag(invoiceWith({ prescription: { exceptionForm: true }, lines: [drugLine(drugs.adempas, { exceptionDrug: true })] }));
    // An S3326 of an ALD patient, the ALD box ticked, is the same form.
    rule.notToFlag(invoiceWith({ prescription: { exceptionForm: true, exceptionFormAld: true }, lines: [drugLine(drugs.adempas, { exceptionDrug: true, exonerationCode: "4" })] }));
    rule.notToFlag(invoiceWith({ prescription: { kind: "exception", exceptionForm: undefined }, lines: [drugLine(drugs.adempas, { exceptionDrug: true })] }));
  });
  it("does not evaluate an ordonnance whose form was not sent", () => {
    expect(rule.notToEvaluate(invoiceWith({ prescription: { exceptionForm: undefined }, lines: [drugLine(drugs.adempas, { exceptionDrug: true })] }))).toBe(
      "whether the ordonnance is an S3326 was not sent",
    );
  });
});

describe("prescription/substitution-pharmacist-name-missing", () => {
  const rule = expectRule("prescription/substitution-pharmacist-name-missing");
  it("needs the pharmacist's name for N07BC drugs", () => {
    rule.toFlag(invoiceWith({ prescription: { secure: true, pharmacistNamed: false }, lines: [drugLine(drugs.methadone)] }), [{ path: ["lines", 0] }]);
    rule.notToFlag(invoiceWith({ prescription: { secure: true, pharmacistNamed: true }, lines: [drugLine(drugs.methadone)] }));
    rule.notToFlag(invoiceWith({ lines: [drugLine(drugs.skenan)] }));
  });
  it("does not evaluate a mention that was not sent", () => {
    expect(rule.notToEvaluate(invoiceWith({ prescription: { secure: true }, lines: [drugLine(drugs.methadone)] }))).toBe("the pharmacist's mention on the ordonnance was not sent");
  });
});

describe("prescription/non-substitutable-unjustified", () => {
  const rule = expectRule("prescription/non-substitutable-unjustified");
  const ns = (drug: (typeof drugs)[keyof typeof drugs], reason?: "MTE" | "EFG" | "CIF", extra: object = {}) =>
    invoiceWith({ lines: [drugLine(drug, { nonSubstitutable: reason ? { reason } : {} })], ...extra });
  it("flags a princeps without justification, from 2020", () => {
    rule.toFlag(ns(drugs.xanax), [{ path: ["lines", 0, "nonSubstitutable"], severity: "error" }]);
    rule.notToFlag(dispensedOn(ns(drugs.xanax), "2019-12-31"));
    rule.notToFlag(ns(drugs.xanax, "CIF"));
    rule.notToFlag(ns(drugs.xanax, undefined, { tiersPayant: { amo: false, amc: false } }));
  });
  it("applies to ordonnances dated from 2020-01-01: the prescription's date decides, not the dispensing's", () => {
    const onOrdonnanceOf = (date: string) => invoiceWith({ dispensingDate: "2020-01-10", transmissionDate: "2020-01-10", prescription: { date }, lines: [drugLine(drugs.xanax, { nonSubstitutable: {} })] });
    rule.notToFlag(onOrdonnanceOf("2019-12-31"));
    rule.toFlag(onOrdonnanceOf("2020-01-01"), [{ path: ["lines", 0, "nonSubstitutable"] }]);
    expect(rule.notToEvaluate(invoiceWith({ dispensingDate: "2020-01-10", transmissionDate: "2020-01-10", prescription: undefined, lines: [drugLine(drugs.xanax, { nonSubstitutable: {} })] }))).toBe(
      "date of the ordonnance not sent",
    );
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
