import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { notEvaluated } from "../support/not-evaluated.js";

// Tiers payant contre génériques (CSS L162-16-7): a patient who refuses the generic of a princeps,
// without a justified « non substituable » mention on the ordonnance, gets no dispense d'avance de
// frais: they pay the pharmacy and are refunded on the generic's basis. Billed in tiers payant
// anyway, the AMO's share is recovered from the pharmacy.
export default defineRule({
  id: "substitution/princeps-refused-generic",
  title: { fr: "Princeps en tiers payant après refus du générique", en: "Princeps in tiers payant after the generic was refused" },
  severity: "error",
  payer: "patient",
  consequence: "patient-pays",
  source: {
    label: "CSS L162-16-7 (pas de dispense d'avance de frais lorsque l'assuré refuse la délivrance d'un générique, sauf mention « non substituable » justifiée; rédaction de la LFSS pour 2019, en vigueur le 1er janvier 2020)",
  },
  effective: { from: "2020-01-01" },
  confidence: "high",
  reads: ["header", "lines"],
  appliesTo: (invoice) => invoice.tiersPayant.amo && invoice.lines.some((line) => line.productKind === "drug"),
  messages: {
    refused: {
      fr: "Ligne {line} : princeps délivré en tiers payant alors que le patient a refusé le générique, sans mention « non substituable ».",
      en: "Line {line}: princeps dispensed in tiers payant although the patient refused the generic, with no « non substituable » mention.",
      hint: {
        fr: "Tiers payant contre génériques : le patient qui refuse le générique paie et se fait rembourser sur la base du générique ; facturez hors tiers payant.",
        en: "Tiers payant contre génériques: a patient who refuses the generic pays and is refunded on the generic's basis; bill out of tiers payant.",
      },
    },
  },
  check({ invoice }) {
    const findings: Finding<"refused">[] = [];
    let undecided = false;
    invoice.lines.forEach((line, index) => {
      if (line.productKind !== "drug") return;
      // With a referential, the engine has already given a line that does not declare its generic
      // type the official one (engine/enrich.ts): the declared type is all there is to read.
      if (line.genericType === undefined) {
        undecided = true;
        return;
      }
      // A « non substituable » mention is prescription/non-substitutable-unjustified's business.
      if (line.genericType !== "princeps" || line.nonSubstitutable !== undefined || line.substitution === "generic-unavailable") return;
      if (line.substitution === undefined) {
        undecided = true;
        return;
      }
      findings.push({ messageId: "refused", path: ["lines", index, "substitution"], params: { line: index + 1 }, value: line.substitution, amountAtRisk: line.amounts.amo });
    });
    if (findings.length === 0 && undecided) {
      return notEvaluated(
        "princeps ou non, et refus du générique ou non : non transmis (genericType, substitution)",
        "whether a line is a princeps, and whether the generic was refused, was not sent (genericType, substitution)",
      );
    }
    return findings;
  },
});
