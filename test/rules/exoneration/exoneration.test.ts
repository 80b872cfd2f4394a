import { describe, it } from "vitest";
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
});

describe("exoneration/ald-outside-bizone", () => {
  const rule = expectRule("exoneration/ald-outside-bizone");
  it("needs the upper zone of a bizone ordonnance", () => {
    rule.toFlag(withLine({ exonerationCode: "4" }), [{ path: ["lines", 0, "exonerationCode"] }]);
    rule.toFlag(withLine({ exonerationCode: "4" }, { prescription: { kind: "bizone" } }), [{ path: ["lines", 0, "bizoneZone"] }]);
    rule.notToFlag(withLine({ exonerationCode: "4", bizoneZone: "ald" }, { prescription: { kind: "bizone" } }));
    rule.notToFlag(withLine({ exonerationCode: "0", bizoneZone: "other" }, { prescription: { kind: "bizone" } }));
  });
});

describe("exoneration/invalidity-on-ph4", () => {
  const rule = expectRule("exoneration/invalidity-on-ph4");
  it("flags exo 5 on 30 % codes only", () => {
    for (const prestationCode of ["PH4", "HD4", "HG4", "PM4"] as const) rule.toFlag(withLine({ prestationCode, exonerationCode: "5" }), [{ path: ["lines", 0, "exonerationCode"] }]);
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
});

describe("exoneration/low-smr-at-100", () => {
  const rule = expectRule("exoneration/low-smr-at-100");
  it("warns when a 15 % line is paid in full through an exonération", () => {
    rule.toFlag(withLine({ prestationCode: "PH2", exonerationCode: "4", amounts: { amo: "1.07", amc: "0.00", patient: "0.00" } }), [{ path: ["lines", 0, "amounts", "amo"], severity: "warning", amountAtRisk: "0.91" }]);
    rule.notToFlag(withLine({ prestationCode: "PH2", exonerationCode: "4", amounts: { amo: "0.16", amc: "0.91", patient: "0.00" } }));
    rule.notToFlag(withLine({ prestationCode: "PH2", exonerationCode: "0", amounts: { amo: "1.07", amc: "0.00", patient: "0.00" } }));
  });
});
