import { defineRule } from "../../engine/define-rule.js";
import { BACKOFFICE_SUMMER } from "../support/sources.js";
import { ABROAD_SINCE, staysMoreThanMonths, staysMoreThanOneMonth } from "./stay.js";

export default defineRule({
  id: "abroad/caisse-agreement-missing",
  title: { fr: "Pas d'accord du service médical pour le séjour", en: "No service médical agreement for the stay" },
  severity: "error",
  payer: "amo",
  consequence: "reject",
  source: {
    label: `Circulaire CNAMTS CIR-19/2009; ameli médecin et pharmacien, « Délivrance de médicaments pour départ à l'étranger »; ${BACKOFFICE_SUMMER}: « le patient doit alors demander l'accord au service médical de sa caisse »`,
    url: "https://www.ameli.fr/pharmacien/actualites/delivrance-de-medicaments-pour-depart-letranger-2",
  },
  effective: { from: ABROAD_SINCE },
  confidence: "high",
  reads: ["stayAbroad"],
  // Some caisses (Île-de-France CPAMs, MSA Languedoc) waive the agreement for 1–3-month stays;
  // the national rule does not, so the simplification is off unless the vendor turns it on.
  settings: { regionalSimplification: false },
  appliesTo: (invoice) => invoice.stayAbroad !== undefined && staysMoreThanOneMonth(invoice.stayAbroad),
  messages: {
    missing: {
      fr: "Séjour de plus d'un mois sans accord du service médical de la caisse.",
      en: "Stay of more than one month without the agreement of the caisse's service médical.",
      hint: {
        fr: "Le patient envoie l'ordonnance et l'attestation sur l'honneur au service médical ; délivrez au vu de l'accord notifié.",
        en: "The patient sends the prescription and sworn statement to the service médical; deliver on the notified agreement.",
      },
    },
    expired: {
      fr: "L'accord de la caisse a pris fin le {until}, avant la délivrance du {date}.",
      en: "The caisse's agreement ended on {until}, before dispensing on {date}.",
      hint: { fr: "Demandez un nouvel accord au service médical.", en: "Ask the service médical for a new agreement." },
    },
  },
  check({ invoice, settings, dateOfCare }) {
    const stay = invoice.stayAbroad!;
    if (settings.regionalSimplification === true && !staysMoreThanMonths(stay, 3)) return [];
    const agreement = stay.caisseAgreement;
    // Absence is the fault here: the national procedure rests on the notified agreement.
    if (!agreement) return [{ messageId: "missing", path: ["stayAbroad", "caisseAgreement"] }];
    // The agreement must hold on the day of the delivery, whenever the invoice is checked.
    if (agreement.until !== undefined && agreement.until < dateOfCare) {
      return [{ messageId: "expired", path: ["stayAbroad", "caisseAgreement", "until"], params: { until: agreement.until, date: dateOfCare }, value: agreement.until }];
    }
    return [];
  },
});
