import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { SECURE_OPIOID_MAXIMUM_DAYS, SECURE_OPIOID_TOLERANCE_UNTIL, secureOpioidOf } from "../../reference/secure-opioids.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { isSecureOrdonnance, ordonnanceForm } from "../support/ordonnance.js";

// The ANSM's measures against the misuse of tramadol and codeine: from ordonnances of 2025-03-01, a
// secure ordonnance (or an e-prescription) and 12 weeks at most. Ordonnances of March 2025 that
// were not secure yet were honoured by derogation; the rule judges those dated from April.
export default defineRule({
  id: "prescription/tramadol-codeine-not-secure",
  title: { fr: "Tramadol ou codéine hors ordonnance sécurisée ou au-delà de 12 semaines", en: "Tramadol or codeine off a secure prescription or beyond 12 weeks" },
  severity: "warning",
  payer: "amo",
  consequence: "clawback",
  source: {
    label: "ANSM, mesures au 1er mars 2025 (ordonnance sécurisée pour le tramadol, la codéine et la dihydrocodéine, 12 semaines au plus), rapportées par La Revue du Praticien et egora (28/02/2025)",
    url: "https://www.larevuedupraticien.fr/article/tramadol-et-codeine-modifications-des-conditions-de-prescription-et-de-delivrance",
  },
  effective: { from: "2025-03-01" },
  confidence: "medium-high",
  reads: ["prescription", "lines"],
  appliesTo: (invoice) => invoice.prescription !== undefined && invoice.lines.some((line) => secureOpioidOf(line.atc, invoice.prescription!.date) !== undefined),
  messages: {
    notSecure: {
      fr: "Ligne {line} : {substance} prescrit le {prescribed} sur une ordonnance ni sécurisée ni électronique.",
      en: "Line {line}: {substance} prescribed on {prescribed} on an ordonnance neither secure nor electronic.",
      hint: {
        fr: "Depuis le 1er mars 2025 (dérogation pour les ordonnances de mars), le tramadol, la codéine et la dihydrocodéine exigent une ordonnance sécurisée : demandez-en une au prescripteur.",
        en: "Since 1 March 2025 (derogation for ordonnances of March), tramadol, codeine and dihydrocodeine need a secure ordonnance: ask the prescriber for one.",
      },
    },
    tooLong: {
      fr: "Ligne {line} : {substance} prescrit pour {days} jours, au-delà des 12 semaines (84 jours) permises.",
      en: "Line {line}: {substance} prescribed for {days} days, beyond the 12 weeks (84 days) allowed.",
      hint: {
        fr: "Délivrez au plus 12 semaines de traitement ; au-delà, une nouvelle ordonnance sécurisée est nécessaire.",
        en: "Dispense at most 12 weeks of treatment; beyond, a new secure ordonnance is needed.",
      },
    },
  },
  check({ invoice }) {
    const prescription = invoice.prescription!;
    const prescribedOn = prescription.date;
    const secure = isSecureOrdonnance(ordonnanceForm(prescription));
    const findings: Finding<"notSecure" | "tooLong">[] = [];
    let undecided = false;
    invoice.lines.forEach((line, index) => {
      const opioid = secureOpioidOf(line.atc, prescribedOn);
      if (opioid === undefined) return;
      const params = { line: index + 1, substance: opioid.substance, prescribed: prescribedOn };
      if (prescribedOn > SECURE_OPIOID_TOLERANCE_UNTIL) {
        if (secure === undefined) undecided = true;
        else if (!secure) findings.push({ messageId: "notSecure", path: ["lines", index], params, amountAtRisk: line.amounts.amo });
      }
      if (line.prescribedDaysOfTreatment !== undefined && line.prescribedDaysOfTreatment > SECURE_OPIOID_MAXIMUM_DAYS) {
        findings.push({
          messageId: "tooLong",
          path: ["lines", index, "prescribedDaysOfTreatment"],
          params: { ...params, days: line.prescribedDaysOfTreatment },
          value: line.prescribedDaysOfTreatment,
          expected: `≤ ${SECURE_OPIOID_MAXIMUM_DAYS}`,
        });
      }
    });
    if (findings.length === 0 && undecided) return notEvaluated("ordonnance sécurisée ou non : non transmis", "whether the ordonnance is secure was not sent");
    return findings;
  },
});
