import { defineRule } from "../../engine/define-rule.js";
import { isWithin } from "../../engine/calendar.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";

export default defineRule({
  id: "exoneration/ald-not-justified",
  title: { fr: "Exonération ALD sans ALD en cours", en: "ALD exonération without a current ALD" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: "CSS L160-14 3° et 4°; NOEMIE « 0450-054 ETM NON TROUVÉE EN BDO », devenu « 0009-816 ALD INCONNUE EN BASE » (Le Quotidien du Pharmacien, « Télétransmission : le retour NOEMIE évolue », 2024)",
    url: "https://www.lequotidiendupharmacien.fr/exercice-pro/teletransmission-le-retour-noemie-evolue",
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["amo", "lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => line.exonerationCode === "4"),
  messages: {
    noAld: {
      fr: "Ligne {line} : exo 4 (ALD) alors que les droits lus ne montrent aucune ALD au {date}.",
      en: "Line {line}: exo 4 (ALD) while the rights read show no ALD on {date}.",
      hint: { fr: "Vérifiez l'ALD sur la carte Vitale ou par ADRi ; sinon facturez sans exonération.", en: "Check the ALD on the carte Vitale or with ADRi; otherwise bill without exonération." },
    },
  },
  check({ invoice, dateOfCare }) {
    const { ald, exonerations } = invoice.amo;
    // Neither the ALD periods nor the exonérations were read: nothing says there is no ALD.
    if (ald === undefined && exonerations === undefined) return notEvaluated("ALD et exonérations de la carte non transmises", "the card's ALD and exonérations were not sent");
    const hasAld =
      (ald ?? []).some((period) => isWithin(dateOfCare, period)) ||
      (exonerations ?? []).some((exoneration) => exoneration.code === "4" && isWithin(dateOfCare, exoneration));
    if (hasAld) return [];
    const findings: Finding<"noAld">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.exonerationCode === "4") findings.push({ messageId: "noAld", path: ["lines", index, "exonerationCode"], params: { line: index + 1, date: dateOfCare }, value: "4", amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
