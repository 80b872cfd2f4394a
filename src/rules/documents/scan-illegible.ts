import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";
import type { Finding } from "../../engine/types.js";
import { BACKOFFICE_SUMMER } from "../support/sources.js";

/** Resolution recommended for SCOR images (cahier des charges SCOR PDT-CDC-002: 150–200 dpi). */
const MINIMUM_DPI = 200;

export default defineRule({
  id: "documents/scan-illegible",
  title: { fr: "Pièce scannée illisible", en: "Illegible scanned document" },
  severity: "warning",
  payer: "amo",
  consequence: "clawback",
  source: { label: `Cahier des charges SCOR PDT-CDC-002 v2.11 (résolution, lisibilité); ${BACKOFFICE_SUMMER}: « scanner les documents et s'assurer qu'ils soient lisibles »` },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["documents"],
  messages: {
    illegible: {
      fr: "La pièce {kind} est signalée illisible.",
      en: "The {kind} document is flagged illegible.",
      hint: { fr: "Scannez-la de nouveau, à plat et en entier.", en: "Scan it again, flat and whole." },
    },
    lowResolution: {
      fr: "La pièce {kind} est scannée à {dpi} dpi, sous les {minimum} dpi recommandés.",
      en: "The {kind} document is scanned at {dpi} dpi, below the recommended {minimum} dpi.",
      hint: { fr: "Réglez le scanner à 200 dpi au moins.", en: "Set the scanner to at least 200 dpi." },
    },
  },
  check({ invoice }) {
    const findings: Finding<"illegible" | "lowResolution">[] = [];
    (invoice.documents ?? []).forEach((document, index) => {
      if (document.legible === false) findings.push({ messageId: "illegible", path: ["documents", index, "legible"], params: { kind: document.kind } });
      else if (document.dpi !== undefined && document.dpi < MINIMUM_DPI) {
        findings.push({ messageId: "lowResolution", path: ["documents", index, "dpi"], params: { kind: document.kind, dpi: document.dpi, minimum: MINIMUM_DPI }, value: document.dpi, expected: `≥ ${MINIMUM_DPI}` });
      }
    });
    return findings;
  },
});
