import { describe, it } from "vitest";
import type { InvoiceInput } from "../../../src/index.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice } from "../../support/fixtures.js";

const rule = expectRule("vaccination/high-dose-under-65");
type Line = InvoiceInput["lines"][number];
const vaccine = (productCode: string, amo = "23.97"): Line => ({
  productCode,
  productKind: "drug",
  prestationCode: "PH7",
  exonerationCode: "7",
  vaccine: "flu",
  list: "none",
  quantity: 1,
  unitPrice: "23.97",
  total: "23.97",
  amounts: { amo, amc: "0.00", patient: (23.97 - Number(amo)).toFixed(2) },
});
const EFLUELDA = "3400930305010";
const FLUAD = "3400930304716";
const VAXIGRIP = "3400930306000";
const on = (date: string, birthDate: string, line: Line): InvoiceInput => ({
  ...cleanInvoice(),
  dispensingDate: date,
  transmissionDate: date,
  patient: { ...cleanInvoice().patient, birthDate },
  lines: [line],
});

describe("vaccination/high-dose-under-65", () => {
  it("warns on Efluelda or Fluad billed to the AMO for a patient under 65, the patient paying", () => {
    rule.toFlag(on("2025-11-03", "1962-04-10", vaccine(EFLUELDA)), [{ path: ["lines", 0, "productCode"], severity: "warning", amountAtRisk: "23.97" }]);
    rule.toFlag(on("2025-11-03", "1962-04-10", vaccine(FLUAD)), [{ path: ["lines", 0, "productCode"] }]);
  });
  it("counts 65 years on the date of care, the birthday included", () => {
    rule.notToFlag(on("2025-11-03", "1960-11-03", vaccine(EFLUELDA)));
    rule.toFlag(on("2025-11-03", "1960-11-04", vaccine(EFLUELDA)), [{ path: ["lines", 0, "productCode"] }]);
  });
  it("applies from the campaign of 2025-10-14", () => {
    rule.toFlag(on("2025-10-14", "1970-01-01", vaccine(EFLUELDA)), [{ path: ["lines", 0, "productCode"] }]);
    rule.notToFlag(on("2025-10-13", "1970-01-01", vaccine(EFLUELDA)));
  });
  it("leaves standard vaccines and lines the patient pays alone, and reads a lunar birth date as 1 January", () => {
    rule.notToFlag(on("2025-11-03", "1970-01-01", vaccine(VAXIGRIP)));
    rule.notToFlag(on("2025-11-03", "1970-01-01", vaccine(EFLUELDA, "0.00")));
    rule.toFlag(on("2025-11-03", "1961-00-00", vaccine(EFLUELDA)), [{ path: ["lines", 0, "productCode"] }]);
    rule.notToFlag(on("2025-11-03", "1960-00-00", vaccine(EFLUELDA)));
  });
});
