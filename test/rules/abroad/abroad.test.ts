import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInvoice, createChecker } from "../../../src/index.js";
import { addDays, addMonths } from "../../../src/engine/calendar.js";
import { drugs } from "../../support/drugs.js";
import { expectRule } from "../../support/expect-rule.js";
import { dateArbitrary } from "../../support/arbitraries.js";
import { levothyroxThreeMonths, sworn, travel } from "./support.js";
import { dispensedOn } from "../../support/dates.js";

const stayUntil = (returnDate: string) => travel({ stayAbroad: { returnDate } });

describe("a complete stay-abroad delivery", () => {
  it("raises nothing", () => expect(checkInvoice(travel()).diagnostics).toEqual([]));
});

describe("abroad/stay-too-short", () => {
  const rule = expectRule("abroad/stay-too-short");
  it("needs more than one calendar month", () => {
    rule.toFlag(stayUntil("2025-04-14"), [{ path: ["stayAbroad", "returnDate"] }]);
    rule.toFlag(stayUntil("2025-04-15"), [{ path: ["stayAbroad", "returnDate"], amountAtRisk: "3.02" }]);
    rule.notToFlag(stayUntil("2025-04-16"));
  });
  it("flags any stay of one month or less and passes any longer one", () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: 0, max: 200 }), (departureDate, days) => {
        const returnDate = addDays(departureDate, days);
        const flagged = rule.diagnostics(travel({ stayAbroad: { departureDate, returnDate } })).length > 0;
        expect(flagged).toBe(returnDate <= addMonths(departureDate, 1));
      }),
      { numRuns: 60 },
    );
  });
});

describe("abroad/prescription-mention-missing", () => {
  const rule = expectRule("abroad/prescription-mention-missing");
  it("needs the agreement and the quantity", () => {
    rule.toFlag(travel({ prescription: { travelAbroadMention: { prescriberAgreement: false, quantityAtOnce: false } } }), [
      { path: ["prescription", "travelAbroadMention", "prescriberAgreement"] },
      { path: ["prescription", "travelAbroadMention", "quantityAtOnce"] },
    ]);
    rule.toFlag(travel({ prescription: { travelAbroadMention: { prescriberAgreement: true, quantityAtOnce: false } } }), [{ path: ["prescription", "travelAbroadMention", "quantityAtOnce"] }]);
    rule.notToFlag(travel());
  });
  it("does not evaluate mentions that were not sent", () => {
    const reason = "the prescription's stay-abroad mentions were not sent";
    expect(rule.notToEvaluate(travel({ prescription: { travelAbroadMention: undefined } }))).toBe(reason);
    expect(rule.notToEvaluate(travel({ prescription: undefined }))).toBe(reason);
  });
});

describe("abroad/sworn-statement-incomplete", () => {
  const rule = expectRule("abroad/sworn-statement-incomplete");
  const withoutAgreement = (swornStatement: object | undefined) => travel({ stayAbroad: { caisseAgreement: undefined, swornStatement } });
  it("is not the pharmacy's business when the caisse agreed: the patient sent the statement with the request", () => {
    rule.notToFlag(travel({ stayAbroad: { swornStatement: undefined } }));
    rule.notToFlag(travel({ stayAbroad: { swornStatement: { ...sworn, phone: " " } } }));
  });
  it("without an agreement, needs the statement (its absence is the fault) and each of its ten items", () => {
    rule.toFlag(withoutAgreement(undefined), [{ path: ["stayAbroad", "swornStatement"], severity: "error" }]);
    for (const field of Object.keys(sworn).filter((name) => name !== "departureDate")) {
      rule.toFlag(withoutAgreement({ ...sworn, [field]: " " }), [{ path: ["stayAbroad", "swornStatement"] }]);
    }
    rule.notToFlag(withoutAgreement(sworn));
  });
  it("names the items sent blank", () => {
    const [diagnostic] = rule.diagnostics(withoutAgreement({ ...sworn, phone: "", reason: " " }));
    expect(diagnostic?.message).toBe("Sworn statement incomplete: phone, reason.");
  });
  it("does not evaluate items that were not sent, or a scanned statement not transcribed", () => {
    expect(rule.notToEvaluate(withoutAgreement({ ...sworn, phone: undefined }))).toBe("items of the sworn statement not sent");
    const scanned = travel({ stayAbroad: { caisseAgreement: undefined, swornStatement: undefined }, documents: [{ kind: "sworn-statement", legible: true }] });
    expect(rule.notToEvaluate(scanned)).toBe("sworn statement scanned but its items were not sent");
  });
  it("does not apply to a stay of a month or less (abroad/stay-too-short says so)", () => {
    rule.notToFlag(travel({ stayAbroad: { caisseAgreement: undefined, swornStatement: undefined, returnDate: "2025-04-15" } }));
  });
});

