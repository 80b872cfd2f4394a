import type { z } from "zod";

/**
 * A fast path for valid input, compiled once from the zod schema it stands for. Validating every
 * invoice with zod was most of the cost of a check (docs/performance.md); the compiled function does
 * the same checks as plain code. It answers the parsed value, or UNSURE whenever the input is not
 * plainly valid, and then the caller asks zod, which stays the only judge of what is invalid and
 * why. It never accepts what zod rejects, and gives what zod gives when it accepts: a property test
 * holds it to that (test/model/compiled.test.ts).
 */
export const UNSURE: unique symbol = Symbol("unsure");
export type Compiled = (value: unknown) => unknown;

/** What is read of zod 4's schema definitions: only the node kinds and checks the model uses. */
interface Definition {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDefinition } }[];
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly catchall?: z.ZodType;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly defaultValue?: unknown;
}
interface CheckDefinition {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
}

const definitionOf = (schema: z.ZodType): Definition => (schema as unknown as { _zod: { def: Definition } })._zod.def;

function unsupported(what: string): never {
  // A programmer error: the model uses a zod feature this fast path does not know yet.
  throw new TypeError(`compileSchema: no fast path for ${what}; teach src/model/compiled.ts or keep it out of the model`);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

type Test = (value: never) => boolean;

function stringChecks(definition: Definition): Test[] {
  const tests: Test[] = [];
  // z.iso.date() and its kin carry their pattern on the schema itself.
  if (definition.format !== undefined) {
    const pattern = definition.pattern ?? unsupported(`string format ${definition.format} without a pattern`);
    tests.push((value: string) => pattern.test(value));
  }
  for (const { _zod: { def: check } } of definition.checks ?? []) {
    if (check.check === "min_length" && check.minimum !== undefined) {
      const minimum = check.minimum;
      tests.push((value: string) => value.length >= minimum);
    } else if (check.check === "string_format" && check.format === "regex" && check.pattern !== undefined) {
      const pattern = check.pattern;
      tests.push((value: string) => pattern.test(value));
    } else unsupported(`string check ${check.check}`);
  }
  return tests;
}

function numberChecks(definition: Definition): Test[] {
  const tests: Test[] = [];
  for (const { _zod: { def: check } } of definition.checks ?? []) {
    if (check.check === "number_format" && check.format === "safeint") tests.push((value: number) => Number.isSafeInteger(value));
    else if (check.check === "greater_than" && check.value !== undefined) {
      const bound = check.value;
      tests.push(check.inclusive ? (value: number) => value >= bound : (value: number) => value > bound);
    } else unsupported(`number check ${check.check}`);
  }
  return tests;
}

const passes = (tests: readonly Test[], value: never): boolean => {
  for (const test of tests) if (!test(value)) return false;
  return true;
};

/** Compiles a schema of the model into its fast path. Throws on a schema it cannot compile. */
export function compileSchema(schema: z.ZodType): Compiled {
  const definition = definitionOf(schema);
  switch (definition.type) {
    case "string": {
      const tests = stringChecks(definition);
      return (value) => (typeof value === "string" && passes(tests, value as never) ? value : UNSURE);
    }
    case "number": {
      const tests = numberChecks(definition);
      // Infinite and NaN values are left to zod.
      return (value) => (typeof value === "number" && Number.isFinite(value) && passes(tests, value as never) ? value : UNSURE);
    }
    case "boolean":
      if (definition.checks?.length) unsupported("boolean checks");
      return (value) => (typeof value === "boolean" ? value : UNSURE);
    case "enum": {
      const allowed = new Set<unknown>(Object.values(definition.entries ?? unsupported("an enum without entries")));
      return (value) => (allowed.has(value) ? value : UNSURE);
    }
    case "array": {
      const element = compileSchema(definition.element ?? unsupported("an array without element"));
      let minimum = 0;
      for (const { _zod: { def: check } } of definition.checks ?? []) {
        if (check.check === "min_length" && check.minimum !== undefined) minimum = check.minimum;
        else unsupported(`array check ${check.check}`);
      }
      return (value) => {
        if (!Array.isArray(value) || value.length < minimum) return UNSURE;
        const out: unknown[] = new Array(value.length);
        for (let index = 0; index < value.length; index++) {
          // A hole or an explicit undefined is left to zod.
          if (!(index in value)) return UNSURE;
          const item = element(value[index]);
          if (item === UNSURE) return UNSURE;
          out[index] = item;
        }
        return out;
      };
    }
    case "object":
      return compileObject(definition);
    case "optional":
    case "default":
      // Only reached for the items of an array or a top-level schema; fields are handled by their object.
      return unsupported(`${definition.type} outside an object`);
    default:
      return unsupported(`zod type ${definition.type}`);
  }
}

interface Field {
  readonly key: string;
  readonly compiled: Compiled;
  readonly presence: "required" | "optional" | "default";
  readonly defaultOf?: () => unknown;
}

function compileObject(definition: Definition): Compiled {
  if (!definition.catchall || definitionOf(definition.catchall).type !== "never") unsupported("an object that is not strict");
  const fields: Field[] = Object.entries(definition.shape ?? {}).map(([key, schema]) => {
    const field = definitionOf(schema);
    if (field.type === "optional") return { key, compiled: compileSchema(field.innerType!), presence: "optional" };
    if (field.type === "default") {
      const inner = field.innerType!;
      // zod hands out a fresh copy of an object or array default each time it applies it.
      return { key, compiled: compileSchema(inner), presence: "default", defaultOf: () => definitionOf(schema).defaultValue };
    }
    return { key, compiled: compileSchema(schema), presence: "required" };
  });
  const known = new Set(fields.map((field) => field.key));
  return (value) => {
    if (!isPlainObject(value)) return UNSURE;
    // An unknown key is an issue for zod to name.
    const keys = Object.keys(value);
    for (const key of keys) if (!known.has(key)) return UNSURE;
    const out: Record<string, unknown> = {};
    let found = 0;
    for (const field of fields) {
      const raw = value[field.key];
      if (raw === undefined) {
        if (field.presence === "required") return UNSURE;
        if (field.presence === "default") out[field.key] = field.defaultOf!();
        continue;
      }
      found++;
      const parsed = field.compiled(raw);
      if (parsed === UNSURE) return UNSURE;
      out[field.key] = parsed;
    }
    // As many values found as own keys: no explicit undefined (zod has its own subtleties there) and
    // nothing read through the prototype. Otherwise zod decides.
    return found === keys.length ? out : UNSURE;
  };
}
