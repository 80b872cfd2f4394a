import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { fluSeasons } from "../../reference/flu-campaigns.js";
import { stateStockPriceOn } from "../../reference/state-stock.js";
import { isFluVaccine, natureOfLine } from "../support/lines.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { BACKOFFICE_FLU } from "../support/sources.js";

type MessageId = "missingExo7" | "childWithExo7";

/** Whether the specific bon for children 2–17 without risk (65 %, no exo 7) existed on a date. */
const childrenBonOn = (date: string): boolean => {
  const since = fluSeasons.rowsOn(date)[0]?.childrenWithoutRiskAt65?.from;
  return since !== undefined && since <= date;
};

export default defineRule({
  id: "vaccination/vaccine-not-prevention",
  title: { fr: "Vaccin antigrippal facturé hors prévention (exo 7)", en: "Flu vaccine not billed under prévention (exo 7)" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: `${BACKOFFICE_FLU}: « le vaccin doit être facturé en exo 7 (prévention) »; FSPF 13 (10/2019): rejet « vaccin grippe sans exo prév »; Vidal (17/10/2023): enfants de 2 à 17 ans sans comorbidité à 65 % sur un bon spécifique`,
    url: "https://pharmaciens13.info/2019/10/facturation-de-lacte-de-vaccination-antigrippale-et-du-vaccin",
  },
  effective: { from: "2008-09-01" },
  confidence: "high",
  reads: ["vaccination", "lines", "header"],
  appliesTo: (invoice) => invoice.lines.some(isFluVaccine),
  messages: {
    missingExo7: {
      fr: "Ligne {line} : vaccin antigrippal sur le bon de prise en charge des groupes cibles, facturé sans l'exonération 7 (prévention).",
      en: "Line {line}: flu vaccine on the target groups' bon de prise en charge, billed without exonération 7 (prévention).",
      hint: {
        fr: "Facturez le vaccin avec l'exo 7 (PREV) : pris en charge à 100 % ; joignez le bon de prise en charge.",
        en: "Bill the vaccine with exo 7 (PREV): covered at 100 %; attach the bon de prise en charge.",
      },
    },
    childWithExo7: {
      fr: "Ligne {line} : bon « enfants de 2 à 17 ans sans facteur de risque » : le vaccin est pris en charge à 65 %, sans exo 7.",
      en: "Line {line}: bon for children aged 2 to 17 without risk factor: the vaccine is covered at 65 %, without exo 7.",
      hint: {
        fr: "Facturez le vaccin sans exonération, avec le bon spécifique « enfants » édité sur amelipro.",
        en: "Bill the vaccine without exonération, with the specific children's bon printed from amelipro.",
      },
    },
  },
  check({ invoice, dateOfCare }) {
    const vaccination = invoice.vaccination;
    if (vaccination === undefined) return notEvaluated("bon de prise en charge (contexte de vaccination) non transmis", "bon de prise en charge (vaccination context) not sent");
    // No bon: vaccination/not-covered-patient-pays. State stock: billed without exo 7 on purpose.
    if (vaccination.voucher === "none" || vaccination.stateStock === true) return [];
    if (vaccination.stateStock === undefined && stateStockPriceOn(dateOfCare) !== undefined) {
      return notEvaluated("vaccin du stock État ou non : non transmis pendant une campagne de stock État", "whether the vaccine came from the State stock was not sent during a State-stock campaign");
    }
    const findings: Finding<MessageId>[] = [];
    let unknownExoneration = false;
    invoice.lines.forEach((line, index) => {
      if (!isFluVaccine(line)) return;
      const path = ["lines", index, "exonerationCode"];
      const code = line.exonerationCode;
      if (code === undefined) {
        unknownExoneration = true;
        return;
      }
      // The bon decides the rate, whatever optional risk flags say.
      if (vaccination.voucher === "child-without-risk") {
        if (code === "7" && childrenBonOn(dateOfCare)) findings.push({ messageId: "childWithExo7", path, params: { line: index + 1 }, value: "7", expected: "0" });
        return;
      }
      // A pregnant woman's vaccine under nature maternité is at 100 % too (nature/maternity-out-of-period checks the period).
      if (code === "7" || natureOfLine(line, invoice) === "30") return;
      findings.push({ messageId: "missingExo7", path, params: { line: index + 1 }, value: code, expected: "7", amountAtRisk: line.amounts.amo });
    });
    if (findings.length === 0 && unknownExoneration) return notEvaluated("exonération de la ligne du vaccin non transmise", "exonération of the vaccine line not sent");
    return findings;
  },
});
