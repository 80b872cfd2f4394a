import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import type { InvoiceLine } from "../../model/invoice.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { feeTarget } from "../support/fee-target.js";
import { drugRateDigit, FEE_SOURCE, feeRateDigit } from "./fee-lines.js";

type MessageId = "mismatch" | "unmatched";

export default defineRule({
  id: "fees/rate-mismatch",
  title: { fr: "Honoraire au taux d'un autre médicament", en: "Fee at another drug's rate" },
  severity: "warning",
  payer: "amo",
  consequence: "reject",
  source: { label: FEE_SOURCE },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => feeRateDigit(line) !== undefined),
  messages: {
    mismatch: {
      fr: "Ligne {line} : honoraire {fee} pour un médicament {drug} ; attendu H{kind}{expected}.",
      en: "Line {line}: fee {fee} for a {drug} drug; expected H{kind}{expected}.",
      hint: { fr: "L'honoraire suit le taux du médicament : HD7 avec PH7, HD4 avec PH4, HD1 avec PH1…", en: "The fee follows the drug's rate: HD7 with PH7, HD4 with PH4, HD1 with PH1…" },
    },
    unmatched: {
      fr: "Ligne {line} : honoraire {fee} sans médicament associé (forLine) parmi plusieurs taux.",
      en: "Line {line}: fee {fee} without a related drug (forLine) among several rates.",
      hint: { fr: "Rattachez chaque honoraire à sa ligne de médicament pour qu'il puisse être contrôlé.", en: "Link each fee to its drug line so that it can be checked." },
    },
  },
  check({ invoice }) {
    const lines = invoice.lines;
    const drugRates = new Set(lines.map(drugRateDigit).filter((digit) => digit !== undefined));
    const hasRate = (line: InvoiceLine): boolean => drugRateDigit(line) !== undefined;
    const findings: Finding<MessageId>[] = [];
    lines.forEach((line, index) => {
      const digit = feeRateDigit(line);
      if (digit === undefined) return;
      const drug = line.forLine !== undefined ? feeTarget(lines, index, hasRate) : undefined;
      // Without a link, a single drug rate on the invoice still tells what the fee must be.
      const expected = drug ? drugRateDigit(drug) : line.forLine === undefined && drugRates.size === 1 ? [...drugRates][0] : undefined;
      if (expected === undefined) {
        if (drugRates.size > 1) findings.push({ messageId: "unmatched", path: ["lines", index, "forLine"], params: { line: index + 1, fee: line.prestationCode }, severity: "info" });
        return;
      }
      if (expected === digit) return;
      findings.push({
        messageId: "mismatch",
        path: ["lines", index, "prestationCode"],
        params: { line: index + 1, fee: line.prestationCode, drug: drug?.prestationCode ?? `PH${expected}`, kind: line.prestationCode[1]!, expected },
        value: line.prestationCode,
        expected: `H${line.prestationCode[1]}${expected}`,
        amountAtRisk: line.amounts.amo,
      });
    });
    return findings;
  },
});
