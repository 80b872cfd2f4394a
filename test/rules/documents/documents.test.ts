import { describe, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { invoiceWith } from "../../support/fixtures.js";

const claire = { lastName: "MARTIN", firstName: "CLAIRE" };

describe("documents/patient-not-on-document", () => {
  const rule = expectRule("documents/patient-not-on-document");
  it("flags a patient piece in another name", () => {
    rule.toFlag(invoiceWith({ documents: [{ kind: "prescription", person: { lastName: "MARTIN", firstName: "PAUL" } }] }), [{ path: ["documents", 0, "person"], severity: "error" }]);
    rule.toFlag(invoiceWith({ documents: [{ kind: "voucher", person: claire }, { kind: "sworn-statement", person: { lastName: "DURAND", firstName: "CLAIRE" } }] }), [{ path: ["documents", 1, "person"] }]);
  });
  it("ignores case, accents and hyphens", () => {
    rule.notToFlag(invoiceWith({ documents: [{ kind: "prescription", person: { lastName: "Martin", firstName: "Clâire" } }] }));
    rule.notToFlag(invoiceWith({ patient: { firstName: "JEAN-PIERRE" }, documents: [{ kind: "prescription", person: { lastName: "MARTIN", firstName: "Jean Pierre" } }] }));
  });
  it("leaves cards and attestations, which are in the insured's name, to the AMC rules", () => {
    rule.notToFlag(invoiceWith({ documents: [{ kind: "amc-card", person: { lastName: "MARTIN", firstName: "PAUL" } }, { kind: "amo-attestation", person: { lastName: "MARTIN", firstName: "PAUL" } }] }));
  });
});

describe("documents/prescription-scan-missing", () => {
  const rule = expectRule("documents/prescription-scan-missing");
  it("warns when an ordonnance has no scan", () => rule.toFlag(invoiceWith({ documents: [{ kind: "amc-card", person: claire }] }), [{ path: ["documents"], severity: "warning" }]));
  it("passes a scanned ordonnance and invoices without ordonnance", () => {
    rule.notToFlag(invoiceWith({}));
    rule.notToFlag(invoiceWith({ prescription: undefined, documents: [] }));
  });
});

describe("documents/scan-illegible", () => {
  const rule = expectRule("documents/scan-illegible");
  it("uses 200 dpi as the edge", () => {
    rule.toFlag(invoiceWith({ documents: [{ kind: "prescription", dpi: 199 }] }), [{ path: ["documents", 0, "dpi"], severity: "warning" }]);
    rule.notToFlag(invoiceWith({ documents: [{ kind: "prescription", dpi: 200 }] }));
  });
  it("flags a piece marked illegible, whatever its resolution", () => {
    rule.toFlag(invoiceWith({ documents: [{ kind: "prescription", dpi: 600, legible: false }] }), [{ path: ["documents", 0, "legible"] }]);
  });
  it("passes pieces without quality data", () => rule.notToFlag(invoiceWith({ documents: [{ kind: "prescription" }] })));
});

describe("documents/degraded-mode-without-paper", () => {
  const rule = expectRule("documents/degraded-mode-without-paper");
  it("needs the signed care sheet in mode dégradé only", () => {
    rule.toFlag(invoiceWith({ amoReadMode: "degraded" }), [{ path: ["documents"], severity: "warning" }]);
    rule.notToFlag(invoiceWith({ amoReadMode: "degraded", documents: [{ kind: "care-sheet", person: claire }] }));
    rule.notToFlag(invoiceWith({ amoReadMode: "vitale", documents: [] }));
  });
});
