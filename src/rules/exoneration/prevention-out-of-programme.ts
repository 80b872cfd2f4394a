import { atcStartsWith } from "../../reference/atc.js";
import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import type { InvoiceLine } from "../../model/invoice.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { feeTarget } from "../support/fee-target.js";
import { isVaccinationAct } from "../support/lines.js";
import { notEvaluated } from "../support/not-evaluated.js";

// Vaccines are ATC J07: a product with another ATC code is known not to be one, whatever `vaccine` says.
const VACCINE_ATC = "J07";

/**
 * Whether a product belongs to a prevention programme: a flu or calendar vaccine. A product whose
 * vaccine kind was not sent is unknown, unless its ATC code says it is no vaccine at all.
 */
function inProgramme(line: InvoiceLine): boolean | undefined {
  if (line.vaccine !== undefined) return line.vaccine === "flu" || line.vaccine === "other";
  if (line.atc !== undefined && !atcStartsWith(line.atc, VACCINE_ATC)) return false;
  return undefined;
}
// The products a fee without forLine may belong to: the vaccines, and the products whose kind is unknown.
const mayBeVaccine = (line: InvoiceLine): boolean => line.productKind !== "service" && (line.vaccine !== undefined || inProgramme(line) !== false);

/**
 * Whether a fee in exo 7 goes with a programme vaccine: its linked line, or the invoice's products when
 * it names none (a fee cannot be a vaccine's on an invoice whose products are all known not to be).
 */
function feeInProgramme(lines: readonly InvoiceLine[], index: number): boolean | undefined {
  const target = feeTarget(lines, index, mayBeVaccine);
  if (target !== undefined) return inProgramme(target);
  const candidates = lines.filter(mayBeVaccine);
  if (candidates.length === 0) return false;
  const known = candidates.map(inProgramme);
  return known.every((status) => status === true) ? true : undefined;
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
    let undecided = false;
    lines.forEach((line, index) => {
      // Vaccination acts with exo 7 are vaccination/act-billed-as-prevention's business.
      if (line.exonerationCode !== "7" || isVaccinationAct(line)) return;
      const judged = line.productKind === "service" ? feeInProgramme(lines, index) : inProgramme(line);
      if (judged === true) return;
      if (judged === undefined) {
        undecided = true;
        return;
      }
      findings.push({ messageId: "outside", path: ["lines", index, "exonerationCode"], params: { line: index + 1, code: line.prestationCode }, value: "7", amountAtRisk: line.amounts.amo });
    });
    if (findings.length === 0 && undecided) {
      return notEvaluated("produit en exo 7 dont on ne sait pas s'il est un vaccin (ni vaccine, ni code ATC, ni forLine)", "exo 7 product not known to be a vaccine or not (no vaccine kind, ATC code or forLine)");
    }
    return findings;
  },
});
