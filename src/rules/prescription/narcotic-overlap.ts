import { upperAtc } from "../../reference/atc.js";
import { addDays } from "../../engine/calendar.js";
import { defineRule } from "../../engine/define-rule.js";
import { hash53 } from "../../engine/fingerprints.js";
import type { Finding } from "../../engine/types.js";
import type { InvoiceLine } from "../../model/invoice.js";
import type { InvoiceView } from "../../model/sections.js";
import { SINCE_ALWAYS } from "../since-always.js";
import { bySamePrescriber, deliveredProduct, lastDayCovered, onSameOrdonnance, sameSubstance } from "../support/earlier-deliveries.js";
import { notEvaluated } from "../support/not-evaluated.js";
import { isNarcotic } from "./listed.js";

type Seen = InvoiceView<"header" | "patient" | "prescription" | "lines">;

/** A narcotic delivery covers no more than this many days here: the most any ordonnance of one allows (28), with margin. */
const MAX_DAYS_REMEMBERED = 84;

const patientKey = (invoice: Seen): string => `${invoice.patient.insuredNir}|${invoice.patient.birthRank ?? ""}|${invoice.patient.birthDate}`;
const substanceKey = (line: InvoiceLine): string => (line.atc === undefined ? `cip:${line.productCode ?? ""}` : `atc:${upperAtc(line.atc)}`);
const prescriberKey = (invoice: Seen): string | undefined => invoice.prescription?.prescriber.rpps ?? invoice.prescription?.prescriber.amNumber;

/**
 * What a narcotic line leaves in a stream's memory, for each day its delivery covers: the substance
 * delivered to that patient that day (`any`), by that prescriber (`prescriber`), on that ordonnance
 * (`ordonnance`). A later invoice asks for its own day. Hashed, like the duplicate rule's.
 */
function dayFingerprints(invoice: Seen, line: InvoiceLine, day: string): { any: string; prescriber: string | undefined; ordonnance: string } {
  const base = `overlap|${patientKey(invoice)}|${substanceKey(line)}|${day}`;
  const prescriber = prescriberKey(invoice);
  return {
    any: hash53(base),
    prescriber: prescriber === undefined ? undefined : hash53(`${base}|${prescriber}`),
    ordonnance: hash53(`${base}|${prescriber ?? ""}|${invoice.prescription?.date ?? ""}`),
  };
}

function overlapFingerprints(invoice: Seen): string[] {
  const fingerprints: string[] = [];
  if (invoice.prescription === undefined) return fingerprints;
  for (const line of invoice.lines) {
    if (!isNarcotic(line) || line.productCode === undefined) continue;
    const days = Math.min(MAX_DAYS_REMEMBERED, line.daysOfTreatment ?? 1);
    for (let offset = 0; offset < days; offset++) {
      const { any, prescriber, ordonnance } = dayFingerprints(invoice, line, addDays(invoice.dispensingDate, offset));
      fingerprints.push(any, ordonnance);
      if (prescriber !== undefined) fingerprints.push(prescriber);
    }
  }
  return fingerprints;
}

type Overlap = "same-prescriber" | "other-prescriber";

