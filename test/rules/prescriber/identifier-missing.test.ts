import { describe, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { ids, invoiceWith } from "../../support/fixtures.js";

const rule = expectRule("prescriber/identifier-missing");
const path = ["prescription", "prescriber"];
const none = { amNumber: undefined, rpps: undefined, finess: undefined };

describe("prescriber/identifier-missing", () => {
  it("passes any one identifier", () => {
    rule.notToFlag(invoiceWith({}));
    rule.notToFlag(invoiceWith({ prescription: { prescriber: { kind: "doctor", ...none, rpps: ids.doctorRpps } } }));
    rule.notToFlag(invoiceWith({ prescription: { prescriber: { kind: "doctor", ...none, finess: ids.hospitalFiness } } }));
  });
  it("passes an invoice without prescription", () => rule.notToFlag(invoiceWith({ prescription: undefined })));
  it("flags a prescriber without any identifier", () => {
    rule.toFlag(invoiceWith({ prescription: { prescriber: { kind: "doctor", ...none } } }), [{ path, severity: "error" }]);
  });
  it("treats blank identifiers as missing", () => {
    rule.toFlag(invoiceWith({ prescription: { prescriber: { kind: "doctor", amNumber: " ", rpps: "" } } }), [{ path }]);
  });
});
