import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyFix, checkInvoice, createChecker, invoiceTotal, type InvoiceInput } from "../../../src/index.js";
import { dispensedOn } from "../../support/dates.js";
import { expectRule } from "../../support/expect-rule.js";
import { ids } from "../../support/fixtures.js";
import { actLine, flu, pharmacistPrescriber, vaccineLine } from "./support.js";

const doctor = { kind: "doctor" as const, amNumber: ids.doctorAm, rpps: undefined, finess: undefined };

describe("vaccination/minor-needs-doctor-prescriber", () => {
  const rule = expectRule("vaccination/minor-needs-doctor-prescriber");
  const minor = (birthDate: string, dispensingDate: string, prescriber: object = pharmacistPrescriber) =>
    flu({ dispensingDate, patient: { birthDate, chronicDisease: true }, prescription: { date: dispensingDate, prescriber } });
  it("uses 11 since 2023-08-09 (birthday edges)", () => {
    rule.toFlag(minor("2014-10-21", "2025-10-20"), [{ path: ["prescription", "prescriber"], amountAtRisk: "11.75" }]);
    rule.notToFlag(minor("2014-10-20", "2025-10-20"));
    rule.notToFlag(minor("2014-10-21", "2025-10-20", doctor));
  });
  it("uses 16 from 2022-04-23 to 2023-08-08, and 18 before", () => {
    rule.toFlag(minor("2008-01-01", "2023-08-08"), [{ path: ["prescription", "prescriber"] }]);
    rule.notToFlag(minor("2008-01-01", "2023-08-09"));
    rule.notToFlag(minor("2007-01-01", "2023-08-08"));
    rule.toFlag(minor("2005-01-01", "2022-04-22"), [{ path: ["prescription", "prescriber"] }]);
    rule.notToFlag(minor("2005-01-01", "2022-04-23"));
    rule.notToFlag(minor("2004-01-01", "2022-04-22"));
  });
  it("wants an identified doctor or sage-femme, not just any prescriber", () => {
    rule.notToFlag(minor("2018-01-01", "2025-10-20", { kind: "midwife", amNumber: undefined, rpps: ids.doctorRpps }));
    rule.toFlag(minor("2018-01-01", "2025-10-20", { kind: "nurse", amNumber: ids.doctorAm }), [{ path: ["prescription", "prescriber"] }]);
    rule.toFlag(minor("2018-01-01", "2025-10-20", { kind: "doctor", amNumber: undefined, rpps: " " }), [{ path: ["prescription", "prescriber"] }]);
  });
  it("leaves a mistyped identifier of the doctor to prescriber/am-number-invalid: one fault, one error", () => {
    const typo = minor("2018-01-01", "2025-10-20", { kind: "doctor", amNumber: "991086264" });
    rule.notToFlag(typo);
    const errors = checkInvoice(typo).diagnostics.filter((diagnostic) => diagnostic.severity === "error").map((diagnostic) => diagnostic.ruleId);
    expect(errors).toEqual(["prescriber/am-number-invalid"]);
  });
  it("takes an invoice with no prescription at all for a minor's vaccine as the fault itself", () => {
    rule.toFlag(flu({ patient: { birthDate: "2018-01-01" }, prescription: undefined }), [{ path: ["prescription"], severity: "error" }]);
  });
  it("reads the age and the dated threshold on the day of the vaccination, not on the date of the check", () => {
    rule.notToFlag(minor("2008-01-01", "2023-08-09"), { asOf: "2026-11-30" });
    rule.toFlag(minor("2008-01-01", "2023-08-08"), [{ path: ["prescription", "prescriber"] }], { asOf: "2026-11-30" });
  });
});

describe("vaccination/first-time-needs-doctor-prescriber", () => {
  const rule = expectRule("vaccination/first-time-needs-doctor-prescriber");
  const firstTime = (date: string, prescriber: object = pharmacistPrescriber) => flu({ dispensingDate: date, prescription: { date, prescriber }, vaccination: { firstTime: true } });
  it("applies until 2018-08-31 only", () => {
    rule.toFlag(firstTime("2018-08-31"), [{ path: ["prescription", "prescriber", "kind"], severity: "warning" }]);
    rule.notToFlag(firstTime("2018-09-01"));
    rule.notToFlag(firstTime("2017-11-02", doctor));
  });
});

