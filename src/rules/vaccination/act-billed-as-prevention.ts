import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { isVaccinationAct } from "../support/lines.js";
import { BACKOFFICE_FLU } from "../support/sources.js";

export default defineRule({
  id: "vaccination/act-billed-as-prevention",
  title: { fr: "Acte de vaccination facturé en prévention", en: "Vaccination act billed under prévention" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: `${BACKOFFICE_FLU}: « l'acte de vaccination doit être facturé en fonction de la situation de l'assuré : maternité, ALD, invalidité »; FSPF 13 (10/2019): acte VGP sous la situation de l'assuré`, url: "https://pharmaciens13.info/2019/10/facturation-de-lacte-de-vaccination-antigrippale-et-du-vaccin" },
  effective: { from: "2008-09-01" },
  confidence: "high",
  reads: ["lines"],
  messages: {
    exo7: {
      fr: "Ligne {line} : l'acte {code} est facturé avec l'exo 7, réservée au vaccin.",
      en: "Line {line}: the {code} act is billed with exo 7, which is for the vaccine only.",
      hint: {
        fr: "Facturez l'acte selon la situation du patient : sans exonération (70 %), maternité, ALD (exo 4) ou invalidité (exo 5).",
        en: "Bill the act under the patient's situation: no exonération (70 %), maternité, ALD (exo 4) or invalidité (exo 5).",
      },
    },
  },
  check({ invoice }) {
    const findings: Finding<"exo7">[] = [];
    invoice.lines.forEach((line, index) => {
      if (isVaccinationAct(line) && line.exonerationCode === "7") {
        findings.push({ messageId: "exo7", path: ["lines", index, "exonerationCode"], params: { line: index + 1, code: line.prestationCode }, value: "7", amountAtRisk: line.amounts.amo });
      }
    });
    return findings;
  },
});
