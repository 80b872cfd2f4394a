import { defineRule } from "../../engine/define-rule.js";
import { centsOf, eurosOf, fractionOf } from "../../engine/cents.js";
import type { Finding, Referential } from "../../engine/types.js";
import type { EarlierDelivery, InvoiceLine, Prescription } from "../../model/invoice.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { onSameOrdonnance } from "../support/earlier-deliveries.js";
import { notEvaluated } from "../support/not-evaluated.js";

/** The generic groups of a product on a date, from the referential: two presentations of one group are the same treatment. */
function groupsOf(productCode: string | undefined, date: string, referential: Referential | undefined): readonly string[] {
  if (productCode === undefined || referential === undefined) return [];
  const lookup = referential.product(productCode, date);
  return lookup.status === "found" ? (lookup.facts.genericGroups ?? []).map((group) => group.id) : [];
}

/**
 * The same product of the ordonnance: the same CIP13, or a presentation of the same generic group (a
 * substitution), both read on this delivery's date of care: whether two boxes are one treatment is
 * asked of today's referential, which an earlier delivery may predate.
 */
function sameProduct(line: InvoiceLine, lineGroups: readonly string[], entry: EarlierDelivery, dateOfCare: string, referential: Referential | undefined): boolean {
  if (line.productCode === entry.productCode) return true;
  if (lineGroups.length === 0) return false;
  return groupsOf(entry.productCode, dateOfCare, referential).some((group) => lineGroups.includes(group));
}

type Earlier = { readonly days: number } | { readonly undecided: true };

/**
 * The days already delivered of this line's product on this ordonnance. Without the history, a
 * first delivery has none; a renewal cannot be judged. A delivery that may belong to the ordonnance
 * (its date or prescriber not sent), or whose days are not known, leaves it undecided.
 */
function earlierDays(line: InvoiceLine, invoice: { readonly dispensingDate: string; readonly history?: readonly EarlierDelivery[] | undefined }, prescription: Prescription, dateOfCare: string, referential: Referential | undefined): Earlier {
  if (invoice.history === undefined) return prescription.renewal?.deliveryIndex === 0 ? { days: 0 } : { undecided: true };
  const lineGroups = groupsOf(line.productCode, dateOfCare, referential);
  let days = 0;
  for (const entry of invoice.history) {
    // Deliveries of the same day may be this one as the LGO recorded it: only earlier days count.
    if (entry.date >= invoice.dispensingDate || entry.date < prescription.date) continue;
    if (!sameProduct(line, lineGroups, entry, dateOfCare, referential)) continue;
    const ordonnance = onSameOrdonnance(entry, prescription);
    if (ordonnance === "no") continue;
    if (ordonnance === "unknown" || entry.daysOfTreatment === undefined) return { undecided: true };
    days += entry.daysOfTreatment;
  }
  return { days };
}

// CSP R5123-2 (quoted by CSS R162-20-5): a treatment is delivered by periods within what the
// prescriber wrote, its renewals included. What is billed beyond the prescribed period has no
// ordonnance behind it and is recovered at a control. Boxes are indivisible: a last box that covers
// more than the days left is normal; a box that was not needed at all is not.
export default defineRule({
  id: "prescription/beyond-prescribed-period",
  title: { fr: "Quantité délivrée au-delà de la durée prescrite", en: "Quantity delivered beyond the prescribed period" },
  severity: "warning",
  payer: "amo",
  consequence: "clawback",
  source: {
    label: "CSP R5123-2 (repris par CSS R162-20-5): délivrance par périodes dans la limite de la durée de traitement prescrite, renouvellements compris",
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "prescription", "lines", "history"],
  appliesTo: (invoice) =>
    invoice.prescription !== undefined && invoice.lines.some((line) => line.prescribedDaysOfTreatment !== undefined && line.daysOfTreatment !== undefined),
  messages: {
    beyond: {
      fr: "Ligne {line} : {earlier} jours déjà délivrés sur cette ordonnance et {days} de plus, pour {allowed} jours prescrits ; {excess} boîte(s) au-delà.",
      en: "Line {line}: {earlier} days already delivered on this ordonnance and {days} more, for {allowed} days prescribed; {excess} box(es) beyond.",
      hint: {
        fr: "Ne délivrez que les boîtes nécessaires pour finir le traitement prescrit ; au-delà, une nouvelle ordonnance est nécessaire.",
        en: "Deliver only the boxes needed to finish the prescribed treatment; beyond it, a new ordonnance is needed.",
      },
    },
  },
  check({ invoice, dateOfCare, referential }) {
    const prescription = invoice.prescription!;
    const findings: Finding<"beyond">[] = [];
    let undecided = false;
    invoice.lines.forEach((line, index) => {
      const prescribed = line.prescribedDaysOfTreatment;
      const days = line.daysOfTreatment;
      if (prescribed === undefined || days === undefined) return;
      // The written renewals multiply the period when the LGO gives it per delivery: the generous
      // reading, so that a duration sent as the whole treatment is never cut short.
      const renewals = prescription.renewal?.authorized;
      const allowed = prescribed * (1 + (renewals ?? 0));
      const earlier = earlierDays(line, invoice, prescription, dateOfCare, referential);
      if ("undecided" in earlier) {
        undecided = true;
        return;
      }
      if (earlier.days + days <= allowed) return;
      if (renewals === undefined) {
        undecided = true;
        return;
      }
      // The boxes needed for the days left; the others were not (integer days per box × boxes).
      const boxes = line.quantity;
      const left = Math.max(0, allowed - earlier.days);
      const needed = Math.ceil((left * boxes) / days);
      const excess = boxes - needed;
      if (excess <= 0) return;
      findings.push({
        messageId: "beyond",
        path: ["lines", index, "quantity"],
        params: { line: index + 1, earlier: earlier.days, days, allowed, excess },
        value: boxes,
        expected: needed,
        amountAtRisk: eurosOf(fractionOf(centsOf(line.amounts.amo), excess, boxes)),
      });
    });
    if (findings.length === 0 && undecided) {
      return notEvaluated(
        "délivrances précédentes de l'ordonnance (dates, prescripteur, jours) ou renouvellements écrits non transmis",
        "the ordonnance's earlier deliveries (dates, prescriber, days) or the renewals written were not sent",
      );
    }
    return findings;
  },
});