describe("vaccination/vaccine-not-prevention", () => {
  const rule = expectRule("vaccination/vaccine-not-prevention");
  it("flags a target-group vaccine without exo 7", () => {
    rule.toFlag(flu({ lines: [vaccineLine("0")] }), [{ path: ["lines", 0, "exonerationCode"], severity: "error", amountAtRisk: "7.64" }]);
    rule.notToFlag(flu());
  });
  it("flags exo 7 on the bon for children without risk from 2023-10-17 on", () => {
    const child = (date: string) => flu({ dispensingDate: date, patient: { birthDate: "2012-01-01" }, prescription: { date, prescriber: doctor }, vaccination: { voucher: "child-without-risk" } });
    rule.toFlag(child("2023-10-17"), [{ path: ["lines", 0, "exonerationCode"] }]);
    rule.notToFlag(flu({ patient: { birthDate: "2012-01-01" }, prescription: { prescriber: doctor }, vaccination: { voucher: "child-without-risk" }, lines: [vaccineLine("0")] }));
  });
  it("lets the bon decide, whatever the optional risk flags say", () => {
    // A child with a risk factor holds the target-group bon: 100 % in exo 7, chronic flag sent or not.
    const atRiskChild = (patient: object) => flu({ patient: { birthDate: "2012-01-01", ...patient }, prescription: { prescriber: doctor } });
    rule.notToFlag(atRiskChild({}));
    rule.notToFlag(atRiskChild({ chronicDisease: false }));
    // The children's bon is at 65 % without exo 7 even when a risk flag is set.
    rule.notToFlag(flu({ patient: { birthDate: "2012-01-01", chronicDisease: true }, prescription: { prescriber: doctor }, vaccination: { voucher: "child-without-risk" }, lines: [vaccineLine("0")] }));
  });
  it("accepts a pregnant woman's vaccine billed under nature maternité", () => {
    const maternity = { ...vaccineLine("0"), natureAssurance: "30" as const, amounts: { amo: "11.75", amc: "0.00", patient: "0.00" } };
    rule.notToFlag(flu({ patient: { birthDate: "1990-04-04", pregnancy: { startDate: "2025-04-01" } }, lines: [maternity] }));
  });
  it("leaves State stock and invoices without bon to the other rules", () => {
    rule.notToFlag(flu({ vaccination: { voucher: "none" }, lines: [vaccineLine("0")] }));
    rule.notToFlag(dispensedOn(flu({ vaccination: { stateStock: true }, lines: [vaccineLine("0")] }), "2020-11-16"));
  });
  it("does not evaluate without the bon, the exonération, or whether the vaccine came from the State stock in 2020-2021", () => {
    expect(rule.notToEvaluate(flu({ vaccination: undefined }))).toBe("bon de prise en charge (vaccination context) not sent");
    expect(rule.notToEvaluate(flu({ lines: [{ ...vaccineLine("0"), exonerationCode: undefined }] }))).toBe("exonération of the vaccine line not sent");
    expect(rule.notToEvaluate(dispensedOn(flu({ lines: [vaccineLine("0")] }), "2020-11-16"))).toBe(
      "whether the vaccine came from the State stock was not sent during a State-stock campaign",
    );
    // Outside a State-stock campaign, a stock not sent is no stock.
    rule.toFlag(dispensedOn(flu({ lines: [vaccineLine("0")] }), "2021-11-16"), [{ path: ["lines", 0, "exonerationCode"] }]);
  });
});

describe("vaccination/act-billed-as-prevention", () => {
  const rule = expectRule("vaccination/act-billed-as-prevention");
  it("flags VGP, RVA and INJ with exo 7 only", () => {
    rule.toFlag(flu({ lines: [actLine("7")] }), [{ path: ["lines", 0, "exonerationCode"] }]);
    for (const prestationCode of ["RVA", "INJ"] as const) rule.toFlag(flu({ lines: [{ ...actLine("7"), prestationCode }] }), [{ path: ["lines", 0, "exonerationCode"] }]);
    for (const exo of ["0", "4", "5"] as const) rule.notToFlag(flu({ lines: [actLine(exo)] }));
    rule.notToFlag(flu());
  });
});

