import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import type { InvoiceLine } from "../../model/invoice.js";
import { SINCE_ALWAYS } from "../since-always.js";

export default defineRule({
  id: "exoneration/prevention-out-of-programme",
  title: { fr: "Exo 7 hors dispositif de prévention", en: "Exo 7 outside a prevention programme" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: "Norme B2, annexe 9: exo 7 « soins exonérés dans le cadre d'un dispositif de prévention »; facts §4.9, §17.4" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => line.exonerationCode === "7"),
  messages: {
    outside: {
      fr: "Ligne {line} ({code}) : exo 7 sur un produit qui ne relève d'aucun dispositif de prévention.",
      en: "Line {line} ({code}): exo 7 on a product outside any prevention programme.",
      hint: { fr: "L'exo 7 est réservée aux vaccins des programmes de prévention (et à leur honoraire) : facturez selon la situation du patient.", en: "Exo 7 is for vaccines of prevention programmes (and their fee): bill under the patient's situation." },
    },
  },
  check({ invoice }) {
    const inProgramme = (line: InvoiceLine | undefined): boolean => line?.vaccine === "flu" || line?.vaccine === "other";
    const findings: Finding<"outside">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.exonerationCode !== "7") return;
      // Vaccination acts with exo 7 are vaccination/act-billed-as-prevention's business.
      if (line.prestationCode === "VGP" || line.prestationCode === "RVA" || line.prestationCode === "INJ") return;
      const drug = line.forLine !== undefined ? invoice.lines[line.forLine] : line;
      if (inProgramme(drug)) return;
      findings.push({ messageId: "outside", path: ["lines", index, "exonerationCode"], params: { line: index + 1, code: line.prestationCode }, value: "7", amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
