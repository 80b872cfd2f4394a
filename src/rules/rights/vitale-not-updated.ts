import { defineRule } from "../../engine/define-rule.js";
import { isWithin } from "../../engine/calendar.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";

type MessageId = "exonerationNotOnCard" | "cardOlderThanAttestation";

// Exonérations that the caisse records on the beneficiary (card group 106 / ADRi). Exo 3 and 7 come
// from the care itself (contraception, prévention), not from the patient's file.
const RECORDED_EXONERATIONS = new Set(["4", "5", "6", "9"]);

export default defineRule({
  id: "rights/vitale-not-updated",
  title: { fr: "Carte Vitale pas à jour", en: "Carte Vitale not up to date" },
  severity: "warning",
  payer: "amo",
  consequence: "reject",
  source: { label: "Conseil Backoffice (2020): « mettre la carte Vitale à jour et demander s'il y a eu un changement de situation »; carte Vitale groupe 106 (facts §2.7)" },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["header", "amo", "documents", "lines"],
  messages: {
    exonerationNotOnCard: {
      fr: "Ligne {line} : l'exonération {code} n'apparaît pas dans les droits lus sur la carte au {date}.",
      en: "Line {line}: exonération {code} is not in the rights read from the card on {date}.",
      hint: {
        fr: "Faites mettre à jour la carte Vitale (borne, apCV) ou vérifiez la situation par ADRi ; sinon facturez sans cette exonération.",
        en: "Have the carte Vitale updated (kiosk, apCV) or check the situation with ADRi; otherwise bill without this exonération.",
      },
    },
    cardOlderThanAttestation: {
      fr: "Les données de la carte ({card}) sont plus anciennes que l'attestation de droits ({attestation}).",
      en: "The card data ({card}) is older than the attestation de droits ({attestation}).",
      hint: {
        fr: "Faites mettre à jour la carte Vitale : la caisse juge les droits sur les données les plus récentes.",
        en: "Have the carte Vitale updated: the caisse judges rights on the most recent data.",
      },
    },
  },
  check({ invoice }) {
    const findings: Finding<MessageId>[] = [];
    const date = invoice.dispensingDate;
    const onCard = (code: string) =>
      invoice.amo.exonerations.some((exoneration) => exoneration.code === code && isWithin(date, exoneration)) ||
      (code === "4" && invoice.amo.ald.some((period) => isWithin(date, period)));
    invoice.lines.forEach((line, index) => {
      if (RECORDED_EXONERATIONS.has(line.exonerationCode) && !onCard(line.exonerationCode)) {
        findings.push({ messageId: "exonerationNotOnCard", path: ["lines", index, "exonerationCode"], params: { line: index + 1, code: line.exonerationCode, date }, value: line.exonerationCode });
      }
    });
    const card = invoice.amo.cardDataDate;
    const attestation = invoice.documents
      .filter((document) => document.kind === "amo-attestation" && document.issuedOn !== undefined)
      .map((document) => document.issuedOn!)
      .sort()
      .pop();
    if (card !== undefined && attestation !== undefined && card < attestation) {
      findings.push({ messageId: "cardOlderThanAttestation", path: ["amo", "cardDataDate"], params: { card, attestation }, value: card, expected: `≥ ${attestation}` });
    }
    return findings;
  },
});
