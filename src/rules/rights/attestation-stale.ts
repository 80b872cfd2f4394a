import { defineRule } from "../../engine/define-rule.js";
import { addMonths } from "../../engine/calendar.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { BACKOFFICE_SUMMER } from "../support/sources.js";

export default defineRule({
  id: "rights/attestation-stale",
  title: { fr: "Attestation de droits de plus de 3 mois", en: "Attestation de droits older than 3 months" },
  severity: "warning",
  payer: "amo",
  consequence: "reject",
  source: {
    label: `${BACKOFFICE_SUMMER}: « attestation (à jour de moins de 3 mois) », une règle de pratique: aucun texte officiel ne fixe d'âge maximal à l'attestation`,
    url: "https://www.lagestiondutierspayant.fr/",
  },
  effective: { from: "2020-07-08" },
  confidence: "low",
  reads: ["header", "documents"],
  appliesTo: (invoice) => invoice.amoReadMode === "attestation",
  messages: {
    stale: {
      fr: "L'attestation de droits date du {issued}, plus de 3 mois avant la délivrance du {date}.",
      en: "The attestation de droits is dated {issued}, more than 3 months before dispensing on {date}.",
      hint: {
        fr: "Demandez une attestation récente ou interrogez ADRi : une vieille attestation peut ignorer un changement de caisse, une fin de C2S ou d'ALD.",
        en: "Ask for a recent attestation or query ADRi: an old one may miss a caisse change or the end of C2S or ALD.",
      },
    },
  },
  // The attestation is judged on the day the pharmacist relied on it, the date of care.
  check({ invoice, dateOfCare }) {
    const dated = (invoice.documents ?? [])
      .map((document, index) => ({ issued: document.issuedOn, kind: document.kind, index }))
      .filter((entry): entry is { issued: string; kind: "amo-attestation"; index: number } => entry.kind === "amo-attestation" && entry.issued !== undefined);
    if (dated.length === 0) return notEvaluated("aucune attestation de droits datée parmi les pièces", "no dated attestation de droits among the documents");
    // The most recent attestation is the one that counts.
    const latest = dated.reduce((best, current) => (current.issued > best.issued ? current : best));
    if (addMonths(latest.issued, 3) >= dateOfCare) return [];
    return [{ messageId: "stale", path: ["documents", latest.index, "issuedOn"], params: { issued: latest.issued, date: dateOfCare }, value: latest.issued }];
  },
});
