import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import type { InvoiceLine } from "../../model/invoice.js";
import { abroadExclusions, type AbroadExclusion } from "../../reference/abroad-exclusions.js";
import { reducedDurationOf } from "../../reference/reduced-durations.js";
import { ABROAD_SINCE, AMELI_ABROAD } from "./stay.js";

function excludes(exclusion: AbroadExclusion, line: InvoiceLine, date: string): boolean {
  switch (exclusion.kind) {
    case "list":
      return line.list === exclusion.list;
    case "exception-drug":
      return line.exceptionDrug === true;
    case "reduced-duration":
      return reducedDurationOf(line.atc, date) !== undefined;
  }
}

export default defineRule({
  id: "abroad/excluded-product",
  title: { fr: "Produit exclu de la délivrance pour départ à l'étranger", en: "Product excluded from the stay-abroad delivery" },
  severity: "warning",
  payer: "amo",
  consequence: "reject",
  source: AMELI_ABROAD,
  effective: { from: ABROAD_SINCE },
  confidence: "medium",
  reads: ["stayAbroad", "lines"],
  appliesTo: (invoice) => invoice.stayAbroad !== undefined,
  messages: {
    excluded: {
      fr: "Ligne {line} : {kind}, exclu de la procédure de départ à l'étranger.",
      en: "Line {line}: {kind}, excluded from the stay-abroad procedure.",
      hint: {
        fr: "Délivrez ce produit dans ses limites habituelles de durée (stupéfiants 28 jours au plus, hypnotiques 4 semaines, anxiolytiques 12 semaines).",
        en: "Deliver this product within its usual duration limits (narcotics 28 days at most, hypnotics 4 weeks, anxiolytics 12 weeks).",
      },
    },
  },
  check({ invoice, dateOfCare }) {
    const exclusions = abroadExclusions.rowsOn(dateOfCare).map((row) => row.exclusion);
    const findings: Finding<"excluded">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.productKind !== "drug") return;
      const exclusion = exclusions.find((candidate) => excludes(candidate, line, dateOfCare));
      if (exclusion) findings.push({ messageId: "excluded", path: ["lines", index], params: { line: index + 1, kind: exclusion.label }, amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