// CSP R5132-33: an ordonnance of narcotics is not executed during the period a previous ordonnance
// of such drugs still covers, unless the prescriber decides otherwise by an express mention on it
// (chevauchement). A delivery against it is recovered. The overlap of two ordonnances of the same
// prescriber is the case beyond doubt; with another prescriber's (nomadisme), or one not known, the
// pharmacist has to check with them: a warning, not a certain loss.
export default defineRule({
  id: "prescription/narcotic-overlap",
  title: { fr: "Stupéfiant délivré en chevauchement", en: "Narcotic delivered in overlap" },
  severity: "error",
  payer: "amo",
  consequence: "clawback",
  source: {
    label:
      "CSP R5132-33: une ordonnance de stupéfiants ne peut être exécutée pendant la période déjà couverte par une précédente ordonnance prescrivant de tels médicaments, sauf mention expresse du prescripteur sur l'ordonnance; Le Moniteur des pharmacies, 13/12/2008, « Si le médecin note chevauchement autorisé, peut-on délivrer dans sa totalité toute nouvelle ordonnance de stupéfiants ? »",
  },

  effective: { from: SINCE_ALWAYS },
  confidence: "high",
  reads: ["header", "patient", "prescription", "lines", "history"],
  appliesTo: (invoice) => invoice.prescription !== undefined && invoice.lines.some(isNarcotic),
  fingerprints: overlapFingerprints,
  messages: {
    samePrescriber: {
      fr: "Ligne {line} : stupéfiant délivré le {dispensed} alors qu'une ordonnance précédente du même prescripteur en couvre encore la période{until}, sans mention de chevauchement.",
      en: "Line {line}: narcotic delivered on {dispensed} while a previous ordonnance of the same prescriber still covers the period{until}, without an overlap mention.",
      hint: {
        fr: "Sans mention expresse du prescripteur sur l'ordonnance, ne délivrez qu'à la fin de la période couverte.",
        en: "Without the prescriber's express mention on the ordonnance, deliver only once the period covered has ended.",
      },
    },
    otherPrescriber: {
      fr: "Ligne {line} : stupéfiant délivré le {dispensed} alors qu'une délivrance précédente, sur l'ordonnance d'un autre prescripteur ou d'un prescripteur inconnu, en couvre encore la période{until}.",
      en: "Line {line}: narcotic delivered on {dispensed} while a previous delivery, on the ordonnance of another or an unknown prescriber, still covers the period{until}.",
      hint: {
        fr: "Vérifiez avec les prescripteurs avant de délivrer : un chevauchement de stupéfiants est à justifier.",
        en: "Check with the prescribers before delivering: an overlap of narcotics has to be justified.",
      },
    },
  },
  check({ invoice, history, referential }) {
    const prescription = invoice.prescription!;
    const dispensed = invoice.dispensingDate;
    const findings: Finding<"samePrescriber" | "otherPrescriber">[] = [];
    let mentionUnknown = false;
    // The deliveries the LGO sent that still cover this day, narcotics on another ordonnance: the
    // period each covers is known. Read once, for every narcotic line.
    const covering = (invoice.history ?? []).flatMap((entry) => {
      if (entry.date > dispensed) return [];
      const covered = lastDayCovered(entry.date, entry.daysOfTreatment);
      if (covered < dispensed) return [];
      const product = deliveredProduct(entry, referential);
      // A fraction of the same ordonnance, or possibly one, is not a new ordonnance.
      if (product.list !== "stupefiant" || onSameOrdonnance(entry, prescription) !== "no") return [];
      return [{ entry, product, covered, samePrescriber: bySamePrescriber(entry, prescription) === true }];
    });
    invoice.lines.forEach((line, index) => {
      if (!isNarcotic(line) || line.productCode === undefined) return;
      let overlap: Overlap | undefined;
      let until: string | undefined;
      for (const earlier of covering) {
        if (!sameSubstance(line, earlier.entry, earlier.product)) continue;
        if (earlier.samePrescriber || overlap === undefined) {
          overlap = earlier.samePrescriber ? "same-prescriber" : "other-prescriber";
          until = earlier.covered;
        }
      }
      // The stream's own earlier invoices, through the fingerprints they left for this day.
      if (overlap !== "same-prescriber" && !history.empty) {
        const day = dayFingerprints(invoice, line, dispensed);
        if (!history.has(day.ordonnance)) {
          if (day.prescriber !== undefined && history.has(day.prescriber)) {
            overlap = "same-prescriber";
            until = undefined;
          } else if (overlap === undefined && history.has(day.any)) overlap = "other-prescriber";
        }
      }
      if (overlap === undefined || prescription.overlapMention === true) return;
      if (prescription.overlapMention === undefined) {
        mentionUnknown = true;
        return;
      }
      findings.push({
        messageId: overlap === "same-prescriber" ? "samePrescriber" : "otherPrescriber",
        path: ["lines", index],
        params: { line: index + 1, dispensed, until: until === undefined ? { fr: "", en: "" } : { fr: ` (jusqu'au ${until})`, en: ` (until ${until})` } },
        amountAtRisk: line.amounts.amo,
        ...(overlap === "other-prescriber" && { severity: "warning" as const }),
      });
    });
    if (findings.length > 0) return findings;
    if (mentionUnknown) {
      return notEvaluated(
        "stupéfiant délivré pendant la période d'une délivrance précédente : mention de chevauchement du prescripteur non transmise",
        "narcotic delivered during the period of a previous delivery: the prescriber's overlap mention was not sent",
      );
    }
    if (invoice.history === undefined) {
      return notEvaluated("historique des délivrances du patient non transmis", "the patient's earlier deliveries were not sent");
    }
    return findings;
  },
});
