import { expect } from "vitest";
import { createChecker, type CheckOptions, type Diagnostic, type JsonPath, type Report, type Severity } from "../../src/index.js";
import type { RuleId } from "../../src/index.js";

export interface ExpectedFinding {
  readonly path: JsonPath;
  readonly severity?: Severity;
  readonly amountAtRisk?: string;
}

type RuleCheckOptions = Pick<CheckOptions, "asOf" | "locale" | "referential">;

/**
 * The table-driven harness for one rule: runs only that rule, insists the fixture itself is valid
 * (no input/invalid, rule evaluated), and compares the rule's findings by path, not by wording.
 */
export function expectRule(ruleId: RuleId) {
  const checkOnly = (invoice: unknown, options: RuleCheckOptions = {}): Report => {
    const checker = createChecker({ only: [ruleId], locale: options.locale ?? "en", ...(options.referential && { referential: options.referential }) });
    const report = checker.check(invoice, options.asOf === undefined ? {} : { asOf: options.asOf });
    const inputProblems = report.diagnostics.filter((diagnostic) => diagnostic.ruleId === "input/invalid");
    expect(inputProblems, "the fixture must be a valid invoice").toEqual([]);
    return report;
  };
  const run = (invoice: unknown, options?: RuleCheckOptions): Report => {
    const report = checkOnly(invoice, options);
    expect(report.notEvaluated, `${ruleId} must be evaluated`).toEqual([]);
    return report;
  };
  const own = (report: Report): Diagnostic[] => report.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);

  const harness = {
    /** Asserts the rule flags exactly these findings (by path, and severity / amount when given). */
    toFlag(invoice: unknown, expected: readonly ExpectedFinding[], options?: RuleCheckOptions) {
      const found = own(run(invoice, options));
      expect(found.map((diagnostic) => diagnostic.path)).toEqual(expected.map((finding) => finding.path));
      expected.forEach((finding, index) => {
        const diagnostic = found[index]!;
        if (finding.severity) expect(diagnostic.severity).toBe(finding.severity);
        if (finding.amountAtRisk) expect(diagnostic.amountAtRisk).toBe(finding.amountAtRisk);
        expect(diagnostic.message.length).toBeGreaterThan(0);
        expect(diagnostic.hint.length).toBeGreaterThan(0);
        // A parameter the rule forgot stays visible as {name} in what the pharmacist reads.
        expect(diagnostic.message, "every placeholder of the message is filled").not.toMatch(/\{[a-zA-Z]+\}/);
        expect(diagnostic.hint, "every placeholder of the hint is filled").not.toMatch(/\{[a-zA-Z]+\}/);
      });
      return harness;
    },
    /** Asserts the rule raises nothing on this invoice. */
    notToFlag(invoice: unknown, options?: RuleCheckOptions) {
      expect(own(run(invoice, options))).toEqual([]);
      return harness;
    },
    /**
     * Asserts the rule could not decide (data not sent) and raised nothing: absent is not negative.
     * Returns the reason given, in English.
     */
    notToEvaluate(invoice: unknown, options?: RuleCheckOptions): string {
      const report = checkOnly(invoice, options);
      expect(own(report), `${ruleId} must raise nothing on data not sent`).toEqual([]);
      const entry = report.notEvaluated.find((candidate) => candidate.ruleId === ruleId);
      expect(entry, `${ruleId} must say it could not decide`).toBeDefined();
      return entry!.reason;
    },
    /** Runs the rule and returns its diagnostics, for assertions the table does not cover. */
    diagnostics(invoice: unknown, options?: RuleCheckOptions): Diagnostic[] {
      return own(run(invoice, options));
    },
  };
  return harness;
}
