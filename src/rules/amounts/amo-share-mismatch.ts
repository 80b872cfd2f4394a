import { defineRule } from "../../engine/define-rule.js";
import { centsOf, eurosOf, percentOf } from "../../engine/cents.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { amoRateOfLine, amoRatesOfLine } from "../support/amo-rate.js";
import { AMOUNTS_SOURCE, basesOf } from "./amt.js";

type MessageId = "mismatch" | "rateUnknown";

export default defineRule({
  id: "amounts/amo-share-mismatch",
  title: { fr: "Part AMO différente du taux applicable", en: "AMO share differs from the applicable rate" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: `CSS R160-5, R160-8, L160-9, L160-14 (taux et exonérations); ${AMOUNTS_SOURCE.label}`, url: AMOUNTS_SOURCE.url },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["header", "patient", "amo", "vaccination", "lines"],
  messages: {
    mismatch: {
      fr: "Ligne {line} ({code}) : part AMO {declared} € au lieu de {rate} % de {base} € = {expected} €.",
      en: "Line {line} ({code}): AMO share {declared} € instead of {rate} % of {base} € = {expected} €.",
      hint: {
        fr: "Vérifiez le code prestation, la nature d'assurance et l'exonération de la ligne : la caisse recalcule la part AMO.",
        en: "Check the line's prestation code, nature d'assurance and exonération: the caisse recomputes the AMO share.",
      },
    },
    rateUnknown: {
      fr: "Ligne {line} ({code}, exo {exoneration}) : taux AMO non connu de la bibliothèque, part AMO non contrôlée.",
      en: "Line {line} ({code}, exo {exoneration}): AMO rate unknown to the library, AMO share not checked.",
      hint: { fr: "Contrôlez cette part AMO avec le référentiel de votre logiciel.", en: "Check this AMO share against your software's referential." },
    },
  },
  check({ invoice, dateOfCare }) {
    const findings: Finding<MessageId>[] = [];
    invoice.lines.forEach((line, index) => {
      const declaredRate = amoRateOfLine(line, invoice, dateOfCare);
      // A product at 0 % (non remboursable, adult AME on a 15 % drug) has its own rule, which names the fault.
      if (declaredRate.known && declaredRate.percent === 0) return;
      const bases = basesOf(line);
      const declared = centsOf(line.amounts.amo);
      const matches = (percent: number) => bases.some((base) => percentOf(base, percent) === declared);
      // The common case: the share is right for the facts as sent. Only a mismatch asks what else they allow.
      if (declaredRate.known && matches(declaredRate.percent)) return;
      const rates = amoRatesOfLine(line, invoice, dateOfCare);
      const known = rates.flatMap((rate) => (rate.known ? [rate.percent] : []));
      const path = ["lines", index, "amounts", "amo"];
      if (known.length === 0) {
        findings.push({ messageId: "rateUnknown", path, params: { line: index + 1, code: line.prestationCode, exoneration: line.exonerationCode ?? "—" }, severity: "info" });
        return;
      }
      if (known.some(matches)) return;
      const rate = declaredRate.known ? declaredRate.percent : known[0]!;
      const expected = eurosOf(percentOf(bases[0]!, rate));
      findings.push({
        messageId: "mismatch",
        path,
        params: { line: index + 1, code: line.prestationCode, declared: line.amounts.amo, rate, base: eurosOf(bases[0]!), expected },
        value: line.amounts.amo,
        expected,
        amountAtRisk: line.amounts.amo,
        // Certain only when every possible rate is known; a rate the library cannot give may explain it.
        ...(known.length < rates.length && { severity: "warning" as const }),
      });
    });
    return findings;
  },
});
