import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { FEE_SOURCE, isLargePackFee } from "./fee-lines.js";

export default defineRule({
  id: "fees/large-pack-fee-without-large-pack",
  title: { fr: "Honoraire grand conditionnement sans grand conditionnement", en: "Large-pack fee without a large pack" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: `${FEE_SOURCE}; honoraire HG réservé aux conditionnements trimestriels` },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["lines"],
  appliesTo: (invoice) => invoice.lines.some(isLargePackFee),
  messages: {
    notLarge: {
      fr: "Ligne {line} : honoraire {fee} pour un médicament qui n'est pas un grand conditionnement.",
      en: "Line {line}: {fee} fee for a drug that is not a large pack.",
      hint: { fr: "Facturez l'honoraire par boîte HD correspondant.", en: "Bill the matching per-box HD fee." },
    },
  },
  check({ invoice }) {
    const lines = invoice.lines;
    const anyLargePack = lines.some((line) => line.largePack === true);
    const findings: Finding<"notLarge">[] = [];
    lines.forEach((line, index) => {
      if (!isLargePackFee(line)) return;
      const drug = line.forLine !== undefined ? lines[line.forLine] : undefined;
      if (drug ? drug.largePack === true : anyLargePack) return;
      findings.push({ messageId: "notLarge", path: ["lines", index, "prestationCode"], params: { line: index + 1, fee: line.prestationCode }, value: line.prestationCode, amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
