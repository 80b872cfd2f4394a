import { defineRule } from "../../engine/define-rule.js";
import { centsOf, eurosOf } from "../../engine/cents.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { IR_TAN_V_URL, irTanV } from "../support/sources.js";
import { totalsOf } from "./amt.js";

export default defineRule({
  id: "amounts/shares-do-not-add-up",
  title: { fr: "Parts AMO + AMC + patient différentes du total", en: "AMO + AMC + patient shares differ from the total" },
  severity: "error",
  payer: "amc",
  consequence: "reject",
  source: { label: `${irTanV("I9001", "total part. assure errone")}; ${irTanV("I9002", "tot. remb. org. compl. errone")}`, url: IR_TAN_V_URL },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["lines"],
  messages: {
    mismatch: {
      fr: "Ligne {line} : AMO {amo} + AMC {amc} + patient {patient} = {sum} €, pour un total de {total} €.",
      en: "Line {line}: AMO {amo} + AMC {amc} + patient {patient} = {sum} €, for a total of {total} €.",
      hint: {
        fr: "Ajustez la part mutuelle ou la part patient : la mutuelle rejette une décomposition qui ne tombe pas juste.",
        en: "Adjust the mutuelle or patient share: the mutuelle rejects a breakdown that does not add up.",
      },
    },
  },
  check({ invoice }) {
    const findings: Finding<"mismatch">[] = [];
    invoice.lines.forEach((line, index) => {
      const sum = centsOf(line.amounts.amo) + centsOf(line.amounts.amc) + centsOf(line.amounts.patient);
      // Shares that add up to the declared total or to the corrected one leave one fault, the total's.
      const totals = totalsOf(line);
      if (totals.includes(sum)) return;
      const total = line.total ?? eurosOf(totals[0]!);
      findings.push({
        messageId: "mismatch",
        path: ["lines", index, "amounts"],
        params: { line: index + 1, ...line.amounts, sum: eurosOf(sum), total },
        value: eurosOf(sum),
        expected: total,
        amountAtRisk: line.amounts.amc,
      });
    });
    return findings;
  },
});
