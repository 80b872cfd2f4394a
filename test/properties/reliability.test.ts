import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInvoice, maskNir } from "../../src/index.js";
import { validInvoiceArbitrary } from "../support/arbitraries.js";
import { cleanInvoice } from "../support/fixtures.js";
import { undecidedButReferential } from "../support/bdpm.js";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe("reliability promises", () => {
  it("any JSON value gives a report, never an exception", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const report = checkInvoice(value);
        expect(typeof report.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("invoice-shaped JSON with random leaves gives a report, never an exception", () => {
    const shaped = fc.record(
      Object.fromEntries(Object.keys(cleanInvoice()).map((key) => [key, fc.oneof(fc.jsonValue(), fc.constant((cleanInvoice() as Record<string, unknown>)[key]))])),
    );
    fc.assert(fc.property(shaped, (value) => typeof checkInvoice(value).ok === "boolean"), { numRuns: 200 });
  });

  it("generated valid invoices raise no input/invalid and pass the identifier rules", () => {
    fc.assert(
      fc.property(validInvoiceArbitrary, (invoice) => {
        const report = checkInvoice(invoice);
        expect(report.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
        expect(undecidedButReferential(report.notEvaluated)).toEqual([]);
      }),
    );
  });

  it("checks deep-frozen invoices without mutating them, twice to the same report", () => {
    fc.assert(
      fc.property(validInvoiceArbitrary, (invoice) => {
        const frozen = deepFreeze(structuredClone(invoice));
        const first = checkInvoice(frozen, { trace: true });
        const second = checkInvoice(frozen, { trace: true });
        expect(second).toEqual(first);
        expect(frozen).toEqual(invoice);
      }),
    );
  });

  it("never prints a full NIR, whatever field it lands in", () => {
    fc.assert(
      fc.property(validInvoiceArbitrary, fc.constantFrom("insuredNir", "beneficiaryNir", "lastName", "qualite"), (invoice, field) => {
        const nir = invoice.patient.insuredNir;
        const leaky = { ...invoice, patient: { ...invoice.patient, [field]: `${nir.slice(0, 13)}${field === "insuredNir" ? "00" : nir.slice(13)}` }, number: nir };
        for (const locale of ["fr", "en"] as const) {
          const text = JSON.stringify(checkInvoice(leaky, { locale }));
          expect(text).not.toContain(nir.slice(0, 13));
          expect(text).not.toContain(nir.slice(5, 13));
        }
        expect(maskNir(nir)).not.toContain(nir.slice(7, 13));
      }),
    );
  });
});
