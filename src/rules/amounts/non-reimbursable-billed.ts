import { defineRule } from "../../engine/define-rule.js";
import { centsOf } from "../../engine/cents.js";
import type { Finding } from "../../engine/types.js";
import { prestationRate } from "../../reference/prestation-rates.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { IR_TAN_V_URL, irTanV } from "../support/sources.js";

export default defineRule({
  id: "amounts/non-reimbursable-billed",
  title: { fr: "Produit non remboursable facturé à l'AMO", en: "Non-reimbursable product billed to the AMO" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: `${irTanV("I3005", "taux reg. gen. a 0 et code a 100")}; SNDS, nomenclature IR_NAT_V: PHN pharmacie non remboursable; homéopathie radiée au 1er janvier 2021`, url: IR_TAN_V_URL },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["lines"],
  messages: {
    billed: {
      fr: "Ligne {line} ({code}) : produit non remboursable avec une part AMO de {amount} €.",
      en: "Line {line} ({code}): non-reimbursable product with an AMO share of {amount} €.",
      hint: { fr: "La part AMO d'un produit non remboursable est nulle : le patient ou sa mutuelle la règle.", en: "A non-reimbursable product has no AMO share: the patient or the mutuelle pays it." },
    },
  },
  check({ invoice, dateOfCare }) {
    const findings: Finding<"billed">[] = [];
    invoice.lines.forEach((line, index) => {
      if (prestationRate(line.prestationCode, dateOfCare) !== 0 || centsOf(line.amounts.amo) === 0n) return;
      findings.push({ messageId: "billed", path: ["lines", index, "amounts", "amo"], params: { line: index + 1, code: line.prestationCode, amount: line.amounts.amo }, value: line.amounts.amo, expected: "0.00", amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
