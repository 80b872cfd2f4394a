import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyFix, checkInvoice, invoiceTotal, type InvoiceInput } from "../../../src/index.js";
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
  it("wants a doctor or sage-femme with a valid identifier, not just any prescriber", () => {
    rule.toFlag(minor("2018-01-01", "2025-10-20", { kind: "doctor", amNumber: "991086264" }), [{ path: ["prescription", "prescriber"] }]);
    rule.notToFlag(minor("2018-01-01", "2025-10-20", { kind: "midwife", amNumber: undefined, rpps: ids.doctorRpps }));
    rule.toFlag(minor("2018-01-01", "2025-10-20", { kind: "nurse", amNumber: ids.doctorAm }), [{ path: ["prescription", "prescriber"] }]);
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
    rule.toFlag(flu({ lines: [vaccineLine("0")] }), [{ path: ["lines", 0, "exonerationCode"], amountAtRisk: "7.64" }]);
    rule.notToFlag(flu());
  });
  it("flags exo 7 on a child without risk from 2023-10-17 on", () => {
    const child = (date: string) => flu({ dispensingDate: date, patient: { birthDate: "2012-01-01" }, prescription: { date, prescriber: doctor }, vaccination: { voucher: "child-without-risk" } });
    rule.toFlag(child("2023-10-17"), [{ path: ["lines", 0, "exonerationCode"] }]);
    rule.notToFlag(flu({ patient: { birthDate: "2012-01-01" }, prescription: { prescriber: doctor }, vaccination: { voucher: "child-without-risk" }, lines: [vaccineLine("0")] }));
  });
  it("leaves state stock and invoices without bon to the other rules", () => {
    rule.notToFlag(flu({ vaccination: { voucher: "none" }, lines: [vaccineLine("0")] }));
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

  it("flags vaccine and act together, and passes either alone", () => {
    rule.toFlag(mixed, [{ path: ["lines", 2] }]);
    rule.notToFlag(flu());
    rule.notToFlag(flu({ lines: [actLine("0")] }));
  });

  it("ships a safe fix whose two invoices pass the vaccination rules", () => {
    const [diagnostic] = rule.diagnostics(mixed);
    expect(diagnostic?.fix).toMatchObject({ kind: "split-invoice", safe: true });
    const [prevention, situation] = applyFix(mixed, diagnostic!.fix!);
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
  it("passes a patient who pays, or who belongs to a target group", () => {
    rule.notToFlag(noBon("1985-05-14", "0.00"));
    rule.notToFlag(noBon("1955-02-11"));
    rule.notToFlag(flu());
  });
});

describe("vaccination/state-stock-billed", () => {
  const rule = expectRule("vaccination/state-stock-billed");
  it("flags a priced or exo-7 state-stock vaccine", () => {
    rule.toFlag(flu({ vaccination: { stateStock: true } }), [{ path: ["lines", 0, "unitPrice"] }]);
    rule.toFlag(flu({ vaccination: { stateStock: true }, lines: [{ ...vaccineLine("7"), unitPrice: "0.00", total: "0.00", amounts: { amo: "0.00", amc: "0.00", patient: "0.00" } }] }), [{ path: ["lines", 0, "exonerationCode"] }]);
    rule.notToFlag(flu({ vaccination: { stateStock: true }, lines: [{ ...vaccineLine("0"), unitPrice: "0.00", total: "0.00", amounts: { amo: "0.00", amc: "0.00", patient: "0.00" } }, actLine("0")] }));
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
  const child = (birthDate: string, date = "2025-10-20") => flu({ dispensingDate: date, patient: { birthDate, chronicDisease: true }, prescription: { date, prescriber: { kind: "pharmacist", amNumber: "291990869" } } });
  it("flags under 11 on the birthday edge", () => {
    rule.toFlag(child("2014-10-21"), [{ path: ["prescription", "prescriber"] }]);
    rule.notToFlag(child("2014-10-20"));
  });
  it("recognises the dedicated number whatever the kind, and does not exist before 2023-08-09", () => {
    rule.toFlag(flu({ patient: { birthDate: "2016-01-01" }, prescription: { prescriber: { kind: "other", amNumber: "291 990 869" } } }), [{ path: ["prescription", "prescriber"] }]);
    rule.notToFlag(child("2014-10-21", "2023-08-08"));
  });
});
