export { validateNir, maskNir, redactNirs, nirKey, type NirInfo, type NirKind, type FictitiousNirContext } from "./nir.js";
export { validateRpps } from "./rpps.js";
export { validateAmNumber } from "./am-number.js";
export { validateFiness, type FinessInfo } from "./finess.js";
export { validateCip13, type Cip13Info } from "./cip13.js";
export type { ValidationResult, ValidationProblem } from "./result.js";
