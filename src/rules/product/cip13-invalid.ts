import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { validateCip13 } from "../../identifiers/cip13.js";
import type { PrestationCode } from "../../model/codes.js";
import { SINCE_ALWAYS } from "../since-always.js";

type MessageId = "missing" | "format" | "key";

const PREPARATIONS: ReadonlySet<PrestationCode> = new Set(["PMR", "PM4", "PMH", "PPI"]);

export default defineRule({
  id: "product/cip13-invalid",
  title: { fr: "Code CIP13 invalide", en: "Invalid CIP13 code" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: "GS1, clé EAN-13; ANSM, codification CIP13 des présentations (préfixe 3400, CSP R5121-4)" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["lines"],
  messages: {
    missing: {
      fr: "Ligne {line} : médicament sans code CIP13.",
      en: "Line {line}: drug without a CIP13 code.",
      hint: { fr: "Scannez la boîte pour reprendre son code CIP13.", en: "Scan the box to take its CIP13 code." },
    },
    format: {
      fr: "Ligne {line} : « {value} » n'est pas un CIP13 (13 chiffres commençant par 3400).",
      en: "Line {line}: « {value} » is not a CIP13 (13 digits starting with 3400).",
      hint: { fr: "Scannez la boîte : un code ACL ou CIP7 n'est pas un code de médicament facturable.", en: "Scan the box: an ACL or CIP7 code is not a billable drug code." },
    },
    key: {
      fr: "Ligne {line} : la clé du CIP13 « {value} » est fausse.",
      en: "Line {line}: the key of CIP13 « {value} » is wrong.",
      hint: { fr: "Un chiffre est mal saisi : scannez la boîte.", en: "A digit is mistyped: scan the box." },
    },
  },
  check({ invoice: { lines } }) {
    const findings: Finding<MessageId>[] = [];
    lines.forEach((line, index) => {
      // A préparation (magistrale, homéopathique, allergènes) is made at the pharmacy and has no CIP13.
      if (line.productKind !== "drug" || PREPARATIONS.has(line.prestationCode)) return;
      if (line.productCode === undefined || line.productCode.trim() === "") {
        findings.push({ messageId: "missing", path: ["lines", index, "productCode"], params: { line: index + 1 } });
        return;
      }
      const result = validateCip13(line.productCode);
      if (result.ok) return;
      findings.push({
        messageId: result.problem,
        path: ["lines", index, "productCode"],
        params: { line: index + 1, value: line.productCode },
        value: line.productCode,
      });
    });
    return findings;
  },
});
