import { defineRule } from "../../engine/define-rule.js";
import { ageOn } from "../../engine/calendar.js";
import { centsOf, eurosOf } from "../../engine/cents.js";
import type { Finding } from "../../engine/types.js";
import { franchisePerBox } from "../../reference/franchise.js";

export default defineRule({
  id: "regime/franchise-on-exempt-patient",
  title: { fr: "Franchise appliquée à tort", en: "Franchise wrongly applied" },
  severity: "warning",
  payer: "amo",
  consequence: "advice",
  source: { label: "CSS L160-13 III et ameli: pas de franchise pour les moins de 18 ans, la maternité, la C2S et l'AME; décret du 16 février 2024 (1 € par boîte à partir du 31 mars 2024)" },
  effective: { from: "2008-01-01" },
  confidence: "medium",
  reads: ["header", "patient", "amo", "lines"],
  appliesTo: (invoice) => invoice.franchise !== undefined && centsOf(invoice.franchise) > 0n,
  messages: {
    exempt: {
      fr: "Franchise de {amount} € appliquée alors que le patient en est exonéré ({why}).",
      en: "Franchise of {amount} € applied although the patient is exempt ({why}).",
      hint: { fr: "Retirez la franchise : le patient n'a pas à la supporter.", en: "Remove the franchise: the patient does not bear it." },
    },
    aboveAmount: {
      fr: "Franchise de {amount} € pour {boxes} boîte(s) : au plus {maximum} € à {perBox} € la boîte le {date}.",
      en: "Franchise of {amount} € for {boxes} box(es): at most {maximum} € at {perBox} € a box on {date}.",
      hint: { fr: "Recalculez la franchise avec le montant en vigueur à la date de délivrance.", en: "Recompute the franchise with the amount in force on the dispensing date." },
    },
  },
  check({ invoice, dateOfCare }) {
    const age = ageOn(invoice.patient.birthDate, dateOfCare);
    const reasons = [
      age !== undefined && age < 18 && { fr: "moins de 18 ans", en: "under 18" },
      invoice.natureAssurance === "30" && { fr: "maternité", en: "maternité" },
      invoice.amo.c2s === true && { fr: "C2S", en: "C2S" },
      invoice.amo.ame === true && { fr: "AME", en: "AME" },
    ].filter((reason) => reason !== false) as { fr: string; en: string }[];
    const amount = invoice.franchise!;
    if (reasons.length > 0) {
      return [{ messageId: "exempt", path: ["franchise"], params: { amount, why: { fr: reasons.map((r) => r.fr).join(", "), en: reasons.map((r) => r.en).join(", ") } }, value: amount, expected: "0.00" }];
    }
    const perBox = franchisePerBox.rowsOn(dateOfCare)[0]?.perBox;
    if (perBox === undefined) return [];
    let boxes = 0n;
    for (const line of invoice.lines) if (line.productKind === "drug") boxes += BigInt(line.quantity);
    const maximumCents = centsOf(perBox) * boxes;
    const maximum = eurosOf(maximumCents);
    const findings: Finding<"exempt" | "aboveAmount">[] = [];
    if (centsOf(amount) > maximumCents) {
      findings.push({ messageId: "aboveAmount", path: ["franchise"], params: { amount, boxes: String(boxes), maximum, perBox, date: dateOfCare }, value: amount, expected: `≤ ${maximum}` });
    }
    return findings;
  },
});
