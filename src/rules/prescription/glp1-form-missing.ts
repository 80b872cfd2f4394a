import { centsOf } from "../../engine/cents.js";
import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { notEvaluated } from "../support/not-evaluated.js";

/** The GLP-1 analogues of type 2 diabetes the supporting form is for: exénatide, liraglutide, dulaglutide, sémaglutide. */
const GLP1_OF_DIABETES: ReadonlySet<string> = new Set(["A10BJ01", "A10BJ02", "A10BJ05", "A10BJ06"]);

// Against the use of Ozempic, Trulicity and Victoza outside their indication, the AMO reimburses
// them from 2025-09-01 only when the prescriber's supporting form (on amelipro, « dans l'AMM ») is
// presented with the ordonnance; without it the patient pays. From 2025-02-01 to 2025-08-31 a
// transition allowed a delivery without the form, out of tiers payant, with dates that moved several
// times (May, June): those months are not judged.
export default defineRule({
  id: "prescription/glp1-form-missing",
  title: { fr: "Analogue du GLP-1 sans son justificatif de prescription", en: "GLP-1 analogue without its prescription form" },
  severity: "warning",
  payer: "patient",
  consequence: "patient-pays",
  source: {
    label: "Le Quotidien du Pharmacien, « Ozempic, Trulicity, Victoza : le formulaire désormais obligatoire pour le remboursement » (09/2025), citant la CPAM: prise en charge uniquement sur présentation du justificatif à partir du 1er septembre 2025",
    url: "https://lequotidiendupharmacien.fr/exercice-pro/ozempic-trulicity-victoza-le-formulaire-desormais-obligatoire-pour-le-remboursement",
  },
  effective: { from: "2025-09-01" },
  confidence: "medium-high",
  reads: ["header", "prescription", "lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => line.atc !== undefined && GLP1_OF_DIABETES.has(line.atc)),
  messages: {
    noForm: {
      fr: "Ligne {line} : analogue du GLP-1 facturé à l'AMO sans le justificatif d'accompagnement de la prescription.",
      en: "Line {line}: GLP-1 analogue billed to the AMO without the prescription's supporting form.",
      hint: {
        fr: "Demandez le justificatif (établi par le médecin sur amelipro) et saisissez son code PRR ; sans lui, le patient paie le médicament.",
        en: "Ask for the supporting form (made by the doctor on amelipro) and enter its PRR code; without it, the patient pays for the drug.",
      },
    },
  },
  check({ invoice }) {
    const form = invoice.prescription?.glp1Form;
    if (form === undefined) return notEvaluated("justificatif GLP-1 présenté ou non : non transmis", "whether the GLP-1 supporting form was presented was not sent");
    if (form) return [];
    const findings: Finding<"noForm">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.atc === undefined || !GLP1_OF_DIABETES.has(line.atc) || centsOf(line.amounts.amo) === 0n) return;
      findings.push({ messageId: "noForm", path: ["lines", index], params: { line: index + 1 }, amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
