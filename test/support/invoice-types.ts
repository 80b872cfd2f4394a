import { invoiceJsonSchema } from "../../src/index.js";
import type { SchemaNode as Node } from "./field-reference.js";

const comment = (text: string | undefined, indent: string): string[] =>
  text === undefined || text === "" ? [] : [`${indent}/** ${text.replace(/\*\//g, "*\\/").replace(/\n/g, " ")} */`];

function typeOf(node: Node, indent: string): string {
  if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(" | ");
  switch (node.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array": {
      const element = typeOf(node.items ?? {}, indent);
      return node.items?.type === "object" || node.items?.enum ? `Array<${element}>` : `${element}[]`;
    }
    case "object":
      return objectOf(node, indent);
    default:
      return "unknown";
  }
}

function objectOf(node: Node, indent: string): string {
  const inner = `${indent}  `;
  const lines = ["{"];
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const required = node.required?.includes(name) ?? false;
    lines.push(...comment(child.description, inner), `${inner}${name}${required ? "" : "?"}: ${typeOf(child, inner)}${required ? "" : " | undefined"};`);
  }
  lines.push(`${indent}}`);
  return lines.join("\n");
}

/**
 * src/model/invoice-types.ts: the invoice as a TypeScript interface whose every field carries the
 * model's description as JSDoc, so that an editor shows it on hover. A type test holds it equal to
 * what zod infers from the schema.
 */
export function invoiceTypes(): string {
  const schema = invoiceJsonSchema as Node;
  return [
    "// Generated from the model (invoiceSchema) by test/model/invoice-types.test.ts (npm run docs): do not edit.",
    "// The same type as zod infers from the schema (a type test holds them equal), written out so that",
    "// every field shows its description in an editor.",
    "",
    ...comment(schema.description, ""),
    `export type InvoiceFields = ${objectOf(schema, "")};`,
    "",
  ].join("\n");
}