describe("vaccination/split-required", () => {
  const rule = expectRule("vaccination/split-required");
  const mixed = flu({ lines: [vaccineLine(), { productKind: "service", prestationCode: "HD7", exonerationCode: "7", quantity: 1, unitPrice: "1.02", total: "1.02", amounts: { amo: "1.02", amc: "0.00", patient: "0.00" }, forLine: 0 }, actLine("0")] });

  it("is advice (info) on one invoice with an exonération per line: that is the correct, standard invoice", () => {
    rule.toFlag(mixed, [{ path: ["lines", 2], severity: "info" }]);
    expect(checkInvoice(mixed).diagnostics.filter((diagnostic) => diagnostic.severity !== "info")).toEqual([]);
    rule.notToFlag(flu());
    rule.notToFlag(flu({ lines: [actLine("0")] }));
  });

  it("is an error when the vendor says its software carries one exonération per invoice", () => {
    const oneExoneration = createChecker({ only: ["vaccination/split-required"], settings: { "vaccination/split-required": { oneExonerationPerInvoice: true } } });
    expect(oneExoneration.check(mixed).diagnostics.map((diagnostic) => [diagnostic.path, diagnostic.severity])).toEqual([[["lines", 2], "error"]]);
  });

  it("never invents an invoice number: the original keeps its number, the new invoice waits for the LGO's", () => {
    const [diagnostic] = rule.diagnostics(mixed);
    const [original, added] = applyFix(mixed, diagnostic!.fix!);
    expect([original!.id, original!.number]).toEqual([mixed.id, mixed.number]);
    expect(added).not.toHaveProperty("number");
    expect(added).not.toHaveProperty("id");
    const numbered = applyFix(mixed, diagnostic!.fix!, { newInvoices: [{ id: "INV-0402", number: "000000402" }] });
    expect(numbered.map((invoice) => invoice.number)).toEqual([mixed.number, "000000402"]);
    expect(() => applyFix(mixed, diagnostic!.fix!, { newInvoices: [] })).toThrow(/1 new invoice/);
  });

  it("ships a safe fix whose two invoices pass the vaccination rules", () => {
    const [diagnostic] = rule.diagnostics(mixed);
    expect(diagnostic?.fix).toMatchObject({ kind: "split-invoice", safe: true });
    const [prevention, situation] = applyFix(mixed, diagnostic!.fix!, { newInvoices: [{ id: "INV-0402", number: "000000402" }] });
    expect(prevention!.lines.map((line) => line.prestationCode)).toEqual(["PH7", "HD7"]);
    expect(prevention!.lines[1]!.forLine).toBe(0);
    expect(situation!.lines.map((line) => line.prestationCode)).toEqual(["VGP"]);
    expect(prevention!.number).not.toBe(situation!.number);
    for (const invoice of [prevention!, situation!]) {
      const report = checkInvoice(invoice);
      expect(report.diagnostics.filter((d) => d.ruleId.startsWith("vaccination/") || d.ruleId === "input/invalid")).toEqual([]);
    }
  });

  it("splits any mixed vaccination invoice into exactly the original lines and the same total", () => {
    const exo = fc.constantFrom("0", "4", "5") as fc.Arbitrary<"0" | "4" | "5">;
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }), fc.array(exo, { minLength: 1, maxLength: 3 }), (vaccines, acts) => {
        const lines: InvoiceInput["lines"] = [...vaccines.map((withFee) => vaccineLine(withFee ? "7" : "7")), ...acts.map((code) => actLine(code))];
        const invoice = flu({ lines });
        const [diagnostic] = rule.diagnostics(invoice);
        const split = applyFix(invoice, diagnostic!.fix!);
        expect(split).toHaveLength(2);
        const all = split.flatMap((part) => part.lines);
        expect(all).toHaveLength(lines.length);
        expect([...all].map((line) => JSON.stringify(line)).sort()).toEqual([...lines].map((line) => JSON.stringify(line)).sort());
        expect(invoiceTotal({ lines: all })).toBe(invoiceTotal(invoice));
      }),
      { numRuns: 40 },
    );
  });
});

describe("vaccination/not-covered-patient-pays", () => {
  const rule = expectRule("vaccination/not-covered-patient-pays");
  const noBon = (birthDate: string, amo = "7.64") => flu({ patient: { birthDate }, vaccination: { voucher: "none" }, lines: [{ ...vaccineLine("0"), amounts: { amo, amc: "0.00", patient: amo === "0.00" ? "11.75" : "4.11" } }] });
  it("flags an uncovered adult billed to the AMO, with the amount the patient must pay", () => {
    rule.toFlag(noBon("1985-05-14"), [{ path: ["lines", 0, "amounts", "amo"], amountAtRisk: "7.64" }]);
  });
  it("passes a patient who pays, or who holds a bon", () => {
    rule.notToFlag(noBon("1985-05-14", "0.00"));
    rule.notToFlag(flu());
  });
  it("only warns for a patient the known facts put in a target group: a bon may still be printed", () => {
    rule.toFlag(noBon("1955-02-11"), [{ path: ["lines", 0, "amounts", "amo"], severity: "warning" }]);
  });
  it("does not evaluate without the vaccination context", () => {
    expect(rule.notToEvaluate(flu({ vaccination: undefined }))).toBe("bon de prise en charge (vaccination context) not sent");
  });
});

