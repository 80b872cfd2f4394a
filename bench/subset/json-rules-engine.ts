// The ten-rule subset for json-rules-engine, written the way its documentation teaches: the rules
// are JSON (conditions on facts, read with JSONPath), identifier checks are custom operators, and
// values derived from the invoice (ages, "3 months after") are dynamic facts computed from it.
import { Engine, type Almanac, type RuleProperties } from "json-rules-engine";
import { addMonths, ageOn, cents, filled, isValidCip13, isValidNir, isValidRpps, isWithin, minorAgeWithoutDoctor, PREPARATIONS } from "./plain-checks.js";
import { verdictOf, type BenchInvoice, type Verdict } from "./rules.js";

type Line = BenchInvoice["lines"][number];
type Period = { from?: string; to?: string };

const onInvoice = (path: string) => ({ fact: "invoice", path });

/** The rules as data: what a vendor would store in a database and edit without a release. */
export const jsonRules: RuleProperties[] = [
  {
    name: "identity/nir-invalid",
    conditions: {
      any: [
        { ...onInvoice("$.patient.insuredNir"), operator: "isInvalidNir", value: true },
        { ...onInvoice("$.patient.beneficiaryNir"), operator: "isInvalidNir", value: true },
      ],
    },
    event: { type: "identity/nir-invalid" },
  },
  {
    name: "prescriber/rpps-invalid",
    conditions: { all: [{ ...onInvoice("$.prescription.prescriber.rpps"), operator: "isInvalidRpps", value: true }] },
    event: { type: "prescriber/rpps-invalid" },
  },
  {
    name: "product/cip13-invalid",
    conditions: { all: [{ ...onInvoice("$.lines"), operator: "hasDrugWithInvalidCip13", value: true }] },
    event: { type: "product/cip13-invalid" },
  },
  {
    name: "rights/amo-not-open",
    conditions: { all: [{ ...onInvoice("$.amo.rightsPeriods"), operator: "noPeriodContains", value: onInvoice("$.dispensingDate") }] },
    event: { type: "rights/amo-not-open" },
  },
  {
    name: "rights/amo-not-open (no periods read)",
    conditions: { all: [{ ...onInvoice("$.amo.rightsPeriods"), operator: "isDefined", value: false }] },
    event: { type: "rights/amo-not-open?" },
  },
  {
    name: "amc/not-valid-on-date",
    conditions: {
      all: [
        { ...onInvoice("$.tiersPayant.amc"), operator: "equal", value: true },
        { ...onInvoice("$.amc"), operator: "isDefined", value: true },
        { ...onInvoice("$.amc.validity"), operator: "isDefined", value: true },
        { ...onInvoice("$.amc.validity"), operator: "periodExcludes", value: onInvoice("$.dispensingDate") },
      ],
    },
    event: { type: "amc/not-valid-on-date" },
  },
  {
    name: "amc/not-valid-on-date (no validity)",
    conditions: {
      all: [
        { ...onInvoice("$.tiersPayant.amc"), operator: "equal", value: true },
        { ...onInvoice("$.amc"), operator: "isDefined", value: true },
        { ...onInvoice("$.amc.validity"), operator: "isDefined", value: false },
      ],
    },
    event: { type: "amc/not-valid-on-date?" },
  },
  {
    name: "abroad/stay-too-short",
    conditions: {
      all: [
        { ...onInvoice("$.dispensingDate"), operator: "onOrAfter", value: "2009-03-19" },
        { ...onInvoice("$.stayAbroad"), operator: "isDefined", value: true },
        { ...onInvoice("$.stayAbroad.returnDate"), operator: "onOrBefore", value: { fact: "oneMonthAfterDeparture" } },
      ],
    },
    event: { type: "abroad/stay-too-short" },
  },
  {
    name: "vaccination/minor-needs-doctor-prescriber",
    conditions: {
      all: [
        { ...onInvoice("$.dispensingDate"), operator: "onOrAfter", value: "2008-09-01" },
        { fact: "hasFluVaccine", operator: "equal", value: true },
        { fact: "patientAge", operator: "lessThan", value: { fact: "minorAgeWithoutDoctor" } },
        { fact: "prescribedByIdentifiedDoctor", operator: "equal", value: false },
      ],
    },
    event: { type: "vaccination/minor-needs-doctor-prescriber" },
  },
  {
    name: "prescription/expired-first-dispensing",
    conditions: {
      all: [
        { ...onInvoice("$.prescription.renewal"), operator: "isDefined", value: true },
        { fact: "deliveryIndex", operator: "equal", value: 0 },
        { fact: "hasListIorII", operator: "equal", value: true },
        { ...onInvoice("$.dispensingDate"), operator: "after", value: { fact: "threeMonthsAfterPrescription" } },
      ],
    },
    event: { type: "prescription/expired-first-dispensing" },
  },
  {
    // An old ordonnance without its delivery index, or with drugs whose list is unknown: not decided.
    name: "prescription/expired-first-dispensing (not decided)",
    conditions: {
      all: [
        { ...onInvoice("$.prescription"), operator: "isDefined", value: true },
        { fact: "deliveryIndex", operator: "equal", value: 0 },
        { ...onInvoice("$.dispensingDate"), operator: "after", value: { fact: "threeMonthsAfterPrescription" } },
        {
          any: [
            { ...onInvoice("$.prescription.renewal"), operator: "isDefined", value: false },
            { all: [{ fact: "hasListIorII", operator: "equal", value: false }, { fact: "hasDrugOfUnknownList", operator: "equal", value: true }] },
          ],
        },
      ],
    },
    event: { type: "prescription/expired-first-dispensing?" },
  },
  {
    name: "prescription/narcotic-over-28-days",
    conditions: { all: [{ fact: "longestNarcoticDays", operator: "greaterThan", value: 28 }] },
    event: { type: "prescription/narcotic-over-28-days" },
  },
  {
    name: "amounts/line-total-mismatch",
    conditions: { all: [{ fact: "lineTotalMismatches", operator: "greaterThan", value: 0 }] },
    event: { type: "amounts/line-total-mismatch" },
  },
];

