import { defineRule } from "../../engine/define-rule.js";
import { splitInvoiceBy } from "../../fixes/split-invoice.js";
import type { Invoice } from "../../model/invoice.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { natureOfLine } from "../support/lines.js";

export default defineRule({
  id: "nature/mixed-in-invoice",
  title: { fr: "Plusieurs natures d'assurance sur une facture", en: "More than one nature d'assurance on one invoice" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: "GIE SESAM-Vitale, spécifications fonctionnelles (SFG): une FSE par nature d'assurance (rupture de facture)" },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "pharmacy", "patient", "amo", "amc", "prescription", "stayAbroad", "vaccination", "documents", "lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => line.natureAssurance !== undefined),
  messages: {
    mixed: {
      fr: "La facture mêle les natures d'assurance {natures}.",
      en: "The invoice mixes the natures d'assurance {natures}.",
      hint: {
        fr: "Faites une facture par nature d'assurance ; le correctif proposé les construit, numérotez les nouvelles.",
        en: "Make one invoice per nature d'assurance; the proposed fix builds them; number the new ones.",
      },
    },
  },
  check({ invoice }) {
    const full = invoice as Invoice;
    const natures = [...new Set(full.lines.map((line) => natureOfLine(line, full)))].sort();
    if (natures.length < 2) return [];
    const parts = splitInvoiceBy(full, (line) => `N${natureOfLine(line, full)}`);
    // Each part carries its lines' nature at the invoice level.
    const invoices = [...parts.entries()].map(([group, part]) => ({
      ...part,
      natureAssurance: group.slice(1) as Invoice["natureAssurance"],
      lines: part.lines.map(({ natureAssurance: _line, ...line }) => line),
    }));
    return [{ messageId: "mixed", path: ["lines"], params: { natures: natures.join(", ") }, fix: { kind: "split-invoice", safe: true, invoices } }];
  },
});
