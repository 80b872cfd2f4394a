import { atcStartsWith } from "../../reference/atc.js";
import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import type { InvoiceLine } from "../../model/invoice.js";
import { dispensingLimits, ORAL_CONTRACEPTIVE_ATC, type DispensingLimitRow } from "../../reference/dispensing-limits.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";

type LimitKind = DispensingLimitRow["kind"];
// The answers of limitKinds, made once: it is asked for every line that says its days of treatment.
const ORAL_CONTRACEPTIVE: readonly LimitKind[] = Object.freeze(["oral-contraceptive"]);
const EITHER_PACK: readonly LimitKind[] = Object.freeze(["standard", "large-pack"]);
const LARGE_PACK: readonly LimitKind[] = Object.freeze(["large-pack"]);
const STANDARD: readonly LimitKind[] = Object.freeze(["standard"]);

/** The limit kinds a line may fall under: a pack size not sent may be a large pack. */
function limitKinds(line: InvoiceLine): readonly LimitKind[] {
  if (atcStartsWith(line.atc, ORAL_CONTRACEPTIVE_ATC)) return ORAL_CONTRACEPTIVE;
  if (line.largePack === undefined) return EITHER_PACK;
  return line.largePack ? LARGE_PACK : STANDARD;
}

export default defineRule({
  id: "prescription/quantity-over-limit",
  title: { fr: "Quantité délivrée au-delà de la durée permise", en: "Quantity delivered beyond the allowed duration" },
  severity: "warning",
  payer: "amo",
  consequence: "clawback",
  source: { label: "CSP R5123-2: 4 semaines ou 30 jours par délivrance, 3 mois pour les grands conditionnements, 12 semaines pour les contraceptifs oraux" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["stayAbroad", "lines"],
  // A stay abroad agreed by the caisse is the derogation that allows more (abroad/* checks it).
  appliesTo: (invoice) => invoice.stayAbroad?.caisseAgreement === undefined,
  messages: {
    tooMuch: {
      fr: "Ligne {line} : {days} jours de traitement délivrés, {limit} au plus.",
      en: "Line {line}: {days} days of treatment delivered, {limit} at most.",
      hint: { fr: "Fractionnez la délivrance ; la quantité au-delà risque d'être récupérée au contrôle.", en: "Split the delivery; the quantity beyond may be recovered at a control." },
    },
  },
  check({ invoice, dateOfCare }) {
    const limits = new Map(dispensingLimits.rowsOn(dateOfCare).map((row) => [row.kind, row.maximumDays]));
    const findings: Finding<"tooMuch">[] = [];
    let unknownPack = false;
    invoice.lines.forEach((line, index) => {
      const days = line.daysOfTreatment;
      if (days === undefined) return;
      const candidates: number[] = [];
      for (const kind of limitKinds(line)) {
        const limit = limits.get(kind);
        if (limit !== undefined) candidates.push(limit);
      }
      if (candidates.length === 0 || candidates.some((limit) => days <= limit)) {
        // Within the standard limit nothing is unknown; between it and a large pack's, the pack decides.
        if (candidates.length > 1 && days > Math.min(...candidates)) unknownPack = true;
        return;
      }
      const limit = Math.max(...candidates);
      findings.push({ messageId: "tooMuch", path: ["lines", index, "daysOfTreatment"], params: { line: index + 1, days, limit }, value: days, expected: `≤ ${limit}` });
    });
    if (findings.length === 0 && unknownPack) return notEvaluated("conditionnement (largePack) non transmis pour plus de 30 jours délivrés", "pack size (largePack) not sent for more than 30 days delivered");
    return findings;
  },
});
