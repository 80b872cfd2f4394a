import { invoiceJsonSchema } from "../../src/index.js";

/** What is read of the JSON Schema the model generates: objects, arrays, strings, enums. */
export interface SchemaNode {
  readonly type?: string;
  readonly enum?: readonly (string | number)[];
  readonly format?: string;
  readonly pattern?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly minimum?: number;
  readonly exclusiveMinimum?: number;
  readonly maxItems?: number;
  readonly minItems?: number;
}

interface Row {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
  readonly example: string;
}

const MONEY = "^[0-9]{1,9}(?:\\.[0-9]{1,2})?$";

function typeOf(node: SchemaNode): string {
  if (node.enum) return node.enum.length <= 8 ? node.enum.map((value) => `\`${String(value)}\``).join(" \\| ") : `code (${node.enum.length} values)`;
  if (node.type === "array") return `array of ${node.items ? typeOf(node.items) : "values"}`;
  if (node.type === "object") return "object";
  if (node.format === "date") return "date `YYYY-MM-DD`";
  if (node.pattern === MONEY) return "money `\"12.30\"`";
  if (node.type === "integer") return node.exclusiveMinimum === 0 || node.minimum === 1 ? "integer > 0" : node.minimum === 0 ? "integer ≥ 0" : "integer";
  return node.type ?? "value";
}

/** The value a complete example gives at a path (`lines[].quantity` reads the first line). */
function exampleAt(example: unknown, path: readonly string[]): string {
  let value = example;
  for (const part of path) {
    if (Array.isArray(value)) value = value[0];
    if (typeof value !== "object" || value === null) return "";
    value = (value as Record<string, unknown>)[part];
  }
  if (Array.isArray(value)) value = value[0];
  if (value === undefined || (typeof value === "object" && value !== null)) return "";
  return `\`${JSON.stringify(value)}\``;
}

function walk(node: SchemaNode, path: readonly string[], required: boolean, example: unknown, rows: Row[]): void {
  const shown = path.join(".").replace(/\.\[\]/g, "[]");
  if (path.length > 0) rows.push({ path: shown, type: typeOf(node), required, description: node.description ?? "", example: exampleAt(example, path.filter((part) => part !== "[]")) });
  const object = node.type === "array" ? node.items : node;
  if (object?.type !== "object" || !object.properties) return;
  const prefix = node.type === "array" ? [...path, "[]"] : path;
  for (const [name, child] of Object.entries(object.properties)) walk(child, [...prefix, name], object.required?.includes(name) ?? false, example, rows);
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** docs/fields.md: every field of the invoice, from the model's own JSON Schema, with an example's values. */
export function fieldReference(example: unknown): string {
  const rows: Row[] = [];
  walk(invoiceJsonSchema as SchemaNode, [], true, example, rows);
  return [
    "<!-- generated from the model (npm run docs): do not edit -->",
    "# Invoice fields",
    "",
    "Every field of an invoice, generated from the model (`invoiceSchema`; the same as",
    "[`invoice.schema.json`](invoice.schema.json)). *Required* is within its parent: an optional",
    "object, when sent, needs its required fields. The example values are those of the complete",
    "invoice in the [guide](guide.md#a-complete-invoice). A field not sent is unknown, never a \"no\":",
    "send `[]` or `false` when the data was read and says no.",
    "",
    `${rows.length} fields.`,
    "",
    "| field | type | required | description | example |",
    "|---|---|---|---|---|",
    ...rows.map((row) => `| \`${row.path}\` | ${row.type} | ${row.required ? "**yes**" : "no"} | ${cell(row.description)} | ${cell(row.example)} |`),
    "",
  ].join("\n");
}
