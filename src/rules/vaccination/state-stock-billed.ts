import { defineRule } from "../../engine/define-rule.js";
import { centsOf } from "../../engine/cents.js";
import type { Finding } from "../../engine/types.js";
import { stateStockPriceOn } from "../../reference/state-stock.js";
import { isFluVaccine } from "../support/lines.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { BACKOFFICE_FLU } from "../support/sources.js";

type MessageId = "commercialPrice" | "exo7";

export default defineRule({
  id: "vaccination/state-stock-billed",
  title: { fr: "Vaccin du stock État mal facturé", en: "State-stock vaccine billed wrongly" },
  severity: "warning",
  payer: "amo",
  consequence: "reject",
  source: {
    label: `${BACKOFFICE_FLU}: « vaccins stock État, qui sont pris en charge à 100 % sans exonération »; Le Moniteur des pharmacies et Le Quotidien du Pharmacien (2020): prix de 1,99 € TTC`,
    url: "https://www.lagestiondutierspayant.fr/",
  },
  effective: { from: "2020-10-13" },
  confidence: "medium",
  reads: ["vaccination", "lines"],
  appliesTo: (invoice) => invoice.vaccination?.stateStock === true && invoice.lines.some(isFluVaccine),
  messages: {
    commercialPrice: {
      fr: "Ligne {line} : vaccin du stock État facturé {amount} €, au lieu de son prix de {price} €.",
      en: "Line {line}: State-stock vaccine invoiced {amount} € instead of its price of {price} €.",
      hint: {
        fr: "Facturez le vaccin du stock État à son prix ({price} €), à 100 % sans exonération, avec les honoraires habituels.",
        en: "Bill the State-stock vaccine at its price ({price} €), at 100 % without exonération, with the usual fees.",
      },
    },
    exo7: {
      fr: "Ligne {line} : vaccin du stock État avec l'exo 7.",
      en: "Line {line}: State-stock vaccine with exo 7.",
      hint: { fr: "Le stock État est pris en charge à 100 % sans exonération : retirez l'exo 7.", en: "State stock is covered at 100 % without exonération: remove exo 7." },
    },
  },
  check({ invoice, dateOfCare }) {
    const price = stateStockPriceOn(dateOfCare);
    if (price === undefined) return notEvaluated("aucun stock État de vaccins antigrippaux connu à cette date", "no State stock of flu vaccines known on that date");
    const findings: Finding<MessageId>[] = [];
    invoice.lines.forEach((line, index) => {
      if (!isFluVaccine(line)) return;
      if (line.exonerationCode === "7") findings.push({ messageId: "exo7", path: ["lines", index, "exonerationCode"], params: { line: index + 1 }, value: "7", expected: "0" });
      if (centsOf(line.unitPrice) > centsOf(price)) {
        findings.push({ messageId: "commercialPrice", path: ["lines", index, "unitPrice"], params: { line: index + 1, amount: line.unitPrice, price }, value: line.unitPrice, expected: price });
      }
    });
    return findings;
  },
});
