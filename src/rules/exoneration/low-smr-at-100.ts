import { defineRule } from "../../engine/define-rule.js";
import { centsOf, eurosOf, percentOf } from "../../engine/cents.js";
import { lineTotalCents } from "../amounts/amt.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { isFifteenPercent } from "../support/lines.js";

export default defineRule({
  id: "exoneration/low-smr-at-100",
  title: { fr: "Médicament à 15 % pris en charge à 100 %", en: "15 % drug covered at 100 %" },
  severity: "warning",
  payer: "amo",
  consequence: "clawback",
  source: { label: "CSS L160-14 (sous réserve du dernier alinéa du I de L160-13): les médicaments à SMR faible restent à 15 % malgré une exonération" },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["header", "lines"],
  messages: {
    at100: {
      fr: "Ligne {line} ({code}) : médicament à 15 % pris en charge à 100 % par l'exonération {exoneration}.",
      en: "Line {line} ({code}): 15 % drug covered at 100 % through exonération {exoneration}.",
      hint: { fr: "Les médicaments à 15 % restent à 15 % même en ALD ou invalidité : ramenez la part AMO à 15 %.", en: "15 % drugs stay at 15 % even under ALD or invalidité: bring the AMO share back to 15 %." },
    },
  },
  check({ invoice }) {
    const findings: Finding<"at100">[] = [];
    invoice.lines.forEach((line, index) => {
      const exoneration = line.exonerationCode;
      if (!isFifteenPercent(line) || exoneration === undefined || exoneration === "0") return;
      const total = lineTotalCents(line);
      if (centsOf(line.amounts.amo) !== total || total === 0n) return;
      findings.push({ messageId: "at100", path: ["lines", index, "amounts", "amo"], params: { line: index + 1, code: line.prestationCode, exoneration }, value: line.amounts.amo, amountAtRisk: eurosOf(percentOf(total, 85)) });
    });
    return findings;
  },
});
