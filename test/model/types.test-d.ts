import { describe, expectTypeOf, it } from "vitest";
import { defineRule, type Diagnostic, type Invoice, type ParsedInvoice, type InvoiceParse, type InvoiceInput, type InvoiceLine, type Report, type RuleMetadata, type ValidationResult, type NirInfo } from "../../src/index.js";
import { validateNir } from "../../src/index.js";

describe("inferred model types", () => {
  it("types codes as their literal unions", () => {
    expectTypeOf<Invoice["natureAssurance"]>().toEqualTypeOf<"10" | "13" | "30" | "41" | "90">();
    expectTypeOf<InvoiceLine["exonerationCode"]>().toEqualTypeOf<"0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | undefined>();
    expectTypeOf<Invoice["amoReadMode"]>().toEqualTypeOf<"vitale" | "apcv" | "adri" | "attestation" | "degraded" | "none" | undefined>();
  });
  it("keeps money as strings, and data not sent apart from data sent empty (no defaults)", () => {
    expectTypeOf<InvoiceLine["unitPrice"]>().toEqualTypeOf<string>();
    expectTypeOf<Invoice["documents"]>().toEqualTypeOf<InvoiceInput["documents"]>();
    expectTypeOf<NonNullable<Invoice["documents"]>>().toBeArray();
    expectTypeOf<Invoice["amo"]["rightsPeriods"]>().toEqualTypeOf<InvoiceInput["amo"]["rightsPeriods"]>();
    expectTypeOf<Invoice["amo"]["ame"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<InvoiceInput["lines"][number]["exonerationCode"]>().toEqualTypeOf<InvoiceLine["exonerationCode"]>();
  });
  it("lets a parsed invoice go where an invoice goes, but not an invoice where a parsed one is asked", () => {
    expectTypeOf<ParsedInvoice>().toExtend<Invoice>();
    expectTypeOf<Invoice>().not.toExtend<ParsedInvoice>();
    expectTypeOf<Extract<InvoiceParse, { ok: true }>["invoice"]>().toEqualTypeOf<ParsedInvoice>();
    expectTypeOf<Extract<InvoiceParse, { ok: false }>["diagnostics"]>().toEqualTypeOf<readonly Diagnostic[]>();
  });
  it("types the report contract", () => {
    expectTypeOf<Report["diagnostics"]>().toEqualTypeOf<readonly Diagnostic[]>();
    expectTypeOf<Diagnostic["consequence"]>().toEqualTypeOf<"reject" | "clawback" | "patient-pays" | "advice">();
    expectTypeOf<Report["amountAtRisk"]["amo"]>().toEqualTypeOf<string>();
    expectTypeOf<RuleMetadata["confidence"]>().toEqualTypeOf<"high" | "medium-high" | "medium" | "low" | "unverified">();
    expectTypeOf(validateNir).returns.toEqualTypeOf<ValidationResult<NirInfo>>();
  });
  it("makes a rule that reads an undeclared section, or lacks a language, fail to compile", () => {
    const base = {
      id: "custom/typed",
      title: { fr: "Règle", en: "Rule" },
      severity: "info",
      payer: "amo",
      consequence: "advice",
      source: { label: "test" },
      effective: { from: "2020-01-01" },
      confidence: "high",
    } as const;
    defineRule({
      ...base,
      reads: ["patient"],
      messages: { m: { fr: "x", en: "y", hint: { fr: "x", en: "y" } } },
      // @ts-expect-error the rule declared only `patient`, so `lines` is not in its view
      check: ({ invoice }) => (invoice.lines.length > 0 ? [] : []),
    });
    defineRule({
      ...base,
      reads: ["patient"],
      // @ts-expect-error every message needs both fr and en
      messages: { m: { fr: "x", hint: { fr: "x", en: "y" } } },
      check: () => [],
    });
  });
});
