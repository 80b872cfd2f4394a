import { describe, expect, it } from "vitest";
import { applyFix, checkInvoice, invoiceTotal, type InvoiceInput } from "../../../src/index.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice, invoiceWith } from "../../support/fixtures.js";

const [drug, fee] = cleanInvoice().lines as [InvoiceInput["lines"][number], InvoiceInput["lines"][number]];

describe("nature/mixed-in-invoice", () => {
  const rule = expectRule("nature/mixed-in-invoice");
  const mixed = invoiceWith({
    amo: { workAccident: { date: "2025-03-01", reference: "AT-1" } },
    lines: [drug, fee, { ...drug, natureAssurance: "41", amounts: { amo: "1.07", amc: "0.00", patient: "0.00" } }, { ...fee, forLine: 2, amounts: { amo: "1.02", amc: "0.00", patient: "0.00" } }],
  });
  it("flags two natures and passes one", () => {
    rule.toFlag(mixed, [{ path: ["lines"] }]);
    rule.notToFlag(invoiceWith({ lines: [{ ...drug, natureAssurance: "10" }, fee] }));
  });
  it("splits by nature, fees following their drug, with the same total", () => {
    const [diagnostic] = rule.diagnostics(mixed);
    const parts = applyFix(mixed, diagnostic!.fix!, { newInvoices: [{ id: "INV-0002", number: "000000002" }] });
    expect(parts.map((part) => part.number)).toEqual([mixed.number, "000000002"]);
    expect(parts.map((part) => [part.natureAssurance, part.lines.map((line) => line.prestationCode)])).toEqual([["10", ["PH7", "HD7"]], ["41", ["PH7", "HD7"]]]);
    expect(parts[1]!.lines[1]!.forLine).toBe(0);
    expect(invoiceTotal({ lines: parts.flatMap((part) => part.lines) })).toBe(invoiceTotal(mixed));
    for (const part of parts) expect(checkInvoice(part).diagnostics.filter((d) => d.ruleId.startsWith("nature/") || d.ruleId === "input/invalid")).toEqual([]);
  });
});

describe("nature/maternity-out-of-period", () => {
  const rule = expectRule("nature/maternity-out-of-period");
  const maternity = (pregnancy: object) => invoiceWith({ natureAssurance: "30", patient: { pregnancy }, lines: [{ ...drug, amounts: { amo: "1.07", amc: "0.00", patient: "0.00" } }] });
  it("starts on the first day of the 6th month and ends 12 days after birth (dispensing 2025-03-10)", () => {
    rule.notToFlag(maternity({ startDate: "2024-10-10" }));
    rule.toFlag(maternity({ startDate: "2024-10-11" }), [{ path: ["natureAssurance"], amountAtRisk: "1.07" }]);
    rule.notToFlag(maternity({ startDate: "2024-06-01", deliveryDate: "2025-02-26" }));
    rule.toFlag(maternity({ startDate: "2024-06-01", deliveryDate: "2025-02-25" }), [{ path: ["natureAssurance"] }]);
  });
  it("says it cannot decide without pregnancy dates", () => {
    expect(checkInvoice(invoiceWith({ natureAssurance: "30" }), { locale: "en" }).notEvaluated).toContainEqual({
      ruleId: "nature/maternity-out-of-period",
      reason: "no pregnancy date for an invoice under maternité",
    });
  });
});

describe("nature/work-accident-unreferenced", () => {
  const rule = expectRule("nature/work-accident-unreferenced");
  it("needs the accident's date and reference, as a warning", () => {
    rule.toFlag(invoiceWith({ natureAssurance: "41", amo: { workAccident: { reference: "AT-1" } } }), [{ path: ["amo", "workAccident"], severity: "warning" }]);
    rule.toFlag(invoiceWith({ natureAssurance: "41", amo: { workAccident: { reference: " ", date: "2025-03-01" } } }), [{ path: ["amo", "workAccident"] }]);
    rule.notToFlag(invoiceWith({ natureAssurance: "41", amo: { workAccident: { reference: "AT-1", date: "2025-03-01" } } }));
    rule.toFlag(invoiceWith({ lines: [{ ...drug, natureAssurance: "41" }], amo: { workAccident: {} } }), [{ path: ["amo", "workAccident"] }]);
  });
  it("does not evaluate an AT/MP invoice whose accident references were not sent", () => {
    expect(rule.notToEvaluate(invoiceWith({ natureAssurance: "41" }))).toBe("work accident references not sent");
  });
});
