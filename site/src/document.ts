// The editor's text as invoices: one JSON invoice, a JSON array of them, or NDJSON (one a line), as
// the CLI reads them. Each invoice keeps its syntax tree (jsonc-parser) to find a diagnostic's field
// in the text.
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import type { JsonPath } from "tiers-payant";

export interface InvoiceText {
  readonly value: unknown;
  readonly node: Node;
  /** Where the invoice's own text starts in the editor (its line, for NDJSON). */
  readonly base: number;
}

export interface SyntaxProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

export interface ParsedText {
  readonly invoices: readonly InvoiceText[];
  readonly problems: readonly SyntaxProblem[];
  readonly shape: "empty" | "document" | "array" | "ndjson";
}

const strict = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

function parseAt(text: string, offset: number): { node: Node | undefined; errors: ParseError[] } {
  const errors: ParseError[] = [];
  const node = parseTree(text, errors, strict);
  return { node, errors: errors.map((error) => ({ ...error, offset: error.offset + offset })) };
}

const problemOf = (error: ParseError): SyntaxProblem => ({ offset: error.offset, length: Math.max(1, error.length), message: printParseErrorCode(error.error) });

export function parseText(text: string): ParsedText {
  if (text.trim() === "") return { invoices: [], problems: [], shape: "empty" };
  const whole = parseAt(text, 0);
  if (whole.errors.length === 0 && whole.node) {
    if (whole.node.type === "array") return { invoices: (whole.node.children ?? []).map((node) => ({ node, base: 0, value: getNodeValue(node) })), problems: [], shape: "array" };
    return { invoices: [{ node: whole.node, base: 0, value: getNodeValue(whole.node) }], problems: [], shape: "document" };
  }
  // Not one JSON document: NDJSON when every non-empty line is one, else the document's own error.
  const invoices: InvoiceText[] = [];
  const problems: SyntaxProblem[] = [];
  let offset = 0;
  let lines = 0;
  for (const line of text.split("\n")) {
    if (line.trim() !== "") {
      lines++;
      const parsed = parseAt(line, offset);
      if (parsed.errors.length > 0 || !parsed.node) problems.push(...parsed.errors.slice(0, 1).map(problemOf));
      else invoices.push({ node: parsed.node, base: offset, value: getNodeValue(parsed.node) });
    }
    offset += line.length + 1;
  }
  if (lines > 1 && problems.length < lines) return { invoices, problems, shape: "ndjson" };
  return { invoices: [], problems: whole.errors.slice(0, 1).map(problemOf), shape: "document" };
}

/**
 * Where a diagnostic's path is in the text: the property (key and value) it names, or its nearest
 * ancestor present when the field is missing (a required field not sent is reported at its path).
 */
export function locate(invoice: InvoiceText, path: JsonPath): { from: number; to: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(invoice.node, path.slice(0, depth) as (string | number)[]);
    if (!node) continue;
    const property = node.parent?.type === "property" ? node.parent : undefined;
    if (depth === path.length) {
      const target = property ?? node;
      return { from: invoice.base + target.offset, to: invoice.base + target.offset + target.length };
    }
    // A field missing from an object: point at the object's key (or its opening brace), not all of it.
    const key = property?.children?.[0];
    return key ? { from: invoice.base + key.offset, to: invoice.base + key.offset + key.length } : { from: invoice.base + node.offset, to: invoice.base + node.offset + 1 };
  }
  return { from: invoice.base + invoice.node.offset, to: invoice.base + invoice.node.offset + 1 };
}

/** The text again after some invoices were replaced, in the shape it came in (an array when it grew). */
export function textOf(values: readonly unknown[], shape: ParsedText["shape"]): string {
  if (shape === "ndjson") return `${values.map((value) => JSON.stringify(value)).join("\n")}\n`;
  if (values.length === 1 && shape !== "array") return `${JSON.stringify(values[0], null, 2)}\n`;
  return `${JSON.stringify(values, null, 2)}\n`;
}
