import { defineRule } from "../../engine/define-rule.js";
import { isFluVaccine } from "../support/lines.js";
import { BACKOFFICE_FLU } from "../support/sources.js";

export default defineRule({
  id: "vaccination/first-time-needs-doctor-prescriber",
  title: { fr: "Primo-vaccinant sans prescription médicale (jusqu'en 2017-2018)", en: "First flu vaccination without a doctor's prescription (until 2017-2018)" },
  severity: "warning",
  payer: "amo",
  consequence: "reject",
  source: {
    label: `${BACKOFFICE_FLU} (règle déjà levée en 2021); service-public.fr (03/10/2017): primo-vaccinants chez le médecin; Ordre des pharmaciens, campagne 2018-2019: règle levée`,
  },
  effective: { from: "2008-09-01", to: "2018-08-31" },
  confidence: "high",
  reads: ["vaccination", "prescription", "lines"],
  appliesTo: (invoice) => invoice.vaccination?.firstTime === true && invoice.lines.some(isFluVaccine),
  messages: {
    needsDoctor: {
      fr: "Primo-vaccinant : jusqu'à la campagne 2017-2018, le bon devait être complété par un médecin ou une sage-femme.",
      en: "First vaccination: until the 2017-2018 campaign, the bon had to be filled in by a doctor or sage-femme.",
      hint: {
        fr: "Renseignez le médecin ou la sage-femme prescripteur (n° AM ou RPPS).",
        en: "Enter the prescribing doctor or sage-femme (n° AM or RPPS).",
      },
    },
  },
  check({ invoice }) {
    const kind = invoice.prescription?.prescriber.kind;
    if (kind === "doctor" || kind === "midwife") return [];
    return [{ messageId: "needsDoctor", path: invoice.prescription ? ["prescription", "prescriber", "kind"] : ["prescription"] }];
  },
});
