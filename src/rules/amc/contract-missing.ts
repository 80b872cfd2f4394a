import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { BACKOFFICE_SUMMER, IR_TAN_V_URL, irTanV } from "../support/sources.js";
import { amcShareOf } from "../support/shares.js";
import { amcTiersPayantWithData } from "./scope.js";

export default defineRule({
  id: "amc/contract-missing",
  title: { fr: "Contrat mutuelle non appliqué", en: "No mutuelle contract applied" },
  severity: "warning",
  payer: "amc",
  consequence: "reject",
  source: { label: `${BACKOFFICE_SUMMER}: « appliquer le bon contrat »; ${irTanV("I0503", "type de contrat absent de la bdo")}`, url: IR_TAN_V_URL },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["header", "amc", "lines"],
  appliesTo: amcTiersPayantWithData,
  messages: {
    missing: {
      fr: "Aucun contrat ou type de convention mutuelle n'est appliqué.",
      en: "No mutuelle contract or convention type is applied.",
      hint: {
        fr: "Appliquez le contrat indiqué sur l'attestation : sans lui, la mutuelle rejette « contrat non trouvé ».",
        en: "Apply the contract shown on the attestation: without it the mutuelle rejects with « contrat non trouvé ».",
      },
    },
  },
  check({ invoice }) {
    const contract = invoice.amc!.contract;
    if (contract === undefined) return notEvaluated("contrat mutuelle non transmis", "mutuelle contract not sent");
    return contract.trim() === "" ? [{ messageId: "missing", path: ["amc", "contract"], amountAtRisk: amcShareOf(invoice.lines) }] : [];
  },
});
