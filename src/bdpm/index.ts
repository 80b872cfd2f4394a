// tiers-payant/bdpm: the official drug referential (Base de données publique des médicaments,
// ANSM / HAS / UNCAM), loaded from its published text files. A separate entry point: the main
// import of tiers-payant does not carry it.
export { loadBdpm, BdpmFormatError, BDPM_FILES, type BdpmSnapshot, type BdpmProblem, type BdpmFileName } from "./snapshot.js";
export { createReferential, DEFAULT_MAX_AGE_DAYS } from "./referential.js";
export type { GenericType, ProductFacts, ProductList, ProductLookup, Referential } from "../engine/types.js";
