import { centsOf, eurosOf } from "../../engine/cents.js";
import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { linesWithFacts } from "../support/referential.js";

// Only drugs on the list of reimbursable specialties are paid (CSS L162-17): a drug delisted (the
// déremboursements of 2021 homeopathy, of 2011–2012 SMR insuffisant…) or not listed yet is refused
// when billed to the AMO. The BDPM gives a presentation no rate when it is not reimbursed.
export default defineRule({
  id: "product/not-reimbursable-on-date",
  title: { fr: "Médicament non remboursable à la date de délivrance", en: "Drug not reimbursable on the dispensing date" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: "CSS L162-17 (liste des spécialités remboursables); Base de données publique des médicaments (ANSM/HAS/UNCAM), CIS_CIP_bdpm.txt: taux de remboursement absent pour une présentation non remboursée",
    url: "https://base-donnees-publique.medicaments.gouv.fr/telechargement",
  },
  effective: { from: "2000-01-01" },
  confidence: "high",
  reads: ["lines"],
  messages: {
    notReimbursed: {
      fr: "Ligne {line} : « {label} » n'est pas remboursable au {published} (BDPM), une part AMO de {amo} € est demandée.",
      en: "Line {line}: « {label} » is not reimbursable on {published} (BDPM), an AMO share of {amo} € is claimed.",
      hint: {
        fr: "Facturez-le hors remboursement (PHN, à la charge du patient) ; mettez à jour la base produits.",
        en: "Bill it as not reimbursed (PHN, paid by the patient); update the product file.",
      },
    },
  },
  check({ invoice, dateOfCare, referential }) {
    const lines = linesWithFacts(invoice.lines, referential, dateOfCare);
    if ("notEvaluated" in lines) return lines;
    const findings: Finding<"notReimbursed">[] = [];
    for (const { index, line, facts, publishedOn } of lines) {
      if (facts.reimbursed || centsOf(line.amounts.amo) === 0n) continue;
      findings.push({
        messageId: "notReimbursed",
        path: ["lines", index, "amounts", "amo"],
        params: { line: index + 1, label: facts.name ?? facts.label, published: publishedOn, amo: line.amounts.amo },
        value: line.amounts.amo,
        expected: "0.00",
        amountAtRisk: eurosOf(centsOf(line.amounts.amo)),
      });
    }
    return findings;
  },
});