describe("vaccination/state-stock-billed", () => {
  const rule = expectRule("vaccination/state-stock-billed");
  const stateStock = (exonerationCode: "0" | "7", unitPrice = "1.99") =>
    dispensedOn(
      flu({ vaccination: { stateStock: true }, lines: [{ ...vaccineLine(exonerationCode), unitPrice, total: unitPrice, amounts: { amo: unitPrice, amc: "0.00", patient: "0.00" } }, actLine("0")] }),
      "2020-11-16",
    );
  it("passes the State-stock vaccine at its small price, at 100 % without exo 7", () => rule.notToFlag(stateStock("0")));
  it("warns on exo 7 and on the commercial price", () => {
    rule.toFlag(stateStock("7"), [{ path: ["lines", 0, "exonerationCode"], severity: "warning" }]);
    rule.toFlag(stateStock("0", "11.75"), [{ path: ["lines", 0, "unitPrice"], severity: "warning" }]);
  });
  it("does not evaluate a State-stock vaccine outside the State-stock campaign", () => {
    expect(rule.notToEvaluate(dispensedOn(stateStock("0"), "2021-11-16"))).toBe("no State stock of flu vaccines known on that date");
  });
});

describe("vaccination/pregnancy-use-maternity", () => {
  const rule = expectRule("vaccination/pregnancy-use-maternity");
  const pregnant = (dispensingDate: string, pregnancy: object, act = actLine("0")) =>
    flu({ dispensingDate, patient: { birthDate: "1990-04-04", pregnancy }, vaccination: undefined, lines: [act] });
  it("starts on the first day of the 6th month (start 2025-04-01 → 2025-09-01)", () => {
    rule.notToFlag(pregnant("2025-08-31", { startDate: "2025-04-01" }));
    rule.toFlag(pregnant("2025-09-01", { startDate: "2025-04-01" }), [{ path: ["lines", 0, "natureAssurance"], severity: "warning" }]);
  });
  it("ends 12 days after the birth", () => {
    rule.toFlag(pregnant("2026-01-13", { startDate: "2025-04-01", deliveryDate: "2026-01-01" }), [{ path: ["lines", 0, "natureAssurance"] }]);
    rule.notToFlag(pregnant("2026-01-14", { startDate: "2025-04-01", deliveryDate: "2026-01-01" }));
  });
  it("derives the period from the expected delivery date", () => {
    rule.toFlag(pregnant("2025-09-01", { expectedDeliveryDate: "2026-01-01" }), [{ path: ["lines", 0, "natureAssurance"] }]);
  });
  it("passes an act billed under maternité", () => rule.notToFlag(pregnant("2025-10-20", { startDate: "2025-04-01" }, actLine("0", "30"))));
  it("says it cannot decide without any pregnancy date", () => {
    expect(checkInvoice(pregnant("2025-10-20", {}), { locale: "en" }).notEvaluated).toContainEqual({
      ruleId: "vaccination/pregnancy-use-maternity",
      reason: "neither pregnancy start nor expected delivery date",
    });
  });
});

describe("vaccination/pharmacist-prescriber-under-11", () => {
  const rule = expectRule("vaccination/pharmacist-prescriber-under-11");
  // A calendar vaccine other than flu (flu has its own dated rule): the vaccine and its RVA act.
  const otherVaccine = { ...vaccineLine("7"), vaccine: "other" as const };
  const child = (birthDate: string, date = "2025-10-20") =>
    flu({ dispensingDate: date, patient: { birthDate }, prescription: { date, prescriber: { kind: "pharmacist", amNumber: "291990869" } }, lines: [otherVaccine] });
  it("flags under 11 on the birthday edge", () => {
    rule.toFlag(child("2014-10-21"), [{ path: ["prescription", "prescriber"] }]);
    rule.notToFlag(child("2014-10-20"));
  });
  it("recognises the dedicated number whatever the kind, and does not exist before 2023-08-09", () => {
    rule.toFlag(flu({ patient: { birthDate: "2016-01-01" }, prescription: { prescriber: { kind: "other", amNumber: "291 990 869" } }, lines: [otherVaccine] }), [{ path: ["prescription", "prescriber"] }]);
    rule.notToFlag(child("2014-10-21", "2023-08-08"));
  });
  it("leaves flu vaccines to vaccination/minor-needs-doctor-prescriber: one fault, one error", () => {
    const fluChild = flu({ patient: { birthDate: "2016-01-01" } });
    rule.notToFlag(fluChild);
    expect(checkInvoice(fluChild).diagnostics.filter((diagnostic) => diagnostic.severity === "error").map((diagnostic) => diagnostic.ruleId)).toEqual([
      "vaccination/minor-needs-doctor-prescriber",
    ]);
  });
});
