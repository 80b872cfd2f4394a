import { describe, expect, it } from "vitest";
import type { InvoiceInput } from "../../../src/index.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice, invoiceWith } from "../../support/fixtures.js";

type Line = InvoiceInput["lines"][number];
const doliprane = cleanInvoice().lines[0]!;
const withLine = (line: Partial<Line>, extra: object = {}) => invoiceWith({ lines: [{ ...doliprane, ...line }], ...extra });

describe("exoneration/ald-not-justified", () => {
  const rule = expectRule("exoneration/ald-not-justified");
  it("needs an ALD on the date (edges inclusive)", () => {
    rule.toFlag(withLine({ exonerationCode: "4" }), [{ path: ["lines", 0, "exonerationCode"] }]);
    rule.notToFlag(withLine({ exonerationCode: "4" }, { amo: { ald: [{ from: "2025-03-10" }] } }));
    rule.toFlag(withLine({ exonerationCode: "4" }, { amo: { ald: [{ from: "2025-03-11" }] } }), [{ path: ["lines", 0, "exonerationCode"] }]);
    rule.notToFlag(withLine({ exonerationCode: "4" }, { amo: { exonerations: [{ code: "4", to: "2025-03-10" }] } }));
  });
  it("reads the ALD on the date of care, not on the date of the check", () => {
    rule.notToFlag(withLine({ exonerationCode: "4" }, { amo: { ald: [{ from: "2024-01-01", to: "2025-03-10" }] } }), { asOf: "2026-11-30" });
  });
  it("does not evaluate an exo 4 when neither the ALD nor the exonérations were read", () => {
    expect(rule.notToEvaluate(withLine({ exonerationCode: "4" }, { amo: { ald: undefined, exonerations: undefined } }))).toBe("the card's ALD and exonérations were not sent");
    // Either list read is enough to judge.
    rule.toFlag(withLine({ exonerationCode: "4" }, { amo: { ald: undefined, exonerations: [] } }), [{ path: ["lines", 0, "exonerationCode"] }]);
  });
});

describe("exoneration/ald-outside-bizone", () => {
  const rule = expectRule("exoneration/ald-outside-bizone");
  const on = (prescription: object, line: Partial<Line> = {}) => withLine({ exonerationCode: "4", ...line }, { prescription });
  it("needs the ALD part of the ordonnance: a plain one has none", () => {
    rule.toFlag(on({}), [{ path: ["lines", 0, "exonerationCode"], severity: "error" }]);
  });
  it("needs the upper zone of a bizone ordonnance", () => {
    rule.toFlag(on({ bizone: true }, { bizoneZone: "other" }), [{ path: ["lines", 0, "bizoneZone"] }]);
    rule.notToFlag(on({ bizone: true }, { bizoneZone: "ald" }));
    rule.notToFlag(withLine({ exonerationCode: "0", bizoneZone: "other" }, { prescription: { bizone: true } }));
  });
  it("combines with the other facts of the ordonnance: a secure bizone, an e-prescription, an S3326 with its ALD box", () => {
    rule.notToFlag(on({ secure: true, bizone: true }, { bizoneZone: "ald", list: "stupefiant" }));
    rule.notToFlag(on({ electronic: true, bizone: false }, { bizoneZone: "ald" }));
    rule.notToFlag(on({ exceptionForm: true, exceptionFormAld: true }, { exceptionDrug: true }));
    rule.toFlag(on({ exceptionForm: true, exceptionFormAld: false }, { exceptionDrug: true }), [{ path: ["lines", 0, "bizoneZone"] }]);
  });
  it("does not evaluate a line whose part of the ordonnance was not sent", () => {
    const reason = "the prescription part (ALD or not) of an exo 4 line was not sent";
    expect(rule.notToEvaluate(on({ bizone: true }))).toBe(reason);
    expect(rule.notToEvaluate(on({ secure: undefined, bizone: undefined, exceptionForm: undefined, electronic: undefined }))).toBe(reason);
    expect(rule.notToEvaluate(on({ exceptionForm: true }, { exceptionDrug: true }))).toBe(reason);
    // Neither bizone nor S3326, but perhaps an e-prescription with its ALD part.
    expect(rule.notToEvaluate(on({ electronic: undefined }))).toBe(reason);
    expect(rule.notToEvaluate(withLine({ exonerationCode: "4" }, { prescription: undefined }))).toBe("prescription not sent");
  });
  it("still reads the deprecated kind, as the facts it stands for", () => {
    const legacy = (kind: "simple" | "bizone" | "secure" | "exception", line: Partial<Line> = {}) =>
      withLine({ exonerationCode: "4", ...line }, { prescription: { kind, secure: undefined, bizone: undefined, exceptionForm: undefined, electronic: undefined } });
    rule.toFlag(legacy("simple"), [{ path: ["lines", 0, "exonerationCode"] }]);
    rule.notToFlag(legacy("bizone", { bizoneZone: "ald" }));
    rule.toFlag(legacy("bizone", { bizoneZone: "other" }), [{ path: ["lines", 0, "bizoneZone"] }]);
    // A secure ordonnance may be a bizone: the kind alone does not say, so the line's zone decides.
    rule.notToFlag(legacy("secure", { bizoneZone: "ald" }));
    expect(rule.notToEvaluate(legacy("secure"))).toBe("the prescription part (ALD or not) of an exo 4 line was not sent");
  });
});

