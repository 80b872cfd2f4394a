import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { natureOfLine } from "../support/lines.js";
import { maternityPeriod } from "../support/maternity.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { amoShareOf } from "../support/shares.js";

export default defineRule({
  id: "nature/maternity-out-of-period",
  title: { fr: "Nature maternité hors période de maternité", en: "Maternité nature outside the maternité period" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: "CSS L160-9; ameli « Grossesse : prise en charge »: 100 % du 1er jour du 6e mois de grossesse au 12e jour après l'accouchement" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "patient", "lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => natureOfLine(line, invoice) === "30"),
  messages: {
    outside: {
      fr: "Facturé en maternité le {date}, hors de la période du {from} au {to}.",
      en: "Billed under maternité on {date}, outside the period from {from} to {to}.",
      hint: { fr: "Avant le 6e mois, facturez en maladie (ou prévention) ; vérifiez la date de début de grossesse déclarée.", en: "Before the 6th month, bill under maladie (or prévention); check the declared pregnancy start." },
    },
  },
  check({ invoice, dateOfCare: date }) {
    const pregnancy = invoice.patient.pregnancy;
    const period = pregnancy ? maternityPeriod(pregnancy) : undefined;
    if (!period) return notEvaluated("aucune date de grossesse pour une facture en maternité", "no pregnancy date for an invoice under maternité");
    if (date >= period.from && date <= period.to) return [];
    const lines = invoice.lines.filter((line) => natureOfLine(line, invoice) === "30");
    return [{ messageId: "outside", path: ["natureAssurance"], params: { date, from: period.from, to: period.to }, amountAtRisk: amoShareOf(lines) }];
  },
});
