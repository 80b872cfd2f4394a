import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { ABROAD_SINCE, SEED_ABROAD } from "./stay.js";

export default defineRule({
  id: "abroad/product-not-in-agreement",
  title: { fr: "Produit non couvert par l'accord de la caisse", en: "Product not covered by the caisse's agreement" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: `${SEED_ABROAD}: « l'accord ne peut concerner que certains des médicaments prescrits »` },
  effective: { from: ABROAD_SINCE },
  confidence: "high",
  reads: ["stayAbroad", "lines"],
  appliesTo: (invoice) => invoice.stayAbroad?.caisseAgreement?.products !== undefined,
  messages: {
    notCovered: {
      fr: "Ligne {line} : {product} n'est pas dans l'accord de la caisse.",
      en: "Line {line}: {product} is not in the caisse's agreement.",
      hint: {
        fr: "Délivrez ce produit pour la durée habituelle seulement, hors procédure de départ à l'étranger.",
        en: "Deliver this product for the usual duration only, outside the stay-abroad procedure.",
      },
    },
  },
  check({ invoice }) {
    const covered = new Set(invoice.stayAbroad!.caisseAgreement!.products);
    const findings: Finding<"notCovered">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.productKind !== "drug" || line.productCode === undefined || covered.has(line.productCode)) return;
      findings.push({
        messageId: "notCovered",
        path: ["lines", index, "productCode"],
        params: { line: index + 1, product: line.label ?? line.productCode },
        value: line.productCode,
        amountAtRisk: line.amounts.amo,
      });
    });
    return findings;
  },
});
