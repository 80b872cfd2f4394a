import { createChecker, type Checker, type Report } from "tiers-payant";
import { SUBSET, verdictOf, type Verdict } from "./rules.js";

/** The library restricted to the subset, built once: the fast path the README gives batch users. */
export const createSubsetChecker = (): Checker => createChecker({ only: SUBSET });

export const libraryVerdict = (report: Report): Verdict =>
  verdictOf(
    report.diagnostics.map((diagnostic) => diagnostic.ruleId),
    report.notEvaluated.map((entry) => entry.ruleId),
  );
