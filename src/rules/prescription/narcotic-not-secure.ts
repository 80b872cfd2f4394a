import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { isNarcotic } from "./listed.js";

export default defineRule({
  id: "prescription/narcotic-not-secure",
  title: { fr: "Stupéfiant hors ordonnance sécurisée", en: "Narcotic not on a secure prescription" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: { label: "CSP R5132-5 et R5132-29: stupéfiants prescrits sur ordonnance sécurisée, quantités en toutes lettres" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription", "lines"],
  appliesTo: (invoice) => invoice.lines.some(isNarcotic),
  messages: {
    notSecure: {
      fr: "Ligne {line} : stupéfiant délivré sur une ordonnance {kind}, pas sur une ordonnance sécurisée.",
      en: "Line {line}: narcotic dispensed on a {kind} ordonnance, not a secure one.",
      hint: { fr: "Un stupéfiant exige une ordonnance sécurisée : ne délivrez pas sans elle.", en: "A narcotic requires a secure ordonnance: do not dispense without one." },
    },
  },
  check({ invoice }) {
    const kind = invoice.prescription?.kind;
    if (kind === "secure") return [];
    const findings: Finding<"notSecure">[] = [];
    invoice.lines.forEach((line, index) => {
      if (isNarcotic(line)) findings.push({ messageId: "notSecure", path: ["lines", index], params: { line: index + 1, kind: kind ?? "—" }, amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
