import { atcStartsWith } from "../../reference/atc.js";
import { defineRule } from "../../engine/define-rule.js";
import { addMonths, birthDateForAge } from "../../engine/calendar.js";
import { centsOf, eurosOf } from "../../engine/cents.js";
import type { Finding } from "../../engine/types.js";
import type { InvoiceLine } from "../../model/invoice.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { sensitiveDrugs, type SensitiveCriterion } from "../../reference/sensitive-drugs.js";

function matches(criterion: SensitiveCriterion, line: InvoiceLine): boolean {
  switch (criterion.kind) {
    case "price-above":
      return centsOf(line.unitPrice) > centsOf(criterion.euros);
    case "list":
      return line.list === criterion.list;
    case "atc":
      return atcStartsWith(line.atc, criterion.prefix);
  }
}

function describe(criterion: SensitiveCriterion): { fr: string; en: string } {
  switch (criterion.kind) {
    case "price-above":
      return { fr: `prix supérieur à ${criterion.euros} € la boîte`, en: `price above ${criterion.euros} € a box` };
    case "list":
      return { fr: "stupéfiant", en: "narcotic (stupéfiant)" };
    case "atc":
      return { fr: criterion.label, en: criterion.label };
  }
}

export default defineRule({
  id: "rights/vitale-required-for-sensitive-drug",
  title: { fr: "Médicament sensible en tiers payant sans carte Vitale", en: "Sensitive drug in tiers payant without carte Vitale" },
  severity: "warning",
  payer: "patient",
  consequence: "patient-pays",
  source: {
    label: "Avenant n° 1 à la convention nationale pharmaceutique, art. 11 (arrêté du 5 juillet 2024); CNAM, 17 juin 2025: tiers payant contre carte Vitale pour les médicaments sensibles",
  },
  effective: { from: "2025-06-17" },
  confidence: "medium-high",
  reads: ["header", "patient", "amo", "lines"],
  appliesTo: (invoice) => invoice.tiersPayant.amo && invoice.amoReadMode !== "vitale" && invoice.amoReadMode !== "apcv" && invoice.lines.some((line) => line.productKind === "drug"),
  messages: {
    sensitive: {
      fr: "Ligne {line} : médicament sensible ({why}) en tiers payant sans carte Vitale ni apCV.",
      en: "Line {line}: sensitive drug ({why}) in tiers payant without carte Vitale or apCV.",
      hint: {
        fr: "Lisez la carte Vitale ou l'apCV du patient ; sans elle, le tiers payant est réservé aux cas résiduels (AME, nourrisson de moins de 3 mois, résident d'EHPAD) : sinon le patient règle et se fait rembourser.",
        en: "Read the patient's carte Vitale or apCV; without it tiers payant is kept for residual cases (AME, infant under 3 months, EHPAD resident): otherwise the patient pays and claims the refund.",
      },
    },
  },
  check({ invoice, dateOfCare }) {
    if (invoice.amoReadMode === undefined) return notEvaluated("mode de lecture des droits AMO non transmis", "AMO read mode not sent");
    // Exceptions named by the CNAM: AME beneficiaries, infants under 3 months, EHPAD residents.
    const birth = birthDateForAge(invoice.patient.birthDate);
    const infant = birth !== undefined && addMonths(birth, 3) > dateOfCare;
    if (invoice.amo.ame === true || infant || invoice.patient.careHomeResident === true) return [];
    const criteria = sensitiveDrugs.rowsOn(dateOfCare).map((row) => row.criterion);
    const findings: Finding<"sensitive">[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.productKind !== "drug") return;
      const criterion = criteria.find((candidate) => matches(candidate, line));
      if (!criterion) return;
      findings.push({
        messageId: "sensitive",
        path: ["lines", index],
        params: { line: index + 1, why: describe(criterion) },
        amountAtRisk: eurosOf(centsOf(line.amounts.amo) + centsOf(line.amounts.amc)),
      });
    });
    return findings;
  },
});