describe("abroad/caisse-agreement-missing", () => {
  const rule = expectRule("abroad/caisse-agreement-missing");
  it("needs the agreement for every stay over one month (national rule)", () => {
    rule.toFlag(travel({ stayAbroad: { caisseAgreement: undefined } }), [{ path: ["stayAbroad", "caisseAgreement"] }]);
    rule.notToFlag(travel({ stayAbroad: { caisseAgreement: undefined, returnDate: "2025-04-15" } }));
  });
  it("flags an agreement that ended before dispensing (edges)", () => {
    rule.toFlag(travel({ stayAbroad: { caisseAgreement: { until: "2025-03-09" } } }), [{ path: ["stayAbroad", "caisseAgreement", "until"] }]);
    rule.notToFlag(travel({ stayAbroad: { caisseAgreement: { until: "2025-03-10" } } }));
  });
  it("compares the agreement's end with the dispensing date, not with the date of the check", () => {
    rule.notToFlag(travel({ stayAbroad: { caisseAgreement: { until: "2025-03-10" } } }), { asOf: "2026-11-30" });
  });
  it("applies the regional 1–3-month simplification only when a vendor turns it on", () => {
    const regional = createChecker({ only: ["abroad/caisse-agreement-missing"], settings: { "abroad/caisse-agreement-missing": { regionalSimplification: true } } });
    const ruleIds = (returnDate: string) => regional.check(travel({ stayAbroad: { caisseAgreement: undefined, returnDate } })).diagnostics.map((diagnostic) => diagnostic.ruleId);
    expect(ruleIds("2025-06-15")).toEqual([]);
    expect(ruleIds("2025-06-16")).toEqual(["abroad/caisse-agreement-missing"]);
    expect(() => createChecker({ settings: { "abroad/caisse-agreement-missing": { regional: true } } })).toThrow(/no setting/);
    expect(() => createChecker({ settings: { "abroad/caisse-agreement-missing": { regionalSimplification: "yes" } } })).toThrow(/boolean/);
  });
});

describe("abroad/product-not-in-agreement", () => {
  const rule = expectRule("abroad/product-not-in-agreement");
  it("flags drug lines beyond the usual 30 days outside the agreement's list", () => {
    rule.toFlag(travel({ stayAbroad: { caisseAgreement: { products: [drugs.doliprane.cip13] } } }), [{ path: ["lines", 0, "productCode"], amountAtRisk: "3.02" }]);
    rule.notToFlag(travel());
  });
  it("passes a product outside the agreement delivered for the usual month (edge: 30 days, 31)", () => {
    const outside = (daysOfTreatment: number) =>
      travel({ stayAbroad: { caisseAgreement: { products: [drugs.doliprane.cip13] } }, lines: [{ ...levothyroxThreeMonths, quantity: 1, total: "1.55", amounts: { amo: "1.01", amc: "0.54", patient: "0.00" }, daysOfTreatment }] });
    rule.notToFlag(outside(30));
    rule.toFlag(outside(31), [{ path: ["lines", 0, "productCode"] }]);
  });
  it("does not evaluate a product outside the agreement whose duration was not sent", () => {
    const line = { ...levothyroxThreeMonths, daysOfTreatment: undefined };
    expect(rule.notToEvaluate(travel({ stayAbroad: { caisseAgreement: { products: [drugs.doliprane.cip13] } }, lines: [line] }))).toBe(
      "treatment days delivered unknown for a product outside the agreement",
    );
  });
  it("covers every product when the agreement lists none", () => rule.notToFlag(travel({ stayAbroad: { caisseAgreement: { grantedOn: "2025-03-09", products: undefined } } })));
});

