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
    rule.toFlag(travel({ prescription: { travelAbroadMention: undefined } }), [
      { path: ["prescription", "travelAbroadMention", "prescriberAgreement"] },
      { path: ["prescription", "travelAbroadMention", "quantityAtOnce"] },
    ]);
    rule.toFlag(travel({ prescription: { travelAbroadMention: { prescriberAgreement: true, quantityAtOnce: false } } }), [{ path: ["prescription", "travelAbroadMention", "quantityAtOnce"] }]);
    rule.toFlag(travel({ prescription: undefined }), [{ path: ["prescription"] }]);
    rule.notToFlag(travel());
  });
});

describe("abroad/sworn-statement-incomplete", () => {
  const rule = expectRule("abroad/sworn-statement-incomplete");
  it("needs the statement and every one of its ten items", () => {
    rule.toFlag(travel({ stayAbroad: { swornStatement: undefined } }), [{ path: ["stayAbroad", "swornStatement"] }]);
    for (const field of Object.keys(sworn)) {
      rule.toFlag(travel({ stayAbroad: { swornStatement: { ...sworn, [field]: field === "departureDate" ? undefined : " " } } }), [{ path: ["stayAbroad", "swornStatement"] }]);
    }
    rule.notToFlag(travel());
  });
  it("names the missing items", () => {
    const [diagnostic] = rule.diagnostics(travel({ stayAbroad: { swornStatement: { ...sworn, phone: undefined, reason: undefined } } }));
    expect(diagnostic?.message).toBe("Sworn statement incomplete: phone, reason.");
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
  it("flags drug lines outside the agreement's list", () => {
    rule.toFlag(travel({ stayAbroad: { caisseAgreement: { products: [drugs.doliprane.cip13] } } }), [{ path: ["lines", 0, "productCode"], amountAtRisk: "3.02" }]);
    rule.notToFlag(travel());
  });
  it("covers every product when the agreement lists none", () => rule.notToFlag(travel({ stayAbroad: { caisseAgreement: { grantedOn: "2025-03-09", products: undefined } } })));
});

describe("abroad/over-six-months", () => {
  const rule = expectRule("abroad/over-six-months");
  it("allows six calendar months, not a day more", () => {
    rule.notToFlag(stayUntil("2025-09-15"));
    rule.toFlag(stayUntil("2025-09-16"), [{ path: ["stayAbroad", "returnDate"] }]);
  });
  it("flags a quantity beyond six months of treatment (184 days from 15 March)", () => {
    rule.notToFlag(travel({ lines: [{ ...levothyroxThreeMonths, daysOfTreatment: 184 }] }));
    rule.toFlag(travel({ lines: [{ ...levothyroxThreeMonths, daysOfTreatment: 185 }] }), [{ path: ["lines", 0, "daysOfTreatment"] }]);
  });
});

describe("abroad/excluded-product", () => {
  const rule = expectRule("abroad/excluded-product");
  const drugLine = (extra: object) => ({ ...levothyroxThreeMonths, ...extra });
  it("flags stupéfiants, exception drugs, hypnotics, anxiolytics and antimalarial prevention", () => {
    for (const extra of [{ list: "stupefiant" }, { exceptionDrug: true }, { atc: "N05CF02" }, { atc: "N05BA12" }, { atc: "P01BB51" }]) {
      rule.toFlag(travel({ lines: [drugLine(extra)] }), [{ path: ["lines", 0], amountAtRisk: "3.02" }]);
    }
  });
  it("passes other drugs", () => rule.notToFlag(travel()));
});

describe("abroad/ame-excluded", () => {
  const rule = expectRule("abroad/ame-excluded");
  it("flags AME beneficiaries only", () => {
    rule.toFlag(travel({ amo: { ame: true } }), [{ path: ["amo", "ame"] }]);
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
