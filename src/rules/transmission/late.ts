import { defineRule } from "../../engine/define-rule.js";
import { workingDaysBetween } from "../../engine/calendar.js";
import { SINCE_ALWAYS } from "../since-always.js";

export default defineRule({
  id: "transmission/late",
  title: { fr: "Transmission au-delà du délai réglementaire", en: "Transmission beyond the regulatory deadline" },
  severity: "warning",
  payer: "amo",
  consequence: "advice",
  source: { label: "CSS R161-47: 3 jours ouvrés en paiement direct, 8 jours ouvrés en dispense d'avance de frais; Cass. 2e civ., 8 octobre 2015, n° 14-20.252 (pas de sanction)" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header"],
  messages: {
    late: {
      fr: "Envoi le {sent}, {days} jours ouvrés après la délivrance du {dispensed} (délai : {limit} jours ouvrés).",
      en: "Sent on {sent}, {days} working days after dispensing on {dispensed} (deadline: {limit} working days).",
      hint: {
        fr: "Télétransmettez sans attendre : le retard n'est pas sanctionné en soi, mais retarde le paiement et expose aux contrôles.",
        en: "Send without waiting: lateness alone is not sanctioned, but it delays payment and draws controls.",
      },
    },
  },
  check({ invoice, asOf }) {
    const sent = invoice.transmissionDate ?? asOf;
    const limit = invoice.tiersPayant.amo ? 8 : 3;
    const days = workingDaysBetween(invoice.dispensingDate, sent);
    if (days <= limit) return [];
    return [{ messageId: "late", path: invoice.transmissionDate ? ["transmissionDate"] : ["dispensingDate"], params: { sent, days, dispensed: invoice.dispensingDate, limit }, value: days, expected: `≤ ${limit}` }];
  },
});
