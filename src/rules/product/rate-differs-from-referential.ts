import { centsOf, eurosOf } from "../../engine/cents.js";
import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { prestationRate } from "../../reference/prestation-rates.js";
import { linesWithFacts } from "../support/referential.js";

/** The rates a drug can have on a date (CSS R160-5, R160-8): another published figure is not read. */
const DRUG_RATES: ReadonlySet<number> = new Set([100, 65, 30, 15]);

// The prestation code carries the rate the AMO pays (PH7 65 %, PH4 30 %, PH2 15 %, PH1 100 %); the
// product's rate is set by the UNCAM and published in the BDPM. A code of another rate than the
// product's is refused, or paid at the wrong rate and recovered.
export default defineRule({
  id: "product/rate-differs-from-referential",
  title: { fr: "Code prestation d'un autre taux que celui du médicament", en: "Prestation code of another rate than the drug's" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: "CSS R160-5 et R160-8 (taux par classe de médicaments, code prestation PH1 / PH2 / PH4 / PH7); Base de données publique des médicaments (ANSM/HAS/UNCAM), CIS_CIP_bdpm.txt, taux de remboursement par présentation",
    url: "https://base-donnees-publique.medicaments.gouv.fr/telechargement",
  },
  effective: { from: "2011-05-02" },
  confidence: "high",
  reads: ["lines"],
  messages: {
    otherRate: {
      fr: "Ligne {line} : code {code} ({codeRate} %) pour un médicament remboursé à {rate} % au {published} (BDPM).",
      en: "Line {line}: code {code} ({codeRate} %) for a drug reimbursed at {rate} % on {published} (BDPM).",
      hint: {
        fr: "Facturez le code prestation du taux du médicament (PH7 65 %, PH4 30 %, PH2 15 %, PH1 100 %) ; mettez à jour la base produits.",
        en: "Bill the prestation code of the drug's rate (PH7 65 %, PH4 30 %, PH2 15 %, PH1 100 %); update the product file.",
      },
    },
  },
  check({ invoice, dateOfCare, referential }) {
    const lines = linesWithFacts(invoice.lines, referential, dateOfCare);
    if ("notEvaluated" in lines) return lines;
    const findings: Finding<"otherRate">[] = [];
    for (const { index, line, facts, publishedOn } of lines) {
      if (facts.ratePercent === undefined || !DRUG_RATES.has(facts.ratePercent)) continue;
      const codeRate = prestationRate(line.prestationCode, dateOfCare);
      // No pinned rate for the code, or a code of no reimbursement: not this rule's question.
      if (codeRate === undefined || codeRate === 0 || codeRate === facts.ratePercent) continue;
      findings.push({
        messageId: "otherRate",
        path: ["lines", index, "prestationCode"],
        params: { line: index + 1, code: line.prestationCode, codeRate, rate: facts.ratePercent, published: publishedOn },
        value: line.prestationCode,
        expected: `${facts.ratePercent} %`,
        amountAtRisk: eurosOf(centsOf(line.amounts.amo)),
      });
    }
    return findings;
  },
});
