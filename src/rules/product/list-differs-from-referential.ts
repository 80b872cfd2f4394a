import { defineRule } from "../../engine/define-rule.js";
import type { Finding, ProductList } from "../../engine/types.js";
import { linesWithFacts } from "../support/referential.js";

const LIST_NAMES: Readonly<Record<ProductList, { fr: string; en: string }>> = {
  I: { fr: "liste I", en: "list I" },
  II: { fr: "liste II", en: "list II" },
  stupefiant: { fr: "stupéfiant", en: "narcotic" },
  none: { fr: "sans liste", en: "no list" },
};

// The checks of the ordonnance (secure ordonnance and 28 days for a stupéfiant, renewals of liste I,
// reduced durations) read the list the LGO declares on the line. A product file that says "liste I"
// for a stupéfiant lets those checks pass an invoice the caisse will recover: the list the BDPM
// publishes for the date of care is compared with it.
export default defineRule({
  id: "product/list-differs-from-referential",
  title: { fr: "Liste déclarée différente de la liste officielle", en: "Declared list differs from the official one" },
  severity: "warning",
  payer: "amo",
  consequence: "clawback",
  source: {
    label: "CSP L5132-1 et L5132-6 (listes I et II, stupéfiants); Base de données publique des médicaments (ANSM/HAS/UNCAM), CIS_CPD_bdpm.txt, conditions de prescription et de délivrance",
    url: "https://base-donnees-publique.medicaments.gouv.fr/telechargement",
  },
  effective: { from: "2000-01-01" },
  confidence: "high",
  reads: ["lines"],
  messages: {
    otherList: {
      fr: "Ligne {line} : déclaré {declared}, « {label} » est {official} au {published} (BDPM) ; les contrôles de l'ordonnance ont lu la liste déclarée.",
      en: "Line {line}: declared {declared}, « {label} » is {official} on {published} (BDPM); the ordonnance's checks read the declared list.",
      hint: {
        fr: "Mettez à jour la base produits du logiciel, puis contrôlez à nouveau : ordonnance sécurisée, durée et renouvellements dépendent de la liste.",
        en: "Update the software's product file, then check again: secure ordonnance, duration and renewals depend on the list.",
      },
    },
  },
  check({ invoice, dateOfCare, referential }) {
    const lines = linesWithFacts(invoice.lines, referential, dateOfCare);
    if ("notEvaluated" in lines) return lines;
    const findings: Finding<"otherList">[] = [];
    for (const { index, line, facts, publishedOn } of lines) {
      // Without CIS_CPD the snapshot does not know the list; a line that declares none says nothing.
      if (facts.list === undefined || line.list === undefined || line.list === facts.list) continue;
      findings.push({
        messageId: "otherList",
        path: ["lines", index, "list"],
        params: { line: index + 1, declared: LIST_NAMES[line.list], official: LIST_NAMES[facts.list], label: facts.name ?? facts.label, published: publishedOn },
        value: line.list,
        expected: facts.list,
      });
    }
    return findings;
  },
});
