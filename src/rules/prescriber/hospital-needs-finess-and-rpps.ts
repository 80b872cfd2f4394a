import { defineRule } from "../../engine/define-rule.js";
import { SINCE_ALWAYS } from "../since-always.js";

const missing = (value: string | undefined): boolean => value === undefined || value.trim() === "";

export default defineRule({
  id: "prescriber/hospital-needs-finess-and-rpps",
  title: { fr: "Ordonnance hospitalière sans FINESS et RPPS", en: "Hospital prescription without FINESS and RPPS" },
  severity: "warning",
  payer: "amo",
  consequence: "reject",
  source: {
    label: "CNAM, prescriptions hospitalières médicamenteuses exécutées en ville (PHMEV): FINESS géographique + RPPS; Le Moniteur des pharmacies n° 3456 (11/03/2023)",
  },
  effective: { from: SINCE_ALWAYS },
  confidence: "medium",
  reads: ["prescription"],
  appliesTo: (invoice) => invoice.prescription?.prescriber.hospital === true,
  messages: {
    missing: {
      fr: "Ordonnance hospitalière : {missing} manquant.",
      en: "Hospital prescription: {missing} missing.",
      hint: {
        fr: "Saisissez le FINESS de l'établissement et le RPPS du médecin hospitalier, sinon l'ordonnance peut être jugée irrégulière (indu).",
        en: "Enter the establishment's FINESS and the hospital doctor's RPPS, otherwise the prescription may be deemed irregular (indu).",
      },
    },
  },
  check({ invoice: { prescription } }) {
    const prescriber = prescription?.prescriber;
    if (!prescriber?.hospital) return [];
    const absent = [missing(prescriber.finess) && "FINESS", missing(prescriber.rpps) && "RPPS"].filter((name): name is string => name !== false);
    if (absent.length === 0) return [];
    return [{ messageId: "missing", path: ["prescription", "prescriber"], params: { missing: absent.join(" + ") } }];
  },
});
