import { defineRule } from "../../engine/define-rule.js";
import { centsOf, eurosOf } from "../../engine/cents.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { AMOUNTS_SOURCE, computedTotal } from "./amt.js";

export default defineRule({
  id: "amounts/line-total-mismatch",
  title: { fr: "Total de ligne différent de quantité × prix", en: "Line total differs from quantity × price" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: AMOUNTS_SOURCE,
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["lines"],
  messages: {
    mismatch: {
      fr: "Ligne {line} : total {total} € au lieu de {quantity} × {price} € = {expected} €.",
      en: "Line {line}: total {total} € instead of {quantity} × {price} € = {expected} €.",
      hint: { fr: "Recalculez la ligne : un prix ou une quantité a été modifié après coup.", en: "Recompute the line: a price or quantity was changed afterwards." },
    },
  },
  check({ invoice }) {
    const findings: Finding<"mismatch">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.total === undefined) return;
      // A price of at most two decimals times a whole quantity needs no rounding: compare exactly.
      const expectedCents = computedTotal(line);
      if (centsOf(line.total) === expectedCents) return;
      const expected = eurosOf(expectedCents);
      findings.push({
        messageId: "mismatch",
        path: ["lines", index, "total"],
        params: { line: index + 1, total: line.total, quantity: line.quantity, price: line.unitPrice, expected },
        value: line.total,
        expected,
        amountAtRisk: line.amounts.amo,
      });
    });
    return findings;
  },
});
