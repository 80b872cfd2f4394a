import * as z from "zod/mini";
import { compileSchema, UNSURE, type Compiled } from "./compiled.js";
import { invoiceSchema, type Invoice } from "./invoice.js";
import { sectionFields, sections, type Section } from "./sections.js";

export type JsonPath = readonly (string | number)[];

/** One problem of the input's shape, in words of the caller's data, never an exception. */
export interface InputIssue {
  readonly path: JsonPath;
  readonly messageId: "missing" | "wrongType" | "notAllowed" | "badFormat" | "outOfRange" | "unknownField" | "notAnObject" | "badFeeLink" | "tooManyProblems";
  readonly params: Readonly<Record<string, string | { readonly fr: string; readonly en: string }>>;
}

export interface ParsedInput {
  /** The sections that parsed; the others are absent and listed in `invalidSections`. */
  readonly invoice: Partial<Invoice>;
  readonly invalidSections: ReadonlySet<Section>;
  readonly issues: readonly InputIssue[];
}

const shape = invoiceSchema.shape;
// Compiled on first use, not on import: a caller who sets z.config({ jitless: true }) after importing
// the library, but before the first check, still gets no generated code.
let compiledInvoice: Compiled | undefined;
const knownKeys = new Set<string>(Object.keys(shape));

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const FORMAT_BY_FIELD: Readonly<Record<string, string>> = {
  unitPrice: "money",
  total: "money",
  amo: "money",
  amc: "money",
  patient: "money",
  franchise: "money",
  birthDate: "birthDate",
};

/** The value found at a path of the caller's data, own properties only. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/**
 * The value received, as a message shows it: short, and in words for a list or an object. A NIR in
 * it is masked with the rest of the message.
 */
function received(value: unknown): string | { readonly fr: string; readonly en: string } {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return { fr: "une liste", en: "a list" };
  // A date is a "YYYY-MM-DD" string, as JSON.parse gives it and as asOf takes it: a Date is a
  // moment, and which day it falls on depends on a time zone the library will not guess.
  if (value instanceof Date)
    return {
      fr: "un objet Date (envoyez le jour en \"AAAA-MM-JJ\" : calendarDay(date, \"Europe/Paris\") l'écrit)",
      en: "a Date object (send the day as \"YYYY-MM-DD\": calendarDay(date, \"Europe/Paris\") writes it)",
    };
  if (typeof value === "object") return { fr: "un objet", en: "an object" };
  return { fr: typeof value, en: typeof value };
}

/** A list's length, as a bound on it reads: "1001 elements". */
const elements = (value: unknown): string => (Array.isArray(value) ? `${value.length} ${value.length === 1 ? "element" : "elements"}` : "?");

function toIssues(error: z.core.$ZodError, prefix: JsonPath, data: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path.map((part) => (typeof part === "symbol" ? String(part) : part))];
    // What the caller sent at that place, as the messages tell it.
    const value = valueAt(data, issue.path);
    switch (issue.code) {
      case "unrecognized_keys":
        for (const key of issue.keys) issues.push({ path: [...path, key], messageId: "unknownField", params: {} });
        break;
      case "invalid_type":
        issues.push(value === undefined ? { path, messageId: "missing", params: {} } : { path, messageId: "wrongType", params: { expected: issue.expected, received: received(value) } });
        break;
      case "invalid_value":
        // A required code not sent is missing, not an unrecognised value.
        issues.push(
          value === undefined
            ? { path, messageId: "missing", params: {} }
            : { path, messageId: "notAllowed", params: { allowed: issue.values.map(String).join(", "), received: received(value) } },
        );
        break;
      case "invalid_format": {
        const leaf = path[path.length - 1];
        const format = issue.format === "date" ? "date" : (FORMAT_BY_FIELD[String(leaf)] ?? "pattern");
        issues.push({ path, messageId: "badFormat", params: { format, received: received(value) } });
        break;
      }
      // A bound says whether it is reached: a quantity of 0 must read "> 0", not "≥ 0".
      case "too_small":
        issues.push(
          issue.origin === "array"
            ? { path, messageId: "outOfRange", params: { bound: `≥ ${String(issue.minimum)} ${issue.minimum === 1 ? "element" : "elements"}`, received: elements(value) } }
            : { path, messageId: "outOfRange", params: { bound: `${issue.inclusive === false ? ">" : "≥"} ${String(issue.minimum)}`, received: received(value) } },
        );
        break;
      case "too_big":
        issues.push(
          issue.origin === "array"
            ? { path, messageId: "outOfRange", params: { bound: `≤ ${String(issue.maximum)} ${issue.maximum === 1 ? "element" : "elements"}`, received: elements(value) } }
            : { path, messageId: "outOfRange", params: { bound: `${issue.inclusive === false ? "<" : "≤"} ${String(issue.maximum)}`, received: received(value) } },
        );
        break;
      default:
        issues.push({ path, messageId: "wrongType", params: { expected: "a value of the model", received: received(value) } });
    }
  }
  return issues;
}

