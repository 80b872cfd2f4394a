import { defineRule } from "../../engine/define-rule.js";
import { isWithin } from "../../engine/calendar.js";
import { sumMoney, toCents } from "../../engine/money.js";
import { SINCE_ALWAYS } from "../since-always.js";

export default defineRule({
  id: "rights/amo-not-open",
  title: { fr: "Droits AMO non ouverts à la date de délivrance", en: "AMO rights not open on the dispensing date" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: "SESAM-Vitale, carte Vitale groupe 105 (périodes de droits) et ADRi; facts.md DRT-01" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "amo", "lines"],
  messages: {
    closed: {
      fr: "Le {date}, aucune période de droits AMO n'est ouverte ({periods}).",
      en: "On {date}, no AMO rights period is open ({periods}).",
      hint: {
        fr: "Mettez à jour la carte Vitale ou interrogez ADRi : un changement de caisse ou une fin de droits donne un rejet « droits non ouverts ».",
        en: "Update the carte Vitale or query ADRi: a caisse change or an end of rights gives a « droits non ouverts » reject.",
      },
    },
  },
  check({ invoice }) {
    const date = invoice.dispensingDate;
    if (invoice.amo.rightsPeriods.some((period) => isWithin(date, period))) return [];
    const periods = invoice.amo.rightsPeriods.map((period) => `${period.from} → ${period.to ?? "…"}`).join(", ") || "—";
    return [
      {
        messageId: "closed",
        path: ["amo", "rightsPeriods"],
        params: { date, periods },
        amountAtRisk: toCents(sumMoney(invoice.lines.map((line) => line.amounts.amo))),
      },
    ];
  },
});
