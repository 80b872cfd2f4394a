import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { BACKOFFICE_SUMMER } from "../support/sources.js";
import { ABROAD_SINCE, USUAL_MAXIMUM_DAYS } from "./stay.js";

export default defineRule({
  id: "abroad/product-not-in-agreement",
  title: { fr: "Produit non couvert par l'accord de la caisse", en: "Product not covered by the caisse's agreement" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: `${BACKOFFICE_SUMMER}: « l'accord ne peut concerner que certains des médicaments prescrits »`, url: "https://www.lagestiondutierspayant.fr/" },
  effective: { from: ABROAD_SINCE },
  confidence: "high",
  reads: ["stayAbroad", "lines"],
  appliesTo: (invoice) => invoice.stayAbroad?.caisseAgreement?.products !== undefined,
  messages: {
    notCovered: {
      fr: "Ligne {line} : {product} délivré pour {days} jours n'est pas dans l'accord de la caisse.",
      en: "Line {line}: {product} delivered for {days} days is not in the caisse's agreement.",
      hint: {
        fr: "Délivrez ce produit pour la durée habituelle seulement (un mois au plus), hors procédure de départ à l'étranger.",
        en: "Deliver this product for the usual duration only (one month at most), outside the stay-abroad procedure.",
      },
    },
  },
  check({ invoice }) {
    const covered = new Set(invoice.stayAbroad!.caisseAgreement!.products);
    const findings: Finding<"notCovered">[] = [];
    let unknownDuration = false;
    invoice.lines.forEach((line, index) => {
      if (line.productKind !== "drug" || line.productCode === undefined || covered.has(line.productCode)) return;
      // Only what goes beyond the usual delivery needs the agreement; a month's supply needs none.
      if (line.daysOfTreatment === undefined) {
        unknownDuration = true;
        return;
      }
      if (line.daysOfTreatment <= USUAL_MAXIMUM_DAYS) return;
      findings.push({
        messageId: "notCovered",
        path: ["lines", index, "productCode"],
        params: { line: index + 1, product: line.label ?? line.productCode, days: line.daysOfTreatment },
        value: line.productCode,
        amountAtRisk: line.amounts.amo,
      });
    });
    if (findings.length === 0 && unknownDuration) {
      return notEvaluated("durée de traitement délivrée inconnue pour un produit hors de l'accord", "treatment days delivered unknown for a product outside the agreement");
    }
    return findings;
  },
});
