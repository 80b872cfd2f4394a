import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { isVaccinationAct, natureOfLine } from "../support/lines.js";
import { maternityPeriod } from "../support/maternity.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { BACKOFFICE_FLU } from "../support/sources.js";

export default defineRule({
  id: "vaccination/pregnancy-use-maternity",
  title: { fr: "Femme enceinte : acte de vaccination hors maternité", en: "Pregnant woman: vaccination act not under maternité" },
  severity: "warning",
  payer: "amo",
  consequence: "reject",
  source: { label: `${BACKOFFICE_FLU}: « femmes enceintes (prestation à facturer avec l'exonération Maternité) »; CSS L160-9; ameli « Grossesse : prise en charge »` },
  effective: { from: "2008-09-01" },
  confidence: "medium",
  reads: ["header", "patient", "lines"],
  appliesTo: (invoice) => invoice.patient.pregnancy !== undefined && invoice.lines.some(isVaccinationAct),
  messages: {
    notMaternity: {
      fr: "Ligne {line} : patiente dans sa période de maternité (depuis le {from}) : l'acte {code} se facture en nature maternité.",
      en: "Line {line}: patient in her maternité period (since {from}): the {code} act is billed under nature maternité.",
      hint: { fr: "Facturez l'acte en maternité (100 %) ; le vaccin reste en prévention (exo 7).", en: "Bill the act under maternité (100 %); the vaccine stays under prévention (exo 7)." },
    },
  },
  check({ invoice, dateOfCare }) {
    const period = maternityPeriod(invoice.patient.pregnancy!);
    if (!period) return notEvaluated("ni date de début de grossesse ni date présumée d'accouchement", "neither pregnancy start nor expected delivery date");
    if (dateOfCare < period.from || dateOfCare > period.to) return [];
    const findings: Finding<"notMaternity">[] = [];
    invoice.lines.forEach((line, index) => {
      if (isVaccinationAct(line) && natureOfLine(line, invoice) !== "30") {
        findings.push({ messageId: "notMaternity", path: ["lines", index, "natureAssurance"], params: { line: index + 1, from: period.from, code: line.prestationCode }, expected: "30" });
      }
    });
    return findings;
  },
});
