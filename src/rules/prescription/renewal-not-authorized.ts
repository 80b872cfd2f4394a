import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";

export default defineRule({
  id: "prescription/renewal-not-authorized",
  title: { fr: "Renouvellement de liste I non autorisé", en: "Liste I renewal not authorised" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: { label: "CSP R5132-22: un médicament de la liste I n'est renouvelé que si le prescripteur l'a expressément autorisé" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription", "lines"],
  appliesTo: (invoice) => (invoice.prescription?.renewal?.deliveryIndex ?? 0) > 0,
  messages: {
    notAuthorized: {
      fr: "Ligne {line} : renouvellement n° {index} d'un médicament de liste I, l'ordonnance en autorise {authorized}.",
      en: "Line {line}: renewal no. {index} of a liste I drug, the ordonnance authorises {authorized}.",
      hint: { fr: "Sans mention « à renouveler », une nouvelle ordonnance est nécessaire.", en: "Without a « à renouveler » mention, a new ordonnance is needed." },
    },
  },
  check({ invoice }) {
    const renewal = invoice.prescription!.renewal!;
    if (renewal.deliveryIndex <= renewal.authorized) return [];
    const findings: Finding<"notAuthorized">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.list === "I") findings.push({ messageId: "notAuthorized", path: ["lines", index], params: { line: index + 1, index: renewal.deliveryIndex, authorized: renewal.authorized }, amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
