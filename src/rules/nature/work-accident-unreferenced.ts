import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { IR_TAN_V_URL, irTanV } from "../support/sources.js";
import { natureOfLine } from "../support/lines.js";

export default defineRule({
  id: "nature/work-accident-unreferenced",
  title: { fr: "Accident du travail sans référence", en: "Work accident without reference" },
  severity: "warning",
  payer: "amo",
  consequence: "reject",
  source: { label: `Feuille d'accident du travail S6201 ou carte Vitale groupe 103: date et identifiant de l'AT; ${irTanV("I0309", "AT inconnu en BDO à cette date")}`, url: IR_TAN_V_URL },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["header", "amo", "lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => natureOfLine(line, invoice) === "41"),
  messages: {
    unreferenced: {
      fr: "Facture en AT/MP sans {missing} de l'accident.",
      en: "AT/MP invoice without the accident's {missing}.",
      hint: { fr: "Reprenez la date et le numéro de l'accident sur la feuille S6201 présentée par le patient.", en: "Take the accident's date and number from the S6201 sheet the patient presents." },
    },
  },
  check({ invoice }) {
    const accident = invoice.amo.workAccident;
    if (accident === undefined) return notEvaluated("références de l'accident du travail non transmises", "work accident references not sent");
    // A reference sent blank, or a date not given with a reference, leaves the caisse nothing to match.
    const missing = [!accident.date && { fr: "date", en: "date" }, !accident.reference?.trim() && { fr: "référence", en: "reference" }].filter((item) => item !== false) as { fr: string; en: string }[];
    if (missing.length === 0) return [];
    return [{ messageId: "unreferenced", path: ["amo", "workAccident"], params: { missing: { fr: missing.map((item) => item.fr).join(" ni "), en: missing.map((item) => item.en).join(" or ") } } }];
  },
});
