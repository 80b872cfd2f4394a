import { addMonths } from "../../engine/calendar.js";
import type { StayAbroad } from "../../model/invoice.js";

// "Plus d'un mois" and "6 mois" are calendar months from the departure (ameli, facts §8).
export const staysMoreThanOneMonth = (stay: StayAbroad): boolean => stay.returnDate > addMonths(stay.departureDate, 1);
export const staysMoreThanMonths = (stay: StayAbroad, months: number): boolean => stay.returnDate > addMonths(stay.departureDate, months);

export const AMELI_ABROAD = {
  label: "ameli pharmacien, « Délivrance de médicaments pour départ à l'étranger »; circulaire CNAMTS CIR-19/2009",
  url: "https://www.ameli.fr/pharmacien/actualites/delivrance-de-medicaments-pour-depart-letranger-2",
} as const;

export const SEED_ABROAD = "Conseil Backoffice « Comment éviter les rejets cet été ? » (2020), départs à l'étranger";

/** The circulaire that set the national derogatory procedure (facts §17.2). */
export const ABROAD_SINCE = "2009-03-19";
