import * as z from "zod/mini";

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

export interface CompileOptions {
  /**
   * Objects are checked by code generated for their fields (`new Function`), so that each field is
   * read by name; otherwise by a loop over the fields. Generation follows zod's own rule: never under
   * `z.config({ jitless: true })` (strict content-security policies) or where `new Function` throws.
   */
  readonly generateCode: boolean;
}

/** Whether code may be generated here, decided as zod 4 decides it for its own objects. */
export function mayGenerateCode(): boolean {
  if (z.config().jitless) return false;
  try {
    new Function("");
    return true;
  } catch {
    return false;
  }
}

/** What is read of zod 4's schema definitions: only the node kinds and checks the model uses. */
interface Definition {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDefinition } }[];
  readonly shape?: Readonly<Record<string, z.ZodMiniType>>;
  readonly catchall?: z.ZodMiniType;
  readonly element?: z.ZodMiniType;
  readonly innerType?: z.ZodMiniType;
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
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
}

const definitionOf = (schema: z.ZodMiniType): Definition => (schema as unknown as { _zod: { def: Definition } })._zod.def;

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

/** What a string schema of the model asks, read once for both ways of testing it (a function, or code). */
type StringRequirement = { readonly pattern: RegExp } | { readonly minimum: number };

function stringRequirements(definition: Definition): StringRequirement[] {
  const requirements: StringRequirement[] = [];
  // z.iso.date() and its kin carry their pattern on the schema itself.
  if (definition.format !== undefined) requirements.push({ pattern: definition.pattern ?? unsupported(`string format ${definition.format} without a pattern`) });
  for (const { _zod: { def: check } } of definition.checks ?? []) {
    if (check.check === "min_length" && check.minimum !== undefined) requirements.push({ minimum: check.minimum });
    else if (check.check === "string_format" && check.format === "regex" && check.pattern !== undefined) requirements.push({ pattern: check.pattern });
    else unsupported(`string check ${check.check}`);
  }
  return requirements;
}

function stringChecks(definition: Definition): Test[] {
  return stringRequirements(definition).map((requirement) => {
    if ("pattern" in requirement) {
      const pattern = requirement.pattern;
      return (value: string) => pattern.test(value);
    }
    const minimum = requirement.minimum;
    return (value: string) => value.length >= minimum;
  });
}

