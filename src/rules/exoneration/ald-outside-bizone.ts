import { defineRule } from "../../engine/define-rule.js";
import type { Finding } from "../../engine/types.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { ordonnanceForm, prescribedForAld } from "../support/ordonnance.js";

type MessageId = "notAldOrdonnance" | "lowerZone";

export default defineRule({
  id: "exoneration/ald-outside-bizone",
  title: { fr: "Exonération ALD hors de la partie ALD de l'ordonnance", en: "ALD exonération outside the ALD part of the prescription" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: {
    label: "CSS R161-45 (ordonnance bizone: seuls les soins de la partie haute, en rapport avec l'ALD, sont exonérés); cerfa S3326 (ordonnance de médicament d'exception, case « en rapport avec une ALD »)",
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["prescription", "lines"],
  appliesTo: (invoice) => invoice.lines.some((line) => line.exonerationCode === "4" && line.productKind === "drug"),
  messages: {
    notAldOrdonnance: {
      fr: "Ligne {line} : exo 4 (ALD) sur une ordonnance sans partie ALD (ni bizone, ni S3326 cochée ALD, ni e-prescription).",
      en: "Line {line}: exo 4 (ALD) on a prescription without an ALD part (not bizone, not an S3326 ticked ALD, not an e-prescription).",
      hint: {
        fr: "L'ALD ne s'applique qu'aux produits prescrits en rapport avec elle (partie haute d'une bizone, case ALD du S3326) : facturez sans exonération.",
        en: "The ALD applies only to products prescribed in relation to it (upper part of a bizone, ALD box of the S3326): bill without exonération.",
      },
    },
    lowerZone: {
      fr: "Ligne {line} : exo 4 (ALD) sur un produit prescrit hors de la partie ALD de l'ordonnance.",
      en: "Line {line}: exo 4 (ALD) on a product prescribed outside the ALD part of the prescription.",
      hint: { fr: "Les produits hors partie ALD sont remboursés au taux habituel : retirez l'exo 4.", en: "Products outside the ALD part are refunded at the usual rate: remove exo 4." },
    },
  },
  check({ invoice }) {
    if (invoice.prescription === undefined) return notEvaluated("ordonnance non transmise", "prescription not sent");
    const form = ordonnanceForm(invoice.prescription);
    const findings: Finding<MessageId>[] = [];
    let unknown = false;
    invoice.lines.forEach((line, index) => {
      if (line.exonerationCode !== "4" || line.productKind !== "drug") return;
      const forAld = prescribedForAld(line, form);
      if (forAld === undefined) unknown = true;
      else if (!forAld) {
        const onAldForm = form.bizone === true || form.electronic === true || form.exceptionForm === true;
        findings.push({
          messageId: onAldForm ? "lowerZone" : "notAldOrdonnance",
          path: ["lines", index, onAldForm ? "bizoneZone" : "exonerationCode"],
          params: { line: index + 1 },
          amountAtRisk: line.amounts.amo,
        });
      }
    });
    if (findings.length === 0 && unknown) {
      return notEvaluated("partie de l'ordonnance (ALD ou non) non transmise pour une ligne en exo 4", "the prescription part (ALD or not) of an exo 4 line was not sent");
    }
    return findings;
  },
});