describe("abroad/over-six-months", () => {
  const rule = expectRule("abroad/over-six-months");
  it("warns on a stay over six calendar months, not a day before: the cap is on the treatment", () => {
    rule.notToFlag(stayUntil("2025-09-15"));
    rule.toFlag(stayUntil("2025-09-16"), [{ path: ["stayAbroad", "returnDate"], severity: "warning" }]);
  });
  it("flags a quantity beyond six months of treatment (184 days from 15 March)", () => {
    rule.notToFlag(travel({ lines: [{ ...levothyroxThreeMonths, daysOfTreatment: 184 }] }));
    rule.toFlag(travel({ lines: [{ ...levothyroxThreeMonths, daysOfTreatment: 185 }] }), [{ path: ["lines", 0, "daysOfTreatment"], severity: "error" }]);
  });
});

describe("abroad/excluded-product", () => {
  const rule = expectRule("abroad/excluded-product");
  const drugLine = (extra: object) => ({ ...levothyroxThreeMonths, ...extra });
  it("warns on stupéfiants, exception drugs, and hypnotics and anxiolytics of reduced duration", () => {
    for (const extra of [{ list: "stupefiant" }, { exceptionDrug: true }, { atc: "N05CF02" }, { atc: "N05BA12" }, { atc: "n05cd05" }]) {
      rule.toFlag(travel({ lines: [drugLine(extra)] }), [{ path: ["lines", 0], severity: "warning", amountAtRisk: "3.02" }]);
    }
  });
  it("passes products matched by a class only: hydroxychloroquine and hydroxyzine are not duration-limited", () => {
    for (const atc of ["P01BA02", "N05BB01", "P01BB51"]) rule.notToFlag(travel({ lines: [drugLine({ atc })] }));
  });
  it("passes other drugs", () => rule.notToFlag(travel()));
});

describe("abroad/ame-excluded", () => {
  const rule = expectRule("abroad/ame-excluded");
  it("flags AME beneficiaries only, with every AMO share of the invoice at risk", () => {
    rule.toFlag(travel({ amo: { ame: true } }), [{ path: ["amo", "ame"], amountAtRisk: "3.02" }]);
    rule.notToFlag(travel());
  });
});

describe("abroad rules before the national procedure", () => {
  it("do not run before the 2009 circulaire", () => {
    const report = checkInvoice(dispensedOn(travel({ stayAbroad: { returnDate: "2025-03-20" } }), "2009-03-18"), { trace: true });
    expect(report.trace?.skipped).toContainEqual({ ruleId: "abroad/stay-too-short", reason: "not-effective" });
  });
  it("need the caisse's agreement from the circulaire's first day, not the day before", () => {
    const noAgreement = travel({ stayAbroad: { caisseAgreement: undefined } });
    const firedOn = (date: string) => checkInvoice(dispensedOn(noAgreement, date), { asOf: "2026-11-30" }).diagnostics.map((diagnostic) => diagnostic.ruleId);
    expect(firedOn("2009-03-18")).not.toContain("abroad/caisse-agreement-missing");
    expect(firedOn("2009-03-19")).toContain("abroad/caisse-agreement-missing");
  });
});
