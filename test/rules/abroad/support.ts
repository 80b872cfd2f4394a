import type { InvoiceInput } from "../../../src/index.js";
import { drugs } from "../../support/drugs.js";
import { ids, invoiceWith, withOverrides, type Overrides } from "../../support/fixtures.js";

export const sworn = {
  lastName: "MARTIN", firstName: "CLAIRE", address: "12 rue des Lilas, 33000 Bordeaux", phone: "0600000000", nir: ids.insuredNir,
  nationality: "française", placeOfStay: "Dakar, Sénégal", departureDate: "2025-03-15", duration: "3 mois", reason: "mission",
};

export const levothyroxThreeMonths = {
  productCode: drugs.levothyrox.cip13, productKind: "drug" as const, label: drugs.levothyrox.name, prestationCode: "PH7" as const, quantity: 3,
  unitPrice: "1.55", total: "4.65", amounts: { amo: "3.02", amc: "1.63", patient: "0.00" }, list: "II" as const, atc: "H03AA01", daysOfTreatment: 90,
};

/** A complete, valid delivery for a 3-month stay (departure 2025-03-15, dispensing 2025-03-10). */
export function travel(overrides: Overrides<InvoiceInput> = {}): InvoiceInput {
  const base = invoiceWith({
    prescription: { travelAbroadMention: { prescriberAgreement: true, quantityAtOnce: true } },
    stayAbroad: { departureDate: "2025-03-15", returnDate: "2025-06-15", swornStatement: sworn, caisseAgreement: { grantedOn: "2025-03-09", products: [drugs.levothyrox.cip13] } },
    lines: [levothyroxThreeMonths],
  });
  return withOverrides(base, overrides);
}
