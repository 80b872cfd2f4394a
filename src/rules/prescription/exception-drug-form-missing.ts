import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { ordonnanceForm } from "../support/ordonnance.js";
import { IR_TAN_V_URL, irTanV } from "../support/sources.js";

export default defineRule({
  id: "prescription/exception-drug-form-missing",
  title: { fr: "Médicament d'exception sans ordonnance S3326", en: "Exception drug without form S3326" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: `CSS R163-2; ameli: médicaments d'exception remboursés sur l'ordonnance de médicaments d'exception (cerfa S3326) conforme à la fiche d'information thérapeutique; ${irTanV("I4007", "medicament d exception")}`,
    url: IR_TAN_V_URL,
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription", "lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => line.exceptionDrug === true),
  messages: {
    formMissing: {
      fr: "Ligne {line} : médicament d'exception délivré sans ordonnance de médicament d'exception (S3326).",
      en: "Line {line}: exception drug dispensed without an exception-drug ordonnance (S3326).",
      hint: { fr: "Faites établir l'ordonnance S3326 : sans elle, le médicament n'est pas remboursable.", en: "Have the S3326 ordonnance written: without it the drug is not reimbursable." },
    },
  },
  check({ invoice }) {
    if (invoice.prescription === undefined) return notEvaluated("ordonnance non transmise", "prescription not sent");
    const exceptionForm = ordonnanceForm(invoice.prescription).exceptionForm;
    if (exceptionForm === undefined) return notEvaluated("ordonnance de médicament d'exception (S3326) ou non : non transmis", "whether the ordonnance is an S3326 was not sent");
    if (exceptionForm) return [];
    const findings: Finding<"formMissing">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.exceptionDrug === true) findings.push({ messageId: "formMissing", path: ["lines", index], params: { line: index + 1 }, amountAtRisk: line.amounts.amo });
    });
    return findings;
  },
});
