import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { validateCip13 } from "../../identifiers/cip13.js";
import { SINCE_ALWAYS } from "../since-always.js";

export default defineRule({
  id: "product/ucd-is-not-a-pack",
  title: { fr: "Code UCD facturé comme une boîte", en: "UCD code billed as a pack" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: "Arrêté du 30 décembre 2021 relatif à la codification UCD: préfixe 34008 réservé aux codes UCD13" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["lines"],
  messages: {
    ucd: {
      fr: "Ligne {line} : « {value} » est un code UCD (34008…), pas le code d'une boîte.",
      en: "Line {line}: « {value} » is a UCD code (34008…), not the code of a pack.",
      hint: {
        fr: "Facturez le CIP13 de la présentation délivrée (scannez la boîte), pas l'unité commune de dispensation.",
        en: "Bill the CIP13 of the pack delivered (scan the box), not the unité commune de dispensation.",
      },
    },
  },
  check({ invoice: { lines } }) {
    const findings: Finding<"ucd">[] = [];
    lines.forEach((line, index) => {
      if (line.productKind !== "drug" || line.productCode === undefined) return;
      // Nearly every box is a 3400 9… code, which cannot be a UCD whatever follows: product/cip13-invalid
      // validates it already, so it is not validated twice.
      if (line.productCode.startsWith("34009")) return;
      const result = validateCip13(line.productCode);
      if (result.ok && result.value.kind === "ucd") {
        findings.push({ messageId: "ucd", path: ["lines", index, "productCode"], params: { line: index + 1, value: result.value.code }, value: result.value.code });
      }
    });
    return findings;
  },
});
