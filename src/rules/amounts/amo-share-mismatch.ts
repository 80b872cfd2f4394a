import { defineRule } from "../../engine/define-rule.js";
import { lineTotal, Money, money, toCents } from "../../engine/money.js";
import type { Finding } from "../../engine/types.js";
import { amoRateOfLine } from "../../reference/amo-rate.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { AMT_SOURCE } from "./amt.js";

type MessageId = "mismatch" | "rateUnknown";

export default defineRule({
  id: "amounts/amo-share-mismatch",
  title: { fr: "Part AMO différente du taux applicable", en: "AMO share differs from the applicable rate" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: `CSS R160-5, R160-8, L160-9, L160-14 (taux et exonérations); facts §2.6, §17.4; ${AMT_SOURCE}` },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["header", "amo", "lines"],
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
      const base = lineTotal(line);
      const rate = amoRateOfLine(line, invoice, dateOfCare);
      if (!rate.known) {
        findings.push({ messageId: "rateUnknown", path: ["lines", index, "amounts", "amo"], params: { line: index + 1, code: line.prestationCode, exoneration: line.exonerationCode }, severity: "info" });
        return;
      }
      const expectedAmount = money(base).times(rate.percent).dividedBy(100);
      if (money(line.amounts.amo).equals(expectedAmount.toDecimalPlaces(2, Money.ROUND_HALF_UP))) return;
      const expected = toCents(expectedAmount);
      findings.push({
        messageId: "mismatch",
        path: ["lines", index, "amounts", "amo"],
        params: { line: index + 1, code: line.prestationCode, declared: line.amounts.amo, rate: rate.percent, base, expected },
        value: line.amounts.amo,
        expected,
        amountAtRisk: line.amounts.amo,
      });
    });
    return findings;
  },
});
