import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import type { InvoiceLine } from "../../model/invoice.js";
import { feeTarget } from "../support/fee-target.js";
import { FEE_SOURCE, feeRateDigit, isDrug } from "./fee-lines.js";

/** The fees of an ordonnance (honoraires à l'ordonnance), each due once per ordonnance whatever it holds. */
const ORDONNANCE_FEES: ReadonlySet<string> = new Set(["HDR", "HDA", "HDE"]);

const isPerBoxFee = (line: InvoiceLine): boolean => feeRateDigit(line) !== undefined;

// An FSE bills one ordonnance: its ordonnance fees once each, and one dispensing fee per box of the
// drug it relates to (avenant 11 to the convention pharmaceutique). A fee billed twice, or for more
// boxes than were delivered, is refused, or recovered at a control.
export default defineRule({
  id: "fees/ordonnance-fee-repeated",
  title: { fr: "Honoraire facturé plus de fois que dû", en: "Fee billed more times than due" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: `${FEE_SOURCE}; avenant 11 à la convention nationale pharmaceutique (honoraires à l'ordonnance HDR, HDA, HDE: une fois par ordonnance; honoraire de dispensation: par conditionnement)`,
  },
  effective: { from: "2019-01-01" },
  confidence: "high",
  reads: ["lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => ORDONNANCE_FEES.has(line.prestationCode) || isPerBoxFee(line)),
  messages: {
    repeated: {
      fr: "Honoraire {code} facturé {count} fois sur une même ordonnance ; il n'est dû qu'une fois.",
      en: "Fee {code} billed {count} times on one ordonnance; it is due once.",
      hint: { fr: "Gardez une seule ligne {code}, de quantité 1.", en: "Keep one {code} line, of quantity 1." },
    },
    boxes: {
      fr: "Ligne {line} : honoraire {code} pour {fees} boîte(s), la ligne du médicament en délivre {boxes}.",
      en: "Line {line}: fee {code} for {fees} box(es), the drug's line delivers {boxes}.",
      hint: {
        fr: "Facturez un honoraire de dispensation par boîte délivrée : même quantité que la ligne du médicament.",
        en: "Bill one dispensing fee per box delivered: the same quantity as the drug's line.",
      },
    },
  },
  check({ invoice: { lines } }) {
    const findings: Finding<"repeated" | "boxes">[] = [];
    // Each ordonnance fee's first line and how many times it is billed in all (lines × quantities).
    const counted = new Map<string, { first: number; count: number }>();
    lines.forEach((line, index) => {
      if (ORDONNANCE_FEES.has(line.prestationCode)) {
        const seen = counted.get(line.prestationCode) ?? { first: index, count: 0 };
        seen.count += line.quantity;
        counted.set(line.prestationCode, seen);
        return;
      }
      if (!isPerBoxFee(line)) return;
      const drug = feeTarget(lines, index, isDrug);
      // A fee whose drug cannot be told is not judged here; fewer fees than boxes is the pharmacy's
      // own loss, not a reject.
      if (drug === undefined || !isDrug(drug) || line.quantity <= drug.quantity) return;
      findings.push({
        messageId: "boxes",
        path: ["lines", index, "quantity"],
        params: { line: index + 1, code: line.prestationCode, fees: line.quantity, boxes: drug.quantity },
        value: line.quantity,
        expected: `≤ ${drug.quantity}`,
      });
    });
    for (const [code, { first, count }] of counted) {
      if (count <= 1) continue;
      findings.push({ messageId: "repeated", path: ["lines", first, "prestationCode"], params: { code, count }, value: code });
    }
    return findings;
  },
});
