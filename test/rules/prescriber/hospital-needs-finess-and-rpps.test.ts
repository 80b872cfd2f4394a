import { describe, expect, it } from "vitest";
import { expectRule } from "../../support/expect-rule.js";
import { ids, invoiceWith } from "../../support/fixtures.js";

const rule = expectRule("prescriber/hospital-needs-finess-and-rpps");
const path = ["prescription", "prescriber"];
const hospital = (prescriber: { rpps?: string; finess?: string; amNumber?: string }) =>
  invoiceWith({ prescription: { prescriber: { kind: "doctor", hospital: true, amNumber: undefined, rpps: undefined, finess: undefined, ...prescriber } } });

describe("prescriber/hospital-needs-finess-and-rpps", () => {
  it("passes a hospital prescription with both", () => rule.notToFlag(hospital({ rpps: ids.doctorRpps, finess: ids.hospitalFiness })));
  it("ignores town prescriptions", () => rule.notToFlag(invoiceWith({})));
  it("flags a missing RPPS", () => {
    const [diagnostic] = rule.toFlag(hospital({ finess: ids.hospitalFiness }), [{ path }]).diagnostics(hospital({ finess: ids.hospitalFiness }));
    expect(diagnostic?.message).toContain("RPPS");
  });
  it("flags a missing FINESS, even with an n° AM", () => rule.toFlag(hospital({ rpps: ids.doctorRpps, amNumber: ids.doctorAm }), [{ path }]));
  it("names both when both are missing", () => {
    expect(rule.diagnostics(hospital({ amNumber: ids.doctorAm }))[0]?.message).toContain("FINESS + RPPS");
  });
});
