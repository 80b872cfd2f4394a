import { defineRule } from "../../engine/define-rule.js";
import { splitVaccinationInvoice } from "../../fixes/split-vaccination.js";
import type { Invoice } from "../../model/invoice.js";
import { isFluVaccine, isVaccinationAct, natureOfLine } from "../support/lines.js";
import { BACKOFFICE_FLU } from "../support/sources.js";

export default defineRule({
  id: "vaccination/split-required",
  title: { fr: "Vaccin et acte sur deux factures (logiciel à une exonération par facture)", en: "Vaccine and act on two invoices (software with one exonération per invoice)" },
  severity: "info",
  payer: "amo",
  consequence: "advice",
  source: {
    label: `${BACKOFFICE_FLU}: « si vous ne parvenez pas à dissocier les 2 exonérations, n'hésitez pas à faire 2 factures »`,
    url: "https://www.lagestiondutierspayant.fr/",
  },
  effective: { from: "2008-09-01" },
  confidence: "high",
  reads: ["header", "pharmacy", "patient", "amo", "amc", "prescription", "stayAbroad", "vaccination", "documents", "lines"],
  // An exonération per line is the normal FSE: the vaccine in exo 7 and the act under the patient's
  // situation on one invoice are correct. Only an LGO that carries one exonération per invoice must
  // split; its vendor says so with this setting, and then the mixed invoice is an error.
  settings: { oneExonerationPerInvoice: false },
  appliesTo: (invoice) => invoice.lines.some(isFluVaccine) && invoice.lines.some(isVaccinationAct),
  messages: {
    split: {
      fr: "Le vaccin (exo 7, prévention) et l'acte d'injection ({situation}) sont sur la même facture ; un logiciel qui ne porte qu'une exonération par facture doit en faire deux.",
      en: "The vaccine (exo 7, prévention) and the injection act ({situation}) are on the same invoice; software that carries one exonération per invoice must make two.",
      hint: {
        fr: "Si votre logiciel porte l'exonération ligne par ligne, rien à faire. Sinon faites deux factures : le correctif proposé les construit, numérotez la nouvelle.",
        en: "If your software carries the exonération line by line, nothing to do. Otherwise make two invoices: the proposed fix builds them; number the new one.",
      },
    },
  },
  check({ invoice, settings }) {
    const full = invoice as Invoice;
    const vaccines = full.lines.filter((line) => isFluVaccine(line) && line.exonerationCode === "7");
    const act = full.lines.findIndex((line) => isVaccinationAct(line) && line.exonerationCode !== undefined && line.exonerationCode !== "7");
    if (vaccines.length === 0 || act < 0) return [];
    const actLine = full.lines[act]!;
    const { prevention, situation } = splitVaccinationInvoice(full);
    return [
      {
        messageId: "split",
        path: ["lines", act],
        params: { situation: `nature ${natureOfLine(actLine, full)}, exo ${actLine.exonerationCode}` },
        // The original invoice (the part that kept its number) comes first, the new one after it.
        fix: { kind: "split-invoice", safe: true, invoices: prevention.number !== undefined ? [prevention, situation] : [situation, prevention] },
        ...(settings.oneExonerationPerInvoice === true && { severity: "error" as const }),
      },
    ];
  },
});
