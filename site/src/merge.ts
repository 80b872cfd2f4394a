// The rule pages give their examples as changes to the clean invoice examples/clean/doliprane-vitale.json:
// objects are merged, `null` removes a field, arrays are replaced whole (docs/rules, "Failing example").
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export function withChanges(base: unknown, changes: unknown): unknown {
  if (!isPlainObject(changes)) return changes;
  const result: Record<string, unknown> = isPlainObject(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined) delete result[key];
    else result[key] = withChanges(result[key], value);
  }
  return result;
}
