import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { BLUE_VIGNETTE_CODES } from "../../reference/prestation-rates.js";
import { SINCE_ALWAYS } from "../since-always.js";


export default defineRule({
  id: "exoneration/invalidity-on-ph4",
  title: { fr: "Exonération invalidité sur un médicament à 30 %", en: "Invalidité exonération on a 30 % drug" },
  severity: "warning",
  payer: "amo",
  consequence: "reject",
  source: { label: "Sénat, réponse ministérielle du 08/03/1990 (Q. 07857): invalides exonérés « sauf en ce qui concerne les médicaments à vignette bleue »; GIE SESAM-Vitale SFG RG_VF653 (invalidité = exonération 5)" },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium-high",
  reads: ["lines"],
  messages: {
    ph4: {
      fr: "Ligne {line} : exo 5 sur une prestation à 30 % ({code}) ; l'invalidité ne couvre pas ces médicaments.",
      en: "Line {line}: exo 5 on a 30 % prestation ({code}); invalidité does not cover these drugs.",
      hint: { fr: "Facturez la ligne sans exonération, au taux de 30 %.", en: "Bill the line without exonération, at 30 %." },
    },
  },
  check({ invoice }) {
    const findings: Finding<"ph4">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.exonerationCode === "5" && BLUE_VIGNETTE_CODES.has(line.prestationCode)) {
        findings.push({ messageId: "ph4", path: ["lines", index, "exonerationCode"], params: { line: index + 1, code: line.prestationCode }, value: "5", expected: "0" });
      }
    });
    return findings;
  },
});
