import { centsOf, eurosOf } from "../../engine/cents.js";
import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { linesWithFacts } from "../support/referential.js";

// The public price of a reimbursed drug is fixed by the CEPS and published at the JO (CSS L162-16-4);
// the AMO pays on it and refuses a higher one. The BDPM publishes it every month: an LGO whose
// price file lags behind a price cut bills last month's price.
export default defineRule({
  id: "product/price-above-referential",
  title: { fr: "Prix facturé au-dessus du prix officiel", en: "Price billed above the official price" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: "CSS L162-16-4 (prix de vente au public fixé par convention CEPS ou arrêté, publié au JO); Base de données publique des médicaments (ANSM/HAS/UNCAM), CIS_CIP_bdpm.txt, prix par présentation",
    url: "https://base-donnees-publique.medicaments.gouv.fr/telechargement",
  },
  effective: { from: "2000-01-01" },
  confidence: "high",
  reads: ["lines"],
  messages: {
    above: {
      fr: "Ligne {line} : prix facturé {billed} €, au-dessus du prix officiel de {official} € au {published} (BDPM).",
      en: "Line {line}: price billed {billed} €, above the official price of {official} € on {published} (BDPM).",
      hint: {
        fr: "Mettez à jour la base de prix du logiciel et facturez au prix officiel du jour de la délivrance.",
        en: "Update the software's price file and bill the official price of the dispensing day.",
      },
    },
  },
  check({ invoice, dateOfCare, referential }) {
    const lines = linesWithFacts(invoice.lines, referential, dateOfCare);
    if ("notEvaluated" in lines) return lines;
    const findings: Finding<"above">[] = [];
    for (const { index, line, facts, publishedOn } of lines) {
      if (facts.price === undefined) continue;
      const [billed, official] = [centsOf(line.unitPrice), centsOf(facts.price)];
      if (billed <= official) continue;
      findings.push({
        messageId: "above",
        path: ["lines", index, "unitPrice"],
        params: { line: index + 1, billed: line.unitPrice, official: facts.price, published: publishedOn },
        value: line.unitPrice,
        expected: `≤ ${facts.price}`,
        // The caisse refuses the line: its AMO share is what is lost.
        amountAtRisk: eurosOf(centsOf(line.amounts.amo)),
      });
    }
    return findings;
  },
});
