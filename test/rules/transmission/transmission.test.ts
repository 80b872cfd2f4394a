import { describe, expect, it } from "vitest";
import { hash53 } from "../../../src/engine/fingerprints.js";
import { checkBatch, checkInvoice, createChecker, invoiceFingerprints } from "../../../src/index.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice, invoiceWith } from "../../support/fixtures.js";

describe("transmission/late", () => {
  const rule = expectRule("transmission/late");
  const sent = (dispensingDate: string, transmissionDate: string, amo = true) => invoiceWith({ dispensingDate, transmissionDate, tiersPayant: { amo, amc: false }, amc: undefined });
  it("counts 8 working days in tiers payant, skipping 1 and 8 May", () => {
    rule.notToFlag(sent("2025-04-30", "2025-05-14"));
    rule.toFlag(sent("2025-04-30", "2025-05-15"), [{ path: ["transmissionDate"], severity: "warning" }]);
  });
  it("counts 3 working days when the patient paid, skipping the weekend and Easter Monday (Good Friday is worked)", () => {
    rule.notToFlag(sent("2025-04-17", "2025-04-23", false));
    rule.toFlag(sent("2025-04-17", "2025-04-24", false), [{ path: ["transmissionDate"] }]);
  });
  it("uses asOf when the sending date is not known yet", () => {
    const { transmissionDate: _none, ...unsent } = cleanInvoice();
    rule.notToFlag(unsent, { asOf: "2025-03-20" });
    rule.toFlag(unsent, [{ path: ["dispensingDate"] }], { asOf: "2025-03-21" });
  });
});

