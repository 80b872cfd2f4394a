import { defineRule } from "../../engine/define-rule.js";
import { addMonths } from "../../engine/calendar.js";

export default defineRule({
  id: "rights/attestation-stale",
  title: { fr: "Attestation de droits de plus de 3 mois", en: "Attestation de droits older than 3 months" },
  severity: "warning",
  payer: "amo",
  consequence: "reject",
  source: { label: "Conseil Backoffice « Comment éviter les rejets cet été ? » (2020): « attestation (à jour de moins de 3 mois) »; facts.md §17.3 (pas de base légale trouvée)" },
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
  check({ invoice }) {
    const attestations = invoice.documents.map((document, index) => ({ document, index })).filter(({ document }) => document.kind === "amo-attestation");
    const dated = attestations.filter(({ document }) => document.issuedOn !== undefined);
    if (dated.length === 0) {
      return { notEvaluated: { fr: "aucune attestation de droits datée parmi les pièces", en: "no dated attestation de droits among the documents" } };
    }
    // The most recent attestation is the one that counts.
    const latest = dated.reduce((best, current) => (current.document.issuedOn! > best.document.issuedOn! ? current : best));
    const issued = latest.document.issuedOn!;
    if (addMonths(issued, 3) >= invoice.dispensingDate) return [];
    return [{ messageId: "stale", path: ["documents", latest.index, "issuedOn"], params: { issued, date: invoice.dispensingDate }, value: issued }];
  },
});
