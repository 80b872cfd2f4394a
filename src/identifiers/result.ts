/** Why a number was refused: its shape (length, characters, prefix) or its check digit. */
export type ValidationProblem = "format" | "key";

/** The outcome of every identifier validator: never an exception, always a reason when it fails. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: ValidationProblem; readonly reason: string };

export const valid = <T>(value: T): ValidationResult<T> => ({ ok: true, value });
export const invalid = (reason: string, problem: ValidationProblem = "format"): ValidationResult<never> => ({
  ok: false,
  problem,
  reason,
});
