import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { isSecureOrdonnance, ordonnanceForm } from "../support/ordonnance.js";
import { isNarcotic } from "./listed.js";

export default defineRule({
  id: "prescription/narcotic-not-secure",
  title: { fr: "Stupéfiant hors ordonnance sécurisée", en: "Narcotic not on a secure prescription" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: { label: "CSP R5132-5 et R5132-29: stupéfiants prescrits sur ordonnance sécurisée (ou e-prescription), quantités en toutes lettres" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription", "lines"],
  appliesTo: (invoice) => invoice.lines.some(isNarcotic),
  messages: {
    notSecure: {
      fr: "Ligne {line} : stupéfiant délivré sur une ordonnance qui n'est ni sécurisée ni électronique.",
      en: "Line {line}: narcotic dispensed on a prescription that is neither secure nor electronic.",
      hint: { fr: "Un stupéfiant exige une ordonnance sécurisée (une e-prescription en tient lieu) : ne délivrez pas sans elle.", en: "A narcotic requires a secure ordonnance (an e-prescription counts as one): do not dispense without one." },
    },
  },
  check({ invoice }) {
    if (invoice.prescription === undefined) return notEvaluated("ordonnance non transmise", "prescription not sent");
    // Secure is a fact of the ordonnance that combines with the others: a secure bizone for an ALD patient passes.
    const secure = isSecureOrdonnance(ordonnanceForm(invoice.prescription));
    if (secure === undefined) return notEvaluated("ordonnance sécurisée ou non : non transmis", "whether the ordonnance is secure was not sent");
    if (secure) return [];
    const findings: Finding<"notSecure">[] = [];
    invoice.lines.forEach((line, index) => {
      if (isNarcotic(line)) findings.push({ messageId: "notSecure", path: ["lines", index], params: { line: index + 1 }, amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