describe("transmission/duplicate", () => {
  const duplicates = (reports: Iterable<{ diagnostics: readonly { ruleId: string; path: readonly (string | number)[] }[] }>) =>
    [...reports].map((report) => report.diagnostics.filter((diagnostic) => diagnostic.ruleId === "transmission/duplicate").map((diagnostic) => diagnostic.path.join(".")));

  it("flags the same number, and the same delivery, later in a batch", () => {
    const renumbered = invoiceWith({ id: "INV-2", number: "000000002" });
    const sameNumber = invoiceWith({ id: "INV-3", dispensingDate: "2025-03-11", transmissionDate: "2025-03-11" });
    expect(duplicates(checkBatch([cleanInvoice(), renumbered, sameNumber]))).toEqual([[], ["lines.0"], ["number"]]);
  });

  it("compares a single invoice with the caller's history of sent invoices", () => {
    const history = invoiceFingerprints(cleanInvoice());
    expect(history.every((fingerprint) => !fingerprint.includes("285057800608441"))).toBe(true);
    expect(duplicates([checkInvoice(cleanInvoice(), { history })])).toEqual([["number"]]);
    expect(duplicates([checkInvoice(cleanInvoice())])).toEqual([[]]);
    expect(invoiceFingerprints({ nonsense: true })).toEqual([]);
  });

  it("check() remembers nothing; checkNext() does", () => {
    const checker = createChecker();
    checker.check(cleanInvoice());
    expect(duplicates([checker.check(cleanInvoice())])).toEqual([[]]);
    checker.checkNext(cleanInvoice());
    expect(duplicates([checker.checkNext(cleanInvoice())])).toEqual([["number"]]);
  });

  it("checkNext() finds the caller's history from the stream's first invoice on", () => {
    const checker = createChecker({ history: invoiceFingerprints(cleanInvoice()) });
    expect(duplicates([checker.checkNext(cleanInvoice())])).toEqual([["number"]]);
  });

  it("keeps memory bounded: a window of N forgets the oldest", () => {
    const invoice = (n: number) => invoiceWith({ id: `INV-${n}`, number: String(n).padStart(9, "0"), patient: { birthRank: 1 + (n % 9) }, dispensingDate: `2025-03-${String(1 + Math.floor(n / 9)).padStart(2, "0")}`, transmissionDate: "2025-03-10" });
    // Each invoice leaves 2 fingerprints: a window of 4 remembers the last two invoices.
    const checker = createChecker({ duplicateWindow: 4 });
    for (const n of [1, 2, 3]) checker.checkNext(invoice(n));
    expect(duplicates([checker.checkNext(invoice(3))])).toEqual([["number"]]);
    expect(duplicates([checker.checkNext(invoice(1))])).toEqual([[]]);
    expect(() => createChecker({ duplicateWindow: -1 })).toThrow(/duplicateWindow/);
  });

  it("fingerprints only drug lines with a product code, and names the line from 1", () => {
    const base = cleanInvoice();
    const fee = { productKind: "service", prestationCode: "HD7", quantity: 1, unitPrice: "1.02", total: "1.02", amounts: { amo: "0.66", amc: "0.36", patient: "0.00" } } as const;
    const { productCode: _none, ...drugWithoutCode } = base.lines[0]!;
    const invoice = invoiceWith({ lines: [fee, base.lines[0]!, drugWithoutCode] });
    expect(invoiceFingerprints(invoice)).toHaveLength(2);
    const report = checkInvoice(invoiceWith({ number: "000000009", lines: invoice.lines }), { history: invoiceFingerprints(invoice), only: ["transmission/duplicate"], locale: "en" });
    expect(report.diagnostics.map((diagnostic) => [diagnostic.path.join("."), diagnostic.severity, diagnostic.message])).toEqual([
      ["lines.1", "warning", "Line 2: same patient, same product, same day as an invoice already sent, under another number."],
    ]);
    expect(report.diagnostics[0]?.amountAtRisk).toBe("0.70");
  });

  it("gives the same number once, as the error, without repeating it for each line", () => {
    const report = checkInvoice(cleanInvoice(), { history: invoiceFingerprints(cleanInvoice()), only: ["transmission/duplicate"], locale: "en" });
    expect(report.diagnostics.map((diagnostic) => [diagnostic.path.join("."), diagnostic.severity, diagnostic.message])).toEqual([
      ["number", "error", "Invoice number 000000001 has already been used by this pharmacy (an invoice already sent)."],
    ]);
  });

  it("names the earlier invoice of the batch it repeats, by its place (from 1)", () => {
    const other = invoiceWith({ id: "INV-2", number: "000000002", patient: { insuredNir: "185057800608436" } });
    const rebilled = invoiceWith({ id: "INV-3", number: "000000003" });
    const reports = [...checkBatch([other, cleanInvoice(), rebilled, cleanInvoice()], { only: ["transmission/duplicate"] })];
    expect(reports.map((report) => report.diagnostics.map((diagnostic) => diagnostic.message))).toEqual([
      [],
      [],
      ["Ligne 1 : même patient, même produit, même jour que la facture n° 2 de ce lot, sous un autre numéro."],
      // The number was the second invoice's; its delivery, last seen on the third.
      ["Le numéro de facture 000000001 a déjà été utilisé par cette pharmacie (la facture n° 2 de ce lot)."],
    ]);
  });

  it("clears the same delivery under another number when the invoice says which one it replaces", () => {
    const history = invoiceFingerprints(cleanInvoice());
    const rebill = invoiceWith({ id: "INV-2", number: "000000002" });
    expect(duplicates([checkInvoice(rebill, { history })])).toEqual([["lines.0"]]);
    expect(duplicates([checkInvoice(invoiceWith({ id: "INV-2", number: "000000002", replacesInvoice: "000000001" }), { history })])).toEqual([[]]);
    // Declaring a replacement does not excuse a number used twice.
    expect(duplicates([checkInvoice(invoiceWith({ replacesInvoice: "000000001" }), { history })])).toEqual([["number"]]);
  });

  it("keeps the fingerprints stable across versions: a stored history must still match", () => {
    // cyrb53 reference values ("a" → 7929297801672961), and the clean invoice's two fingerprints.
    expect(hash53("")).toBe((3338908027751811).toString(36));
    expect(hash53("a")).toBe((7929297801672961).toString(36));
    expect(invoiceFingerprints(cleanInvoice())).toEqual(["1kpzqzm75au", "1ts1q4s109u"]);
  });

  it("streams a million fingerprints through a window of 1,000 without growing", () => {
    const checker = createChecker({ only: ["transmission/duplicate"], duplicateWindow: 1_000 });
    const base = cleanInvoice();
    const before = process.memoryUsage().heapUsed;
    for (let n = 0; n < 20_000; n++) checker.checkNext({ ...base, number: String(n) });
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1_048_576);
  });
});
