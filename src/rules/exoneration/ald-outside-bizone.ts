import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";

export default defineRule({
  id: "exoneration/ald-outside-bizone",
  title: { fr: "Exonération ALD hors zone ALD d'une ordonnance bizone", en: "ALD exonération outside the ALD zone of a bizone prescription" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: { label: "CSS R161-45 (ordonnance bizone: seuls les soins de la partie haute, en rapport avec l'ALD, sont exonérés); facts §4.1" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription", "lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => line.exonerationCode === "4" && line.productKind === "drug"),
  messages: {
    notBizone: {
      fr: "Ligne {line} : exo 4 (ALD) sur une ordonnance qui n'est pas bizone.",
      en: "Line {line}: exo 4 (ALD) on an ordonnance that is not bizone.",
      hint: { fr: "L'ALD ne s'applique qu'aux produits prescrits en partie haute d'une ordonnance bizone : facturez sans exonération.", en: "The ALD applies only to products prescribed in the upper part of a bizone ordonnance: bill without exonération." },
    },
    lowerZone: {
      fr: "Ligne {line} : exo 4 (ALD) sur un produit prescrit en partie basse de l'ordonnance bizone.",
      en: "Line {line}: exo 4 (ALD) on a product prescribed in the lower part of the bizone ordonnance.",
      hint: { fr: "Les produits de la partie basse sont remboursés au taux habituel : retirez l'exo 4.", en: "Products of the lower part are refunded at the usual rate: remove exo 4." },
    },
  },
  check({ invoice }) {
    const bizone = invoice.prescription?.kind === "bizone";
    const findings: Finding<"notBizone" | "lowerZone">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.exonerationCode !== "4" || line.productKind !== "drug") return;
      if (!bizone) findings.push({ messageId: "notBizone", path: ["lines", index, "exonerationCode"], params: { line: index + 1 }, amountAtRisk: line.amounts.amo });
      else if (line.bizoneZone !== "ald") findings.push({ messageId: "lowerZone", path: ["lines", index, "bizoneZone"], params: { line: index + 1 }, amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
