import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import type { InvoiceLine } from "../../model/invoice.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { feeTarget } from "../support/fee-target.js";
import { isVaccinationAct } from "../support/lines.js";
import { notEvaluated } from "../support/not-evaluated.js";

const inProgramme = (line: InvoiceLine): boolean => line.vaccine === "flu" || line.vaccine === "other";
const isVaccine = (line: InvoiceLine): boolean => line.vaccine !== undefined;

/**
 * Whether a fee in exo 7 goes with a programme vaccine: its linked line, or the invoice's vaccines when
 * it names none (a fee cannot be a vaccine's on an invoice without one). Undefined when it cannot tell.
 */
function feeInProgramme(lines: readonly InvoiceLine[], index: number): boolean | undefined {
  const target = feeTarget(lines, index, isVaccine);
  if (target !== undefined) return inProgramme(target);
  const vaccines = lines.filter(isVaccine);
  if (vaccines.length === 0) return false;
  return vaccines.every(inProgramme) ? true : undefined;
}

export default defineRule({
  id: "exoneration/prevention-out-of-programme",
  title: { fr: "Exo 7 hors dispositif de prévention", en: "Exo 7 outside a prevention programme" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: "Norme B2, annexe 9 (copiée par le SNDS, EXO_TM): exo 7 « soins dispensés en risque maladie et exonérés dans le cadre d'un dispositif de prévention »" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => line.exonerationCode === "7"),
  messages: {
    outside: {
      fr: "Ligne {line} ({code}) : exo 7 sur un produit qui ne relève d'aucun dispositif de prévention.",
      en: "Line {line} ({code}): exo 7 on a product outside any prevention programme.",
      hint: { fr: "L'exo 7 est réservée aux vaccins des programmes de prévention (et à leur honoraire) : facturez selon la situation du patient.", en: "Exo 7 is for vaccines of prevention programmes (and their fee): bill under the patient's situation." },
    },
  },
  check({ invoice }) {
    const lines = invoice.lines;
    const findings: Finding<"outside">[] = [];
    let unlinked = false;
    lines.forEach((line, index) => {
      // Vaccination acts with exo 7 are vaccination/act-billed-as-prevention's business.
      if (line.exonerationCode !== "7" || isVaccinationAct(line)) return;
      const judged = line.productKind === "service" ? feeInProgramme(lines, index) : inProgramme(line);
      if (judged === true) return;
      if (judged === undefined) {
        unlinked = true;
        return;
      }
      findings.push({ messageId: "outside", path: ["lines", index, "exonerationCode"], params: { line: index + 1, code: line.prestationCode }, value: "7", amountAtRisk: line.amounts.amo });
    });
    if (findings.length === 0 && unlinked) return notEvaluated("honoraire en exo 7 sans médicament associé (forLine)", "exo 7 fee without a related drug (forLine)");
    return findings;
  },
});
