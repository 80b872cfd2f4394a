import { describe, expect, it } from "vitest";
import type { InvoiceInput } from "../../../src/index.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice, invoiceWith } from "../../support/fixtures.js";

type Line = InvoiceInput["lines"][number];
const [drug, fee] = cleanInvoice().lines as [Line, Line];
const withFee = (feeLine: Partial<Line>, drugLine: Partial<Line> = {}, extra: object = {}) => invoiceWith({ lines: [{ ...drug, ...drugLine }, { ...fee, ...feeLine }], ...extra });

describe("fees/rate-mismatch", () => {
  const rule = expectRule("fees/rate-mismatch");
  it("wants the fee's digit to match its drug's rate", () => {
    rule.notToFlag(withFee({}));
    rule.toFlag(withFee({ prestationCode: "HD4" }), [{ path: ["lines", 1, "prestationCode"], severity: "warning" }]);
    rule.notToFlag(withFee({ prestationCode: "HD1" }, { prestationCode: "PH1" }));
    rule.toFlag(withFee({ prestationCode: "HG2" }, { prestationCode: "PH4", largePack: true }), [{ path: ["lines", 1, "prestationCode"] }]);
  });
  it("uses the only drug rate when the fee has no link, and says so when it cannot tell", () => {
    rule.toFlag(withFee({ prestationCode: "HD4", forLine: undefined }), [{ path: ["lines", 1, "prestationCode"] }]);
    const { forLine: _unlinked, ...loose } = fee;
    rule.toFlag(invoiceWith({ lines: [drug, { ...drug, prestationCode: "PH4" }, loose] }), [{ path: ["lines", 2, "forLine"], severity: "info" }]);
  });
});

describe("fees/age-fee-not-applicable", () => {
  const rule = expectRule("fees/age-fee-not-applicable");
  const hda = (birthDate: string) => withFee({ prestationCode: "HDA", forLine: undefined }, {}, { patient: { birthDate } });
  it("allows under 3 and from 70, birthday edges (dispensing 2025-03-10)", () => {
    rule.notToFlag(hda("2022-03-11"));
    rule.toFlag(hda("2022-03-10"), [{ path: ["lines", 1, "prestationCode"], severity: "warning" }]);
    rule.toFlag(hda("1955-03-11"), [{ path: ["lines", 1, "prestationCode"] }]);
    rule.notToFlag(hda("1955-03-10"));
  });
  it("takes the age on the dispensing date, not on the date of the check", () => {
    rule.notToFlag(hda("2022-03-11"), { asOf: "2026-11-30" });
    rule.notToFlag(hda("1955-03-10"), { asOf: "2024-01-01" });
  });
});

describe("fees/large-pack-fee-without-large-pack", () => {
  const rule = expectRule("fees/large-pack-fee-without-large-pack");
  it("needs a large pack behind an HG fee", () => {
    rule.toFlag(withFee({ prestationCode: "HG7" }), [{ path: ["lines", 1, "prestationCode"], severity: "warning" }]);
    rule.notToFlag(withFee({ prestationCode: "HG7" }, { largePack: true }));
    rule.notToFlag(withFee({ prestationCode: "HG7", forLine: undefined }, { largePack: true }));
  });
  it("does not take a pack whose size was not sent for a small one", () => {
    expect(rule.notToEvaluate(withFee({ prestationCode: "HG7" }, { largePack: undefined }))).toBe("pack size (largePack) not sent");
    expect(rule.notToEvaluate(withFee({ prestationCode: "HG7", forLine: undefined }, { largePack: undefined }))).toBe("pack size (largePack) not sent");
  });
});
