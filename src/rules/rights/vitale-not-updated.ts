import { defineRule } from "../../engine/define-rule.js";
import { isWithin } from "../../engine/calendar.js";
import type { Finding } from "../../engine/types.js";
import type { AmoCoverage } from "../../model/invoice.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { BACKOFFICE_SUMMER, IR_TAN_V_URL, irTanV } from "../support/sources.js";

type MessageId = "exonerationNotOnCard" | "cardOlderThanAttestation";

// Exonérations that the caisse records on the beneficiary (card group 106 / ADRi). Exo 3 and 7 come
// from the care itself (contraception, prévention), not from the patient's file.
const RECORDED_EXONERATIONS = new Set(["4", "5", "6", "9"]);

/** Whether the support read says the code is open on the date; undefined when that part was not read. */
function onCard(amo: AmoCoverage, code: string, date: string): boolean | undefined {
  const exonerationOpen = amo.exonerations?.some((exoneration) => exoneration.code === code && isWithin(date, exoneration));
  const aldOpen = code === "4" ? amo.ald?.some((period) => isWithin(date, period)) : undefined;
  if (exonerationOpen === true || aldOpen === true) return true;
  if (exonerationOpen === undefined && aldOpen === undefined) return undefined;
  return false;
}

export default defineRule({
  id: "rights/vitale-not-updated",
  title: { fr: "Carte Vitale pas à jour", en: "Carte Vitale not up to date" },
  severity: "warning",
  payer: "amo",
  consequence: "reject",
  source: {
    label: `${BACKOFFICE_SUMMER}: « mettre la carte vitale à jour et demander s'il y a eu un changement de situation »; ${irTanV("I0409", "mtm bdo differente sur flux sesam")}; carte Vitale, groupe 106 (SESAM-Vitale 1.40)`,
    url: IR_TAN_V_URL,
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["amo", "documents", "lines"],
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
  check({ invoice, dateOfCare }) {
    const findings: Finding<MessageId>[] = [];
    let unread = false;
    invoice.lines.forEach((line, index) => {
      const code = line.exonerationCode;
      if (code === undefined || !RECORDED_EXONERATIONS.has(code)) return;
      const read = onCard(invoice.amo, code, dateOfCare);
      if (read === undefined) unread = true;
      else if (!read) {
        findings.push({ messageId: "exonerationNotOnCard", path: ["lines", index, "exonerationCode"], params: { line: index + 1, code, date: dateOfCare }, value: code });
      }
    });
    const card = invoice.amo.cardDataDate;
    const attestation = (invoice.documents ?? [])
      .flatMap((document) => (document.kind === "amo-attestation" && document.issuedOn !== undefined ? [document.issuedOn] : []))
      .sort()
      .pop();
    if (card !== undefined && attestation !== undefined && card < attestation) {
      findings.push({ messageId: "cardOlderThanAttestation", path: ["amo", "cardDataDate"], params: { card, attestation }, value: card, expected: `≥ ${attestation}` });
    }
    if (findings.length === 0 && unread) {
      return notEvaluated("exonérations et ALD de la carte non transmises", "the card's exonérations and ALD were not sent");
    }
    return findings;
  },
});
