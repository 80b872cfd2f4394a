import { describe, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice, invoiceWith } from "../../support/fixtures.js";

const drug = cleanInvoice().lines[0]!;

describe("regime/ame-low-smr", () => {
  const rule = expectRule("regime/ame-low-smr");
  const ame = (extra: object = {}, dispensingDate = "2025-03-10") =>
    invoiceWith({ dispensingDate, transmissionDate: dispensingDate, amo: { ame: true }, lines: [{ ...drug, prestationCode: "PH2" }], ...extra });
  it("flags adults from 2015-02-06", () => {
    rule.toFlag(ame(), [{ path: ["lines", 0, "prestationCode"] }]);
    rule.notToFlag(ame({}, "2015-02-05"));
    rule.toFlag(ame({}, "2015-02-06"), [{ path: ["lines", 0, "prestationCode"] }]);
  });
  it("spares minors (18th birthday edge) and non-AME patients", () => {
    rule.notToFlag(ame({ patient: { birthDate: "2007-03-11" } }));
    rule.toFlag(ame({ patient: { birthDate: "2007-03-10" } }), [{ path: ["lines", 0, "prestationCode"] }]);
    rule.notToFlag(invoiceWith({ lines: [{ ...drug, prestationCode: "PH2" }] }));
  });
  it("passes the 15 % line billed at 0 %, the patient paying: that is the correct invoice", () => {
    rule.notToFlag(ame({ lines: [{ ...drug, prestationCode: "PH2", amounts: { amo: "0.00", amc: "0.00", patient: "1.07" } }] }));
  });
});

describe("regime/franchise-on-exempt-patient", () => {
  const rule = expectRule("regime/franchise-on-exempt-patient");
  it("flags a franchise on exempt patients", () => {
    rule.toFlag(invoiceWith({ franchise: "1.00", amo: { c2s: true } }), [{ path: ["franchise"], severity: "warning" }]);
    rule.toFlag(invoiceWith({ franchise: "1.00", amo: { ame: true } }), [{ path: ["franchise"] }]);
    rule.toFlag(invoiceWith({ franchise: "1.00", natureAssurance: "30" }), [{ path: ["franchise"] }]);
    rule.toFlag(invoiceWith({ franchise: "1.00", patient: { birthDate: "2007-03-11" } }), [{ path: ["franchise"] }]);
    rule.notToFlag(invoiceWith({ franchise: "1.00", patient: { birthDate: "2007-03-10" } }));
    rule.notToFlag(invoiceWith({ franchise: "0.00", amo: { c2s: true } }));
  });
  it("dates the amount per box: 0.50 € until 2024-03-30, 1 € from 2024-03-31", () => {
    const oneBox = (date: string) => invoiceWith({ dispensingDate: date, transmissionDate: date, franchise: "1.00" });
    rule.toFlag(oneBox("2023-06-01"), [{ path: ["franchise"] }]);
    rule.toFlag(oneBox("2024-03-30"), [{ path: ["franchise"] }]);
    rule.notToFlag(oneBox("2024-03-31"));
    rule.notToFlag(oneBox("2025-06-01"));
  });
});
