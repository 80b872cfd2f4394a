import { asAnyRule } from "../engine/define-rule.js";
import type { AnyRule } from "../engine/types.js";
import birthRankInvalid from "./identity/birth-rank-invalid.js";
import beneficiaryQualityInvalid from "./identity/beneficiary-quality-invalid.js";
import nirFictitious from "./identity/nir-fictitious.js";
import nirInvalid from "./identity/nir-invalid.js";
import amNumberInvalid from "./prescriber/am-number-invalid.js";
import finessInvalid from "./prescriber/finess-invalid.js";
import hospitalNeedsFinessAndRpps from "./prescriber/hospital-needs-finess-and-rpps.js";
import identifierMissing from "./prescriber/identifier-missing.js";
import rppsInvalid from "./prescriber/rpps-invalid.js";
import cip13Invalid from "./product/cip13-invalid.js";
import ucdIsNotAPack from "./product/ucd-is-not-a-pack.js";

/** The catalogue: every rule the library ships, in the order of rules.md. */
export const catalogue: readonly AnyRule[] = Object.freeze([
  asAnyRule(nirInvalid),
  asAnyRule(nirFictitious),
  asAnyRule(birthRankInvalid),
  asAnyRule(beneficiaryQualityInvalid),
  asAnyRule(identifierMissing),
  asAnyRule(amNumberInvalid),
  asAnyRule(rppsInvalid),
  asAnyRule(finessInvalid),
  asAnyRule(hospitalNeedsFinessAndRpps),
  asAnyRule(cip13Invalid),
  asAnyRule(ucdIsNotAPack),
]);
