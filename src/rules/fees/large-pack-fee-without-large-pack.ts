import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { feeTarget } from "../support/fee-target.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { FEE_SOURCE, isDrug, isLargePackFee } from "./fee-lines.js";

export default defineRule({
  id: "fees/large-pack-fee-without-large-pack",
  title: { fr: "Honoraire grand conditionnement sans grand conditionnement", en: "Large-pack fee without a large pack" },
  severity: "warning",
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
    const findings: Finding<"notLarge">[] = [];
    let unknown = false;
    lines.forEach((line, index) => {
      if (!isLargePackFee(line)) return;
      // The fee's own drug, or the invoice's only drug; without either, any drug known as large may be it.
      const drug = feeTarget(lines, index, isDrug);
      const packs = drug !== undefined ? [drug.largePack] : lines.filter(isDrug).map((candidate) => candidate.largePack);
      if (packs.includes(true)) return;
      // A pack size not sent is not a small pack.
      if (packs.includes(undefined)) {
        unknown = true;
        return;
      }
      findings.push({ messageId: "notLarge", path: ["lines", index, "prestationCode"], params: { line: index + 1, fee: line.prestationCode }, value: line.prestationCode, amountAtRisk: line.amounts.amo });
    });
    if (findings.length === 0 && unknown) return notEvaluated("taille du conditionnement (largePack) non transmise", "pack size (largePack) not sent");
    return findings;
  },
});
