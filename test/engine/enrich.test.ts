import { describe, expect, it } from "vitest";
import { createReferential } from "../../src/bdpm/index.js";
import { createChecker, parseInvoice, type InvoiceInput } from "../../src/index.js";
import { sharedSnapshot } from "../support/bdpm.js";
import { dispensedOn } from "../support/dates.js";
import { cleanInvoice } from "../support/fixtures.js";

describe("a referential fills in the facts a line does not declare", () => {
  const snapshot = sharedSnapshot();
  const referential = createReferential([snapshot]);
  const skenan = [...snapshot.presentations.values()].find((facts) => facts.name?.startsWith("SKENAN L.P. 10 mg") && facts.reimbursed)!;
  // A stupéfiant billed on a simple ordonnance, its line declaring neither its list nor its ATC.
  const base = dispensedOn(cleanInvoice(), "2026-02-10");
  const invoice: InvoiceInput = {
    ...base,
    prescription: { ...base.prescription!, secure: false, bizone: false, exceptionForm: false, electronic: false },
    lines: [{ productCode: skenan.cip13, productKind: "drug", prestationCode: "PH7", quantity: 1, unitPrice: skenan.price!, amounts: { amo: "1.00", amc: "0.00", patient: "0.00" } }],
  };
  const rule = "prescription/narcotic-not-secure";

  it("lets the rules that need them run: a stupéfiant known by its CIP13 needs a secure ordonnance", () => {
    expect(skenan.list).toBe("stupefiant");
    const withIt = createChecker({ only: [rule], referential }).check(invoice);
    expect(withIt.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.path])).toEqual([[rule, ["lines", 0]]]);
    // Without the referential the line says nothing of its list: the rule has nothing to judge.
    expect(createChecker({ only: [rule] }).check(invoice).diagnostics).toEqual([]);
  });

  it("keeps what the line declares, and changes neither the input nor a parsed invoice", () => {
    const declared = { ...invoice, lines: [{ ...invoice.lines[0]!, list: "I" as const }] };
    expect(createChecker({ only: [rule], referential }).check(declared).diagnostics).toEqual([]);
    const copy = structuredClone(invoice);
    createChecker({ referential }).check(invoice);
    expect(invoice).toEqual(copy);
    const parsed = parseInvoice(invoice);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(createChecker({ only: [rule], referential }).check(parsed.invoice).diagnostics).toHaveLength(1);
      expect(parsed.invoice.lines[0]!.list).toBeUndefined();
    }
  });
});