describe("exoneration/invalidity-on-ph4", () => {
  const rule = expectRule("exoneration/invalidity-on-ph4");
  it("flags exo 5 on 30 % codes only", () => {
    for (const prestationCode of ["PH4", "HD4", "HG4", "PM4"] as const) {
      rule.toFlag(withLine({ prestationCode, exonerationCode: "5" }), [{ path: ["lines", 0, "exonerationCode"], severity: "warning" }]);
    }
    rule.notToFlag(withLine({ prestationCode: "PH7", exonerationCode: "5" }));
    rule.notToFlag(withLine({ prestationCode: "PH4", exonerationCode: "4" }));
  });
});

describe("exoneration/prevention-out-of-programme", () => {
  const rule = expectRule("exoneration/prevention-out-of-programme");
  it("allows exo 7 on programme vaccines and their fees only", () => {
    rule.toFlag(withLine({ exonerationCode: "7" }), [{ path: ["lines", 0, "exonerationCode"] }]);
    rule.notToFlag(withLine({ exonerationCode: "7", vaccine: "flu" }));
    rule.notToFlag(invoiceWith({ lines: [{ ...doliprane, exonerationCode: "7", vaccine: "other" }, { ...cleanInvoice().lines[1]!, exonerationCode: "7" }] }));
    rule.toFlag(invoiceWith({ lines: [doliprane, { ...cleanInvoice().lines[1]!, exonerationCode: "7" }] }), [{ path: ["lines", 1, "exonerationCode"] }]);
    rule.notToFlag(withLine({ productKind: "service", prestationCode: "VGP", exonerationCode: "7" }));
  });
  it("takes the fee of the invoice's only vaccine in exo 7 without forLine, and a fee on an invoice without a vaccine as a fault", () => {
    const { forLine: _none, ...fee } = cleanInvoice().lines[1]!;
    rule.notToFlag(invoiceWith({ lines: [{ ...doliprane, exonerationCode: "7", vaccine: "flu" }, { ...fee, exonerationCode: "7" }] }));
    rule.toFlag(invoiceWith({ lines: [doliprane, { ...fee, exonerationCode: "7" }] }), [{ path: ["lines", 1, "exonerationCode"] }]);
    const twoVaccines = invoiceWith({ lines: [{ ...doliprane, exonerationCode: "7", vaccine: "flu" }, { ...doliprane, vaccine: "covid" }, { ...fee, exonerationCode: "7" }] });
    expect(rule.notToEvaluate(twoVaccines)).toBe("exo 7 product not known to be a vaccine or not (no vaccine kind, ATC code or forLine)");
  });
  it("does not take a product whose vaccine kind was not sent for a non-vaccine, unless its ATC code says so", () => {
    const unknown = { ...doliprane, atc: undefined, exonerationCode: "7" as const };
    expect(rule.notToEvaluate(invoiceWith({ lines: [unknown] }))).toBe("exo 7 product not known to be a vaccine or not (no vaccine kind, ATC code or forLine)");
    expect(rule.notToEvaluate(invoiceWith({ lines: [{ ...unknown, atc: "J07BB02" }] }))).toBe("exo 7 product not known to be a vaccine or not (no vaccine kind, ATC code or forLine)");
    rule.notToFlag(invoiceWith({ lines: [{ ...unknown, atc: "J07BB02", vaccine: "flu" }] }));
    rule.toFlag(invoiceWith({ lines: [{ ...unknown, atc: "N02BE01" }] }), [{ path: ["lines", 0, "exonerationCode"] }]);
  });
});

describe("exoneration/low-smr-at-100", () => {
  const rule = expectRule("exoneration/low-smr-at-100");
  it("warns when a 15 % line is paid in full through an exonération", () => {
    rule.toFlag(withLine({ prestationCode: "PH2", exonerationCode: "4", amounts: { amo: "1.07", amc: "0.00", patient: "0.00" } }), [{ path: ["lines", 0, "amounts", "amo"], severity: "warning", amountAtRisk: "0.91" }]);
    rule.notToFlag(withLine({ prestationCode: "PH2", exonerationCode: "4", amounts: { amo: "0.16", amc: "0.91", patient: "0.00" } }));
    rule.notToFlag(withLine({ prestationCode: "PH2", exonerationCode: "0", amounts: { amo: "1.07", amc: "0.00", patient: "0.00" } }));
  });
});
