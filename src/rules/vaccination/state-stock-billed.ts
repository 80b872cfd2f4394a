import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { money } from "../../engine/money.js";
import { SEED_FLU } from "./flu.js";

export default defineRule({
  id: "vaccination/state-stock-billed",
  title: { fr: "Vaccin du stock État facturé", en: "State-stock vaccine invoiced" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: `${SEED_FLU}: « vaccins stock État, pris en charge à 100 % sans exonération »; facts §4.9` },
  effective: { from: "2008-09-01" },
  confidence: "medium",
  reads: ["vaccination", "lines"],
  appliesTo: (invoice) => invoice.vaccination?.stateStock === true,
  messages: {
    priced: {
      fr: "Ligne {line} : vaccin du stock État facturé {amount} €.",
      en: "Line {line}: State-stock vaccine invoiced {amount} €.",
      hint: { fr: "Un vaccin du stock État n'est pas facturé (prix 0) ; seule l'injection l'est.", en: "A State-stock vaccine is not invoiced (price 0); only the injection is." },
    },
    exo7: {
      fr: "Ligne {line} : vaccin du stock État avec l'exo 7.",
      en: "Line {line}: State-stock vaccine with exo 7.",
      hint: { fr: "Le stock État est pris en charge sans exonération : retirez l'exo 7.", en: "State stock is covered without exonération: remove exo 7." },
    },
  },
  check({ invoice }) {
    const findings: Finding<"priced" | "exo7">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.vaccine === undefined) return;
      if (money(line.unitPrice).greaterThan(0)) findings.push({ messageId: "priced", path: ["lines", index, "unitPrice"], params: { line: index + 1, amount: line.unitPrice }, value: line.unitPrice, expected: "0.00", amountAtRisk: line.amounts.amo });
      else if (line.exonerationCode === "7") findings.push({ messageId: "exo7", path: ["lines", index, "exonerationCode"], params: { line: index + 1 }, value: "7", expected: "0" });
    });
    return findings;
  },
});
