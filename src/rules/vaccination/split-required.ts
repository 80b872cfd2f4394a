import { defineRule } from "../../engine/define-rule.js";
import { splitVaccinationInvoice } from "../../fixes/split-vaccination.js";
import type { Invoice } from "../../model/invoice.js";
import { isFluVaccine, isVaccinationAct, natureOfLine } from "../support/lines.js";
import { SEED_FLU } from "./flu.js";

export default defineRule({
  id: "vaccination/split-required",
  title: { fr: "Vaccin et acte à facturer sur deux factures", en: "Vaccine and act must be billed on two invoices" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: { label: `${SEED_FLU}: « faire 2 factures (une pour le vaccin en prévention, et l'autre avec le régime de l'assuré) »; SFG SESAM-Vitale: une FSE par nature d'assurance (rupture)` },
  effective: { from: "2008-09-01" },
  confidence: "high",
  reads: ["header", "pharmacy", "patient", "amo", "amc", "prescription", "stayAbroad", "vaccination", "documents", "lines"],
  appliesTo: (invoice) => invoice.lines.some(isFluVaccine) && invoice.lines.some(isVaccinationAct),
  messages: {
    split: {
      fr: "Le vaccin (exo 7, prévention) et l'acte d'injection ({situation}) sont sur la même facture.",
      en: "The vaccine (exo 7, prévention) and the injection act ({situation}) are on the same invoice.",
      hint: {
        fr: "Faites deux factures : le vaccin en prévention, l'acte selon la situation du patient. Le correctif proposé les construit.",
        en: "Make two invoices: the vaccine under prévention, the act under the patient's situation. The proposed fix builds them.",
      },
    },
  },
  check({ invoice }) {
    const full = invoice as Invoice;
    const vaccines = full.lines.filter((line) => isFluVaccine(line) && line.exonerationCode === "7");
    const act = full.lines.findIndex((line) => isVaccinationAct(line) && line.exonerationCode !== "7");
    if (vaccines.length === 0 || act < 0) return [];
    const actLine = full.lines[act]!;
    const nature = natureOfLine(actLine, full);
    const { prevention, situation } = splitVaccinationInvoice(full);
    return [
      {
        messageId: "split",
        path: ["lines", act],
        params: { situation: `nature ${nature}, exo ${actLine.exonerationCode}` },
        fix: { kind: "split-invoice", safe: true, invoices: [prevention, situation] },
      },
    ];
  },
});
