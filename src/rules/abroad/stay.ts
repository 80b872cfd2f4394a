import { addMonths } from "../../engine/calendar.js";
import type { StayAbroad } from "../../model/invoice.js";

// "Plus d'un mois" and "6 mois" are calendar months from the departure (ameli pharmacien).
export const staysMoreThanOneMonth = (stay: StayAbroad): boolean => stay.returnDate > addMonths(stay.departureDate, 1);
export const staysMoreThanMonths = (stay: StayAbroad, months: number): boolean => stay.returnDate > addMonths(stay.departureDate, months);

export const AMELI_ABROAD = {
  label: "ameli pharmacien, « Délivrance de médicaments pour départ à l'étranger »; circulaire CNAMTS CIR-19/2009",
  url: "https://www.ameli.fr/pharmacien/actualites/delivrance-de-medicaments-pour-depart-letranger-2",
} as const;

/** The usual longest delivery (CSP R5123-2): only lines beyond it need the stay-abroad derogation. */
export const USUAL_MAXIMUM_DAYS = 30;

/** The circulaire that set the national derogatory procedure (CNAMTS CIR-19/2009, 19 March 2009). */
export const ABROAD_SINCE = "2009-03-19";
