/** The outcome of every identifier validator: never an exception, always a reason when it fails. */
export type ValidationResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

export const valid = <T>(value: T): ValidationResult<T> => ({ ok: true, value });
export const invalid = (reason: string): ValidationResult<never> => ({ ok: false, reason });
