import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { fluVaccineCoverage } from "../../vaccination/flu-coverage.js";
import { isFluVaccine } from "../support/lines.js";
import { SEED_FLU } from "./flu.js";

type MessageId = "missingExo7" | "childWithExo7";

export default defineRule({
  id: "vaccination/vaccine-not-prevention",
  title: { fr: "Vaccin antigrippal facturé hors prévention (exo 7)", en: "Flu vaccine not billed under prévention (exo 7)" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: `${SEED_FLU}: « le vaccin doit être facturé en exo 7 (prévention) »; FSPF 13 (10/2019): rejet « vaccin grippe sans exo prév »; Vidal (17/10/2023): enfants 2–17 ans sans comorbidité à 65 %`,
    url: "https://pharmaciens13.info/2019/10/facturation-de-lacte-de-vaccination-antigrippale-et-du-vaccin",
  },
  effective: { from: "2008-09-01" },
  confidence: "high",
  reads: ["patient", "vaccination", "lines"],
  appliesTo: (invoice) => invoice.vaccination !== undefined && invoice.vaccination.voucher !== "none" && !invoice.vaccination.stateStock && invoice.lines.some(isFluVaccine),
  messages: {
    missingExo7: {
      fr: "Ligne {line} : vaccin antigrippal d'un patient ciblé, avec bon, facturé sans l'exonération 7 (prévention).",
      en: "Line {line}: flu vaccine of a targeted patient holding a bon, billed without exonération 7 (prévention).",
      hint: {
        fr: "Facturez le vaccin avec l'exo 7 (PREV) : pris en charge à 100 % ; joignez le bon de prise en charge.",
        en: "Bill the vaccine with exo 7 (PREV): covered at 100 %; attach the bon de prise en charge.",
      },
    },
    childWithExo7: {
      fr: "Ligne {line} : enfant de 2 à 17 ans sans facteur de risque : le vaccin est pris en charge à 65 %, sans exo 7.",
      en: "Line {line}: child aged 2 to 17 without risk factor: the vaccine is covered at 65 %, without exo 7.",
      hint: {
        fr: "Facturez le vaccin sans exonération, avec le bon spécifique « enfants » édité sur amelipro.",
        en: "Bill the vaccine without exonération, with the specific children's bon printed from amelipro.",
      },
    },
  },
  check({ invoice, dateOfCare }) {
    const coverage = fluVaccineCoverage(invoice.patient, dateOfCare);
    const childAt65 = coverage.rate === 65 || (invoice.vaccination!.voucher === "child-without-risk" && coverage.rate !== 100);
    const findings: Finding<MessageId>[] = [];
    invoice.lines.forEach((line, index) => {
      if (!isFluVaccine(line)) return;
      const path = ["lines", index, "exonerationCode"];
      if (childAt65 && line.exonerationCode === "7") findings.push({ messageId: "childWithExo7", path, params: { line: index + 1 }, value: "7", expected: "0" });
      else if (coverage.rate === 100 && line.exonerationCode !== "7") {
        findings.push({ messageId: "missingExo7", path, params: { line: index + 1 }, value: line.exonerationCode, expected: "7", amountAtRisk: line.amounts.amo });
      }
    });
    return findings;
  },
});