const invoiceOf = (almanac: Almanac) => almanac.factValue<BenchInvoice>("invoice");

/** Builds the engine once, as an integrator would at start-up. */
/**
 * json-rules-engine's documented `pathResolver` option, in its fastest form for these rules: their
 * paths are plain `$.a.b` chains, split once and walked, instead of the default JSONPath evaluation.
 */
const splitPaths = new Map<string, readonly string[]>();
export function resolvePath(value: unknown, path: string): unknown {
  let parts = splitPaths.get(path);
  if (parts === undefined) {
    parts = path.replace(/^\$\.?/, "").split(".").filter((part) => part !== "");
    splitPaths.set(path, parts);
  }
  let current = value;
  for (const part of parts) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** The engine with the rules; `fastest` sets the path resolver above (its default: JSONPath). */
export function createJsonRulesEngine(options: { readonly fastest?: boolean } = {}): Engine {
  const engine = new Engine(jsonRules, { allowUndefinedFacts: true, ...(options.fastest && { pathResolver: resolvePath }) });
  engine.addOperator<string | undefined, boolean>("isInvalidNir", (value, expected) => (value !== undefined && !isValidNir(value)) === expected);
  engine.addOperator<string | undefined, boolean>("isInvalidRpps", (value, expected) => (value !== undefined && !isValidRpps(value)) === expected);
  engine.addOperator<Line[], boolean>(
    "hasDrugWithInvalidCip13",
    (lines, expected) =>
      lines.some(
        (line) => line.productKind === "drug" && !PREPARATIONS.has(line.prestationCode) && (line.productCode === undefined || line.productCode.trim() === "" || !isValidCip13(line.productCode)),
      ) === expected,
  );
  engine.addOperator<Period[] | undefined, string>("noPeriodContains", (periods, date) => periods !== undefined && !periods.some((period) => isWithin(date, period)));
  // Conditions of an `all` block are evaluated together, not one after the other: operators must accept absent values.
  engine.addOperator<Period | undefined, string>("periodExcludes", (period, date) => period !== undefined && !isWithin(date, period));
  engine.addOperator<unknown, boolean>("isDefined", (value, expected) => (value !== undefined) === expected);
  engine.addOperator<string, string>("onOrAfter", (date, other) => date >= other);
  engine.addOperator<string, string>("onOrBefore", (date, other) => date <= other);
  engine.addOperator<string, string>("after", (date, other) => date > other);

  engine.addFact("oneMonthAfterDeparture", async (_, almanac) => {
    const stay = (await invoiceOf(almanac)).stayAbroad;
    return stay ? addMonths(stay.departureDate, 1) : undefined;
  });
  engine.addFact("hasFluVaccine", async (_, almanac) =>
    (await invoiceOf(almanac)).lines.some((line) => line.vaccine === "flu" || line.prestationCode === "GS1" || line.prestationCode === "GS2"),
  );
  engine.addFact("patientAge", async (_, almanac) => {
    const invoice = await invoiceOf(almanac);
    return ageOn(invoice.patient.birthDate, invoice.dispensingDate);
  });
  engine.addFact("minorAgeWithoutDoctor", async (_, almanac) => minorAgeWithoutDoctor((await invoiceOf(almanac)).dispensingDate));
  engine.addFact("prescribedByIdentifiedDoctor", async (_, almanac) => {
    const prescriber = (await invoiceOf(almanac)).prescription?.prescriber;
    return prescriber !== undefined && (prescriber.kind === "doctor" || prescriber.kind === "midwife") && (filled(prescriber.amNumber) || filled(prescriber.rpps));
  });
  engine.addFact("deliveryIndex", async (_, almanac) => (await invoiceOf(almanac)).prescription?.renewal?.deliveryIndex ?? 0);
  engine.addFact("hasListIorII", async (_, almanac) => (await invoiceOf(almanac)).lines.some((line) => line.list === "I" || line.list === "II"));
  engine.addFact("hasDrugOfUnknownList", async (_, almanac) => (await invoiceOf(almanac)).lines.some((line) => line.productKind === "drug" && line.list === undefined));
  engine.addFact("threeMonthsAfterPrescription", async (_, almanac) => {
    const prescription = (await invoiceOf(almanac)).prescription;
    return prescription ? addMonths(prescription.date, 3) : undefined;
  });
  engine.addFact("longestNarcoticDays", async (_, almanac) => {
    let longest = 0;
    for (const line of (await invoiceOf(almanac)).lines) {
      if (line.list === "stupefiant") longest = Math.max(longest, line.prescribedDaysOfTreatment ?? line.daysOfTreatment ?? 0);
    }
    return longest;
  });
  engine.addFact(
    "lineTotalMismatches",
    async (_, almanac) => (await invoiceOf(almanac)).lines.filter((line) => line.total !== undefined && cents(line.total) !== cents(line.unitPrice) * line.quantity).length,
  );
  return engine;
}

export async function jsonRulesEngineVerdict(engine: Engine, invoice: BenchInvoice): Promise<Verdict> {
  const { events } = await engine.run({ invoice });
  return verdictOf(events.map((event) => event.type));
}
