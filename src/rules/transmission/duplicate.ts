import { defineRule } from "../../engine/define-rule.js";
import { hash53 } from "../../engine/fingerprints.js";
import type { Finding, Localized } from "../../engine/types.js";
import type { InvoiceView } from "../../model/sections.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { IR_TAN_V_URL, irTanV } from "../support/sources.js";

type Seen = InvoiceView<"header" | "pharmacy" | "patient" | "lines">;

/** Which earlier invoice a fingerprint was seen on: its place in this batch, or one already sent. */
function earlierInvoice(position: number | undefined): Localized {
  if (position === undefined) return { fr: "une facture déjà transmise", en: "an invoice already sent" };
  return { fr: `la facture n° ${position + 1} de ce lot`, en: `invoice ${position + 1} of this batch` };
}

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
  source: {
    label: `GIE SESAM-Vitale: numéro de facture unique par professionnel de santé; retour NOEMIE « facture déjà payée »; ${irTanV("I0602", "double paiement sur une periode")}`,
    url: IR_TAN_V_URL,
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["header", "pharmacy", "patient", "lines"],
  fingerprints: duplicateFingerprints,
  messages: {
    sameNumber: {
      fr: "Le numéro de facture {number} a déjà été utilisé par cette pharmacie ({earlier}).",
      en: "Invoice number {number} has already been used by this pharmacy ({earlier}).",
      hint: { fr: "Donnez un nouveau numéro à la facture, ou ne la renvoyez pas si elle est déjà partie.", en: "Give the invoice a new number, or do not send it again if it already went out." },
    },
    sameDelivery: {
      fr: "Ligne {line} : même patient, même produit, même jour que {earlier}, sous un autre numéro.",
      en: "Line {line}: same patient, same product, same day as {earlier}, under another number.",
      hint: {
        fr: "Si c'est une refacturation après rejet, indiquez la facture remplacée (replacesInvoice) ; sinon vérifiez que cette délivrance n'a pas déjà été facturée.",
        en: "If this is a re-bill after a reject, name the invoice it replaces (replacesInvoice); otherwise check that this delivery was not billed already.",
      },
    },
  },
  check({ invoice, history }) {
    if (history.empty) return [];
    const findings: Finding<"sameNumber" | "sameDelivery">[] = [];
    const { number, content } = fingerprintsOf(invoice);
    // The same number again is the reject (« facture déjà payée »): one finding says it all.
    if (history.has(number)) {
      return [{ messageId: "sameNumber", path: ["number"], params: { number: invoice.number, earlier: earlierInvoice(history.positionOf(number)) }, value: invoice.number }];
    }
    // The same delivery under another number is often a corrected re-bill: a warning, cleared when declared.
    if (invoice.replacesInvoice !== undefined) return [];
    for (const { index, fingerprint } of content) {
      if (!history.has(fingerprint)) continue;
      const params = { line: index + 1, earlier: earlierInvoice(history.positionOf(fingerprint)) };
      findings.push({ messageId: "sameDelivery", path: ["lines", index], params, amountAtRisk: invoice.lines[index]!.amounts.amo, severity: "warning" });
    }
    return findings;
  },
});
