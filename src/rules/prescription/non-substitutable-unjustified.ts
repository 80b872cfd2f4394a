import { upperAtc } from "../../reference/atc.js";
import { defineRule } from "../../engine/define-rule.js";
import { ageOn } from "../../engine/calendar.js";
import type { Finding } from "../../engine/types.js";
import { mteMolecules } from "../../reference/mte-molecules.js";
import { notEvaluated } from "../support/not-evaluated.js";

type MessageId = "noReason" | "notMte" | "efgOverSix";

/** Arrêté du 12 novembre 2019: the MTE / EFG / CIF justification applies to ordonnances from this day. */
const JUSTIFIED_SINCE = "2020-01-01";

export default defineRule({
  id: "prescription/non-substitutable-unjustified",
  title: { fr: "« Non substituable » non justifié", en: "« Non substituable » not justified" },
  severity: "error",
  payer: "patient",
  consequence: "patient-pays",
  source: { label: "Arrêté du 12 novembre 2019 (mentions MTE, EFG, CIF); CSS L162-16-7 (tiers payant contre générique)" },
  effective: { from: JUSTIFIED_SINCE },
  confidence: "high",
  reads: ["header", "patient", "prescription", "lines"],
  appliesTo: (invoice) => invoice.tiersPayant.amo && invoice.lines.some((line) => line.nonSubstitutable !== undefined && line.genericType === "princeps"),
  messages: {
    noReason: {
      fr: "Ligne {line} : princeps « non substituable » sans justification MTE, EFG ou CIF, en tiers payant.",
      en: "Line {line}: princeps « non substituable » without an MTE, EFG or CIF justification, in tiers payant.",
      hint: {
        fr: "Sans justification, délivrez le générique ; si le patient refuse, pas de tiers payant (remboursement sur la base du générique).",
        en: "Without a justification, dispense the generic; if the patient refuses, no tiers payant (refund on the generic's basis).",
      },
    },
    notMte: {
      fr: "Ligne {line} : mention MTE pour une molécule hors de la liste des marges thérapeutiques étroites.",
      en: "Line {line}: MTE mention for a molecule outside the narrow-therapeutic-margin list.",
      hint: { fr: "La mention MTE ne vaut que pour les molécules de l'arrêté (lévothyroxine, antiépileptiques…).", en: "The MTE mention is only valid for the molecules of the arrêté (levothyroxine, antiepileptics…)." },
    },
    efgOverSix: {
      fr: "Ligne {line} : mention EFG pour un patient de {age} ans ; elle vaut pour les enfants de moins de 6 ans.",
      en: "Line {line}: EFG mention for a patient aged {age}; it applies to children under 6.",
      hint: { fr: "Vérifiez la justification avec le prescripteur.", en: "Check the justification with the prescriber." },
    },
  },
  check({ invoice, dateOfCare }) {
    // The justification is due on ordonnances dated from 2020-01-01: the prescription's date decides.
    const prescribed = invoice.prescription?.date;
    if (prescribed !== undefined && prescribed < JUSTIFIED_SINCE) return [];
    // Without it, only a dispensing too late for an older ordonnance (12 months, plus 3 of supplementary dispensing) tells.
    if (prescribed === undefined && dateOfCare < "2021-04-01") return notEvaluated("date de l'ordonnance non transmise", "date of the ordonnance not sent");
    const mteAtc = mteMolecules.rowsOn(dateOfCare).flatMap((row) => row.atc);
    const age = ageOn(invoice.patient.birthDate, dateOfCare);
    const findings: Finding<MessageId>[] = [];
    invoice.lines.forEach((line, index) => {
      if (line.nonSubstitutable === undefined || line.genericType !== "princeps") return;
      const path = ["lines", index, "nonSubstitutable"];
      const params = { line: index + 1 };
      const reason = line.nonSubstitutable.reason;
      if (reason === undefined) findings.push({ messageId: "noReason", path, params, amountAtRisk: line.amounts.amo });
      else if (reason === "MTE" && line.atc !== undefined && !mteAtc.includes(upperAtc(line.atc))) {
        findings.push({ messageId: "notMte", path, params, value: line.atc, amountAtRisk: line.amounts.amo });
      } else if (reason === "EFG" && age !== undefined && age >= 6) {
        findings.push({ messageId: "efgOverSix", path, params: { ...params, age }, severity: "warning" });
      }
    });
    return findings;
  },
});
