import { defineRule } from "../../engine/define-rule.js";
import { isWithin } from "../../engine/calendar.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";

export default defineRule({
  id: "exoneration/ald-not-justified",
  title: { fr: "Exonération ALD sans ALD en cours", en: "ALD exonération without a current ALD" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: "CSS L160-14 3° et 4°; NOEMIE « 0009-816 ALD INCONNUE EN BASE » (Le Quotidien du Pharmacien, 2024); facts §4.1" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "amo", "lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => line.exonerationCode === "4"),
  messages: {
    noAld: {
      fr: "Ligne {line} : exo 4 (ALD) alors qu'aucune ALD n'est connue au {date}.",
      en: "Line {line}: exo 4 (ALD) while no ALD is known on {date}.",
      hint: { fr: "Vérifiez l'ALD sur la carte Vitale ou par ADRi ; sinon facturez sans exonération.", en: "Check the ALD on the carte Vitale or with ADRi; otherwise bill without exonération." },
    },
  },
  check({ invoice }) {
    const date = invoice.dispensingDate;
    const hasAld = invoice.amo.ald.some((period) => isWithin(date, period)) || invoice.amo.exonerations.some((exoneration) => exoneration.code === "4" && isWithin(date, exoneration));
    if (hasAld) return [];
    const findings: Finding<"noAld">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.exonerationCode === "4") findings.push({ messageId: "noAld", path: ["lines", index, "exonerationCode"], params: { line: index + 1, date }, value: "4", amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
