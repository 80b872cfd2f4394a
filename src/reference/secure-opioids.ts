import { isWithin } from "../engine/calendar.js";
import { defineTable } from "../engine/reference-table.js";

/**
 * Substances that need a secure ordonnance (or an e-prescription) and a prescription of 12 weeks at
 * most, from ordonnances of 2025-03-01: tramadol, codéine and dihydrocodéine, alone or in
 * association, « quelle que soit leur indication » (codeine antitussives included). Matched by the
 * exact ATC code of the product; a product whose ATC is not listed here is not judged.
 */
export interface SecureOpioidRow {
  readonly substance: string;
  readonly atc: string;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly source: { readonly label: string; readonly url?: string };
}

const ANSM_2025 = {
  label: "La Revue du Praticien, « Tramadol et codéine : modifications des conditions de prescription et de délivrance » (mesures de l'ANSM au 1er mars 2025: ordonnance sécurisée, 12 semaines au plus; dérogation du 26 février 2025 pour les prescriptions du mois de mars); egora, 28/02/2025",
  url: "https://www.larevuedupraticien.fr/article/tramadol-et-codeine-modifications-des-conditions-de-prescription-et-de-delivrance",
};
const from = "2025-03-01";
const row = (substance: string, atc: string): SecureOpioidRow => ({ substance, atc, effective: { from }, source: ANSM_2025 });

export const secureOpioids = defineTable<SecureOpioidRow>("opioids needing a secure ordonnance", [
  row("tramadol", "N02AX02"),
  row("tramadol et paracétamol", "N02AJ13"),
  row("tramadol et dexkétoprofène", "N02AJ14"),
  row("codéine et paracétamol", "N02AJ06"),
  row("codéine et acide acétylsalicylique", "N02AJ07"),
  row("codéine et ibuprofène", "N02AJ08"),
  row("codéine et autres analgésiques non opioïdes", "N02AJ09"),
  row("codéine (antitussif)", "R05DA04"),
  row("tramadol en association", "N02AX52"),
  row("dihydrocodéine", "N02AA08"),
  row("dihydrocodéine en association", "N02AA58"),
]);

const byAtc = new Map(secureOpioids.rows.map((row) => [row.atc, row]));

/** The row of a product's ATC code for ordonnances of a date, if it is listed. */
export function secureOpioidOf(atc: string | undefined, prescribedOn: string): SecureOpioidRow | undefined {
  const row = atc === undefined ? undefined : byAtc.get(atc);
  return row !== undefined && isWithin(prescribedOn, row.effective) ? row : undefined;
}

/**
 * The last day of the dérogation: an ordonnance of March 2025 not yet secure is honoured for the
 * treatment it prescribes, renewals included; one made before March stays valid to its end.
 */
export const SECURE_OPIOID_TOLERANCE_UNTIL = "2025-03-31";
/** 12 weeks. */
export const SECURE_OPIOID_MAXIMUM_DAYS = 84;