// Invoices that sealInvoice froze after they parsed whole. Frozen, they cannot have changed since,
// so they are valid still: a checker takes them as they are instead of validating them again.
const sealed = new WeakSet<object>();
const NO_SECTION: ReadonlySet<Section> = new Set();
const NO_ISSUE: readonly InputIssue[] = Object.freeze([]);

// Parsed values are trees of objects and arrays the parser built: no cycle, nothing shared.
function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

/**
 * Freezes an invoice that parsed without an issue, and everything in it, and remembers it as sealed.
 * Only for the fresh values parseInput builds (never the caller's input, which must not change).
 */
export function sealInvoice(invoice: Invoice): Invoice {
  deepFreeze(invoice);
  sealed.add(invoice);
  return invoice;
}

/** Whether a value is an invoice sealed by sealInvoice. */
export const isSealed = (value: unknown): value is Invoice => typeof value === "object" && value !== null && sealed.has(value);

/** Parses any value into the sections of an invoice that are valid, and the issues of the others. */
export function parseInput(input: unknown): ParsedInput {
  if (isSealed(input)) return { invoice: input, invalidSections: NO_SECTION, issues: NO_ISSUE };
  if (!isPlainObject(input)) {
    return {
      invoice: {},
      invalidSections: new Set(sections),
      issues: [{ path: [], messageId: "notAnObject", params: { received: Array.isArray(input) ? "array" : input === null ? "null" : typeof input } }],
    };
  }
  // Valid input, the common case, takes the schema's compiled fast path. Whatever it is not sure of
  // is parsed by zod section by section, to name each problem and tell which rules can still run.
  compiledInvoice ??= compileSchema(invoiceSchema);
  const fast = compiledInvoice(input);
  if (fast !== UNSURE) {
    const links = feeLinkIssues((fast as Invoice).lines);
    return { invoice: fast as Invoice, invalidSections: NO_SECTION, issues: links.length === 0 ? NO_ISSUE : capped(links) };
  }
  const invoice: Record<string, unknown> = {};
  const invalidSections = new Set<Section>();
  const issues: InputIssue[] = [];

  for (const key of Object.keys(input)) {
    if (!knownKeys.has(key)) issues.push({ path: [key], messageId: "unknownField", params: {} });
  }
  // Header fields are parsed one by one, so that a bad date does not hide the invoice's id.
  for (const section of sections) {
    for (const key of sectionFields[section]) {
      const value = Object.hasOwn(input, key) ? input[key] : undefined;
      const result = shape[key].safeParse(value);
      if (result.success) {
        if (result.data !== undefined) invoice[key] = result.data;
      } else {
        invalidSections.add(section);
        // One push a problem: a spread of an unbounded list would overflow the stack.
        for (const issue of toIssues(result.error, [key], value)) issues.push(issue);
      }
    }
  }
  if (!invalidSections.has("lines") && invoice.lines !== undefined) for (const issue of feeLinkIssues(invoice.lines as Invoice["lines"])) issues.push(issue);
  return { invoice: invoice as Partial<Invoice>, invalidSections, issues: capped(issues) };
}

/**
 * The most input/invalid diagnostics an invoice gets: enough to fix an export field by field, and
 * bounded, so that 100,000 broken elements or unknown keys cost a report of a hundred lines, not
 * hundreds of megabytes. The rest are counted in one last diagnostic.
 */
export const MAX_INPUT_ISSUES = 100;

function capped(issues: InputIssue[]): InputIssue[] {
  if (issues.length <= MAX_INPUT_ISSUES) return issues;
  const kept = issues.slice(0, MAX_INPUT_ISSUES);
  kept.push({ path: [], messageId: "tooManyProblems", params: { count: String(issues.length - MAX_INPUT_ISSUES), limit: String(MAX_INPUT_ISSUES) } });
  return kept;
}

const FEE_LINK_NOWHERE = { fr: "aucune ligne ne porte ce numéro", en: "no line has that index" };
const FEE_LINK_ITSELF = { fr: "c'est la ligne de l'honoraire elle-même", en: "it is the fee's own line" };
const FEE_LINK_NOT_A_DRUG = { fr: "cette ligne n'est pas un médicament", en: "that line is not a drug" };

/**
 * A fee's `forLine` must name another line of the invoice, a drug: pointing nowhere, at itself or at
 * a fee, it links the fee to nothing. Reported as input/invalid; the lines stay readable, and rules
 * read such a fee as linked to nothing.
 */
function feeLinkIssues(lines: Invoice["lines"]): InputIssue[] {
  const issues: InputIssue[] = [];
  lines.forEach((line, index) => {
    const target = line.forLine;
    if (target === undefined) return;
    const reason =
      target >= lines.length ? FEE_LINK_NOWHERE : target === index ? FEE_LINK_ITSELF : lines[target]!.productKind !== "drug" ? FEE_LINK_NOT_A_DRUG : undefined;
    if (reason !== undefined) issues.push({ path: ["lines", index, "forLine"], messageId: "badFeeLink", params: { target: String(target), reason } });
  });
  return issues;
}