const enumValues = (definition: Definition): ReadonlySet<unknown> => new Set<unknown>(Object.values(definition.entries ?? unsupported("an enum without entries")));

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
export function compileSchema(schema: z.ZodMiniType, options: CompileOptions = { generateCode: mayGenerateCode() }): Compiled {
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
      const allowed = enumValues(definition);
      return (value) => (allowed.has(value) ? value : UNSURE);
    }
    case "array": {
      const element = compileSchema(definition.element ?? unsupported("an array without element"), options);
      let minimum = 0;
      let maximum = Infinity;
      for (const { _zod: { def: check } } of definition.checks ?? []) {
        if (check.check === "min_length" && check.minimum !== undefined) minimum = check.minimum;
        else if (check.check === "max_length" && check.maximum !== undefined) maximum = check.maximum;
        else unsupported(`array check ${check.check}`);
      }
      return (value) => {
        if (!Array.isArray(value) || value.length < minimum || value.length > maximum) return UNSURE;
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
      return compileObject(definition, options);
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
  /** For a string, boolean or enum field, its test as code (`$` stands for the value) and the constants it uses. */
  readonly inline?: Inline;
  readonly presence: "required" | "optional" | "default";
  /** The value zod puts in place of an absent field with a default. */
  readonly defaultOf?: () => unknown;
}

function defaultOf(schema: z.ZodMiniType): () => unknown {
  const value = definitionOf(schema).defaultValue;
  // zod hands out a fresh shallow copy of an object or array default each time it applies it, through
  // a getter; a string or a boolean is the same value every time and is read once.
  return typeof value === "object" && value !== null ? () => definitionOf(schema).defaultValue : () => value;
}

interface Inline {
  readonly code: string;
  readonly constants: readonly unknown[];
}

/**
 * A leaf's test written out, for generated objects: the fields of an invoice line are nearly all
 * strings, booleans and codes, and calling a compiled function for each cost more than its test (a
 * 200-line invoice checked up to a sixth faster without the calls). The same requirements as
 * stringChecks; numbers, objects and arrays keep their compiled function.
 */
function inlineOf(schema: z.ZodMiniType): Inline | undefined {
  const definition = definitionOf(schema);
  if (definition.type === "boolean" && !definition.checks?.length) return { code: 'typeof $ === "boolean"', constants: [] };
  if (definition.type === "enum") return { code: "#0.has($)", constants: [enumValues(definition)] };
  if (definition.type !== "string") return undefined;
  const parts = ['typeof $ === "string"'];
  const constants: unknown[] = [];
  for (const requirement of stringRequirements(definition)) {
    if ("pattern" in requirement) {
      constants.push(requirement.pattern);
      parts.push(`#${constants.length - 1}.test($)`);
    } else parts.push(`$.length >= ${Number(requirement.minimum)}`);
  }
  return { code: parts.join(" && "), constants };
}

function compileObject(definition: Definition, options: CompileOptions): Compiled {
  if (!definition.catchall || definitionOf(definition.catchall).type !== "never") unsupported("an object that is not strict");
  const fields: Field[] = Object.entries(definition.shape ?? {}).map(([key, schema]) => {
    // "__proto__" would set the prototype of the object built, not a field.
    if (key === "__proto__") unsupported("a field named __proto__");
    const field = definitionOf(schema);
    const inner = field.type === "optional" || field.type === "default" ? field.innerType! : schema;
    const inline = options.generateCode ? inlineOf(inner) : undefined;
    const compiled = compileSchema(inner, options);
    if (field.type === "optional") return { key, compiled, presence: "optional", ...(inline && { inline }) };
    if (field.type === "default") return { key, compiled, presence: "default", defaultOf: defaultOf(schema), ...(inline && { inline }) };
    return { key, compiled, presence: "required", ...(inline && { inline }) };
  });
  return options.generateCode ? generateObject(fields) : loopObject(fields);
}

function loopObject(fields: readonly Field[]): Compiled {
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

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * The same checks as loopObject, written out field by field: a read by a name written in the code is
 * several times cheaper than a read by a key held in a variable, and so is a write.
 * Only the schema's own field names go into the code, never anything of the input.
 */
function generateObject(fields: readonly Field[]): Compiled {
  // The known names as the cases of a switch: an object's keys are compared by identity with the
  // schema's names, which is cheaper than a lookup in a Set for the few fields of an object.
  const cases = fields.map((field) => `case ${JSON.stringify(field.key)}:`).join(" ");
  const body: string[] = [
    "if (!isPlainObject(value)) return UNSURE;",
    "const keys = Object.keys(value);",
    `for (let index = 0; index < keys.length; index++) switch (keys[index]) { ${cases} break; default: return UNSURE; }`,
    "let found = 0;",
  ];
  // The value is built in the schema's order, as zod builds it: JSON written from it reads the same.
  const build: string[] = ["const out = {};"];
  fields.forEach((field, index) => {
    const property = IDENTIFIER.test(field.key) ? `.${field.key}` : `[${JSON.stringify(field.key)}]`;
    const absent =
      field.presence === "required" ? "return UNSURE;" : field.presence === "default" ? `out${index} = fields[${index}].defaultOf();` : "";
    // An inline test names its constants #0, #1…: they are the field's own, passed in `constants`.
    const test = field.inline?.code.replaceAll("$", `raw${index}`).replace(/#(\d+)/g, (_, constant: string) => `constants[${index}][${constant}]`);
    body.push(
      `const raw${index} = value${property};`,
      `let out${index};`,
      `if (raw${index} === undefined) { ${absent} } else {`,
      `  found++;`,
      ...(test !== undefined
        ? [`  if (!(${test})) return UNSURE;`, `  out${index} = raw${index};`]
        : [`  out${index} = compiled[${index}](raw${index});`, `  if (out${index} === UNSURE) return UNSURE;`]),
      `}`,
    );
    // zod leaves an absent optional field out of its value, rather than set to undefined.
    build.push(field.presence === "optional" ? `if (out${index} !== undefined) out${property} = out${index};` : `out${property} = out${index};`);
  });
  body.push("if (found !== keys.length) return UNSURE;", ...build, "return out;");
  const factory = new Function("UNSURE", "isPlainObject", "fields", "compiled", "constants", `return function compiledObject(value) {\n${body.join("\n")}\n};`);
  return (factory as (...parts: unknown[]) => Compiled)(
    UNSURE,
    isPlainObject,
    fields,
    fields.map((field) => field.compiled),
    fields.map((field) => field.inline?.constants ?? []),
  );
}
