import { defineRule } from "../../engine/define-rule.js";
import { hash53 } from "../../engine/fingerprints.js";
import type { Finding } from "../../engine/types.js";
import type { InvoiceView } from "../../model/sections.js";
import { SINCE_ALWAYS } from "../since-always.js";

type Seen = InvoiceView<"header" | "pharmacy" | "patient" | "lines">;

interface Fingerprints {
  readonly number: string;
  /** One per drug line: the same patient, product and day is the same delivery billed again. */
  readonly content: readonly { readonly index: number; readonly fingerprint: string }[];
}

// In a stream the rule asks about an invoice's fingerprints, then the engine remembers them: hash once.
const computed = new WeakMap<Seen, Fingerprints>();

function fingerprintsOf(invoice: Seen): Fingerprints {
  let fingerprints = computed.get(invoice);
  if (fingerprints === undefined) {
    const { patient } = invoice;
    fingerprints = {
      number: hash53(`number|${invoice.pharmacy.finess}|${invoice.number}`),
      content: invoice.lines.flatMap((line, index) =>
        line.productKind === "drug" && line.productCode !== undefined
          ? [{ index, fingerprint: hash53(`content|${patient.insuredNir}|${patient.birthRank ?? ""}|${patient.birthDate}|${line.productCode}|${invoice.dispensingDate}`) }]
          : [],
      ),
    };
    computed.set(invoice, fingerprints);
  }
  return fingerprints;
}

/** The fingerprints an invoice leaves: hashed, so that a stored history holds no NIR in clear. */
export const duplicateFingerprints = (invoice: Seen): string[] => {
  const { number, content } = fingerprintsOf(invoice);
  return [number, ...content.map((entry) => entry.fingerprint)];
};

export default defineRule({
  id: "transmission/duplicate",
  title: { fr: "Facture en double", en: "Duplicate invoice" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: "SESAM-Vitale: numéro de facture unique par professionnel, rejet d'une facture renvoyée en doublon; facts.md FLX-11" },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["header", "pharmacy", "patient", "lines"],
  fingerprints: duplicateFingerprints,
  messages: {
    sameNumber: {
      fr: "Le numéro de facture {number} a déjà été utilisé par cette pharmacie.",
      en: "Invoice number {number} has already been used by this pharmacy.",
      hint: { fr: "Donnez un nouveau numéro à la facture, ou ne la renvoyez pas si elle est déjà partie.", en: "Give the invoice a new number, or do not send it again if it already went out." },
    },
    sameDelivery: {
      fr: "Ligne {line} : même patient, même produit, même jour qu'une facture déjà vue.",
      en: "Line {line}: same patient, same product, same day as an invoice already seen.",
      hint: { fr: "Vérifiez que cette délivrance n'a pas déjà été facturée.", en: "Check that this delivery was not billed already." },
    },
  },
  check({ invoice, history }) {
    if (history.empty) return [];
    const findings: Finding<"sameNumber" | "sameDelivery">[] = [];
    const { number, content } = fingerprintsOf(invoice);
    if (history.has(number)) findings.push({ messageId: "sameNumber", path: ["number"], params: { number: invoice.number }, value: invoice.number });
    for (const { index, fingerprint } of content) {
      if (history.has(fingerprint)) findings.push({ messageId: "sameDelivery", path: ["lines", index], params: { line: index + 1 }, amountAtRisk: invoice.lines[index]!.amounts.amo });
    }
    return findings;
  },
});
