import { compact } from "../../identifiers/checksums.js";
import type { Prescription } from "../../model/invoice.js";

/** The generic prescriber number of pharmacist-prescribed vaccines (ameli pharmacien, 09/01/2024). */
export const PHARMACIST_PRESCRIBER_NUMBER = "291990869";

/** The pharmacist (or the pharmacy) is the prescriber: the bon then serves as the prescription. */
export const pharmacistPrescribes = (prescription: Prescription): boolean =>
  prescription.prescriber.kind === "pharmacist" || compact(prescription.prescriber.amNumber ?? "") === PHARMACIST_PRESCRIBER_NUMBER;
