import { defineRule } from "../../engine/define-rule.js";
import { isWithin } from "../../engine/calendar.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { IR_TAN_V_URL, irTanV } from "../support/sources.js";
import { amoShareOf } from "../support/shares.js";

export default defineRule({
  id: "rights/amo-not-open",
  title: { fr: "Droits AMO non ouverts à la date de délivrance", en: "AMO rights not open on the dispensing date" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: `${irTanV("I1002", "droits non ouverts")}; carte Vitale, groupe 105 (périodes de droits, SESAM-Vitale 1.40) et ADRi`, url: IR_TAN_V_URL },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["amo", "lines"],
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
  check({ invoice, dateOfCare }) {
    const periods = invoice.amo.rightsPeriods;
    // Rights not read are unknown, not closed; periods read and none open is the reject.
    if (periods === undefined) return notEvaluated("périodes de droits AMO non transmises", "AMO rights periods not sent");
    if (periods.some((period) => isWithin(dateOfCare, period))) return [];
    return [
      {
        messageId: "closed",
        path: ["amo", "rightsPeriods"],
        params: { date: dateOfCare, periods: periods.map((period) => `${period.from} → ${period.to ?? "…"}`).join(", ") || "—" },
        amountAtRisk: amoShareOf(invoice.lines),
      },
    ];
  },
});
