import { describe, it } from "vitest";
import type { InvoiceInput } from "../../../src/index.js";
import { fixtureReferential } from "../../support/bdpm.js";
import { expectRule } from "../../support/expect-rule.js";
import { cleanInvoice } from "../../support/fixtures.js";

const rule = expectRule("prescription/restricted-prescriber");
const referential = fixtureReferential();
type Line = InvoiceInput["lines"][number];
type Prescription = NonNullable<InvoiceInput["prescription"]>;
// CAPECITABINE VIATRIS 500 mg: prescription hospitalière. SOGROYA: prescription initiale hospitalière annuelle.
const CAPECITABINE = "3400927449864";
const SOGROYA = "3400930247297";
const line = (productCode: string, price: string): Line => ({
  productCode,
  productKind: "drug",
  prestationCode: "PH1",
  list: "I",
  quantity: 1,
  unitPrice: price,
  total: price,
  amounts: { amo: price, amc: "0.00", patient: "0.00" },
});
const invoice = (productLine: Line, prescription: Partial<Prescription>, hospital: boolean | undefined): InvoiceInput => {
  const base = cleanInvoice();
  const { hospital: _unused, ...prescriber } = { ...base.prescription!.prescriber, hospital: false };
  return {
    ...base,
    dispensingDate: "2026-02-10",
    transmissionDate: "2026-02-10",
    prescription: { ...base.prescription!, date: "2026-02-09", ...prescription, prescriber: hospital === undefined ? prescriber : { ...prescriber, hospital, finess: "750712184", rpps: "10000000007" } },
    lines: [productLine],
  };
};

describe("prescription/restricted-prescriber", () => {
  it("flags a drug of hospital prescription prescribed outside a hospital", () => {
    rule.toFlag(invoice(line(CAPECITABINE, "145.37"), {}, false), [{ path: ["lines", 0], amountAtRisk: "145.37" }], { referential });
    rule.notToFlag(invoice(line(CAPECITABINE, "145.37"), {}, true), { referential });
  });
  it("wants, for a drug of initial hospital prescription renewed in town, an initial hospital prescription within its year", () => {
    const sogroya = line(SOGROYA, "402.97");
    rule.notToFlag(invoice(sogroya, { initialPrescription: { date: "2025-02-09", hospital: true } }, false), { referential });
    rule.toFlag(invoice(sogroya, { initialPrescription: { date: "2025-02-08", hospital: true } }, false), [{ path: ["prescription", "initialPrescription", "date"] }], { referential });
    rule.toFlag(invoice(sogroya, { initialPrescription: { date: "2025-12-01", hospital: false } }, false), [{ path: ["prescription", "initialPrescription", "hospital"] }], { referential });
    rule.notToFlag(invoice(sogroya, {}, true), { referential });
  });
  it("is not evaluated without a referential, without the prescriber's hospital status or without the initial prescription", () => {
    rule.notToEvaluate(invoice(line(CAPECITABINE, "145.37"), {}, false));
    rule.notToEvaluate(invoice(line(CAPECITABINE, "145.37"), {}, undefined), { referential });
    rule.notToEvaluate(invoice(line(SOGROYA, "402.97"), {}, false), { referential });
  });
  it("leaves drugs without a restriction alone", () => {
    rule.notToFlag(invoice(line("3400935955838", "1.07"), {}, false), { referential });
  });
});

// KESIMPTA 20 mg: prescription réservée aux spécialistes et services NEUROLOGIE.
// CONCERTA LP 18 mg: prescription initiale annuelle réservée à NEUROLOGIE, PEDIATRIE, PSYCHIATRIE; renouvellement non restreint.
// PRALUENT 75 mg: initial prescription reserved to some specialists, or to doctors competent in NUTRITION.
const KESIMPTA = "3400930226971";
const CONCERTA = "3400936155411";
const PRALUENT = "3400930034378";
type Specialty = NonNullable<Prescription["prescriber"]["specialty"]>;
const bySpecialist = (productLine: Line, specialty: Specialty | undefined, prescription: Partial<Prescription> = {}, hospital: boolean | "not sent" = false): InvoiceInput => {
  const base = invoice(productLine, prescription, hospital === "not sent" ? undefined : hospital);
  const prescriber = base.prescription!.prescriber;
  return { ...base, prescription: { ...base.prescription!, prescriber: specialty === undefined ? prescriber : { ...prescriber, specialty } } };
};

describe("prescription/restricted-prescriber: drugs reserved to specialists", () => {
  const kesimpta = line(KESIMPTA, "1162.39");
  const concerta = line(CONCERTA, "13.33");
  it("flags a drug reserved to neurologists prescribed by a general practitioner, in town", () => {
    rule.toFlag(bySpecialist(kesimpta, "MEDECINE GENERALE"), [{ path: ["prescription", "prescriber", "specialty"], amountAtRisk: "1162.39" }], { referential });
    rule.toFlag(bySpecialist(kesimpta, "CARDIOLOGIE"), [{ path: ["prescription", "prescriber", "specialty"] }], { referential });
    rule.notToFlag(bySpecialist(kesimpta, "NEUROLOGIE"), { referential });
  });
  it("lets a hospital prescriber through, who may practise in the service named", () => {
    rule.notToFlag(bySpecialist(kesimpta, "MEDECINE GENERALE", {}, true), { referential });
  });
  it("is not evaluated without the prescriber's specialty or hospital status", () => {
    rule.notToEvaluate(bySpecialist(kesimpta, undefined), { referential });
    rule.notToEvaluate(bySpecialist(kesimpta, "MEDECINE GENERALE", {}, "not sent"), { referential });
  });
  it("lets any doctor renew a drug whose initial prescription only is reserved, with an initial one by a specialist named within its year", () => {
    rule.notToFlag(bySpecialist(concerta, "PEDIATRIE"), { referential });
    rule.notToFlag(bySpecialist(concerta, "MEDECINE GENERALE", { initialPrescription: { date: "2025-02-09", specialty: "PSYCHIATRIE" } }), { referential });
    rule.notToFlag(bySpecialist(concerta, "MEDECINE GENERALE", { initialPrescription: { date: "2025-06-01", hospital: true } }), { referential });
    rule.toFlag(bySpecialist(concerta, "MEDECINE GENERALE", { initialPrescription: { date: "2025-02-08", specialty: "PSYCHIATRIE" } }), [{ path: ["prescription", "initialPrescription", "date"] }], { referential });
    rule.toFlag(bySpecialist(concerta, "MEDECINE GENERALE", { initialPrescription: { date: "2025-06-01", specialty: "MEDECINE GENERALE" } }), [{ path: ["prescription", "initialPrescription", "specialty"] }], { referential });
  });
  it("is not evaluated when the renewal's initial prescription, or its author, is not sent", () => {
    rule.notToEvaluate(bySpecialist(concerta, "MEDECINE GENERALE"), { referential });
    rule.notToEvaluate(bySpecialist(concerta, "MEDECINE GENERALE", { initialPrescription: { date: "2025-06-01" } }), { referential });
  });
  it("does not judge a drug that a competence the invoice cannot show also opens", () => {
    rule.notToEvaluate(bySpecialist(line(PRALUENT, "430.37"), "MEDECINE GENERALE"), { referential });
    rule.notToFlag(bySpecialist(line(PRALUENT, "430.37"), "CARDIOLOGIE"), { referential });
  });
});
