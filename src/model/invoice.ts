// zod/mini, as in primitives.ts: functions in place of methods, so that a bundler keeps only what is used.
import * as z from "zod/mini";
import {
  amoReadModes,
  documentKinds,
  exonerations,
  naturesAssurance,
  prescriberKinds,
  prescriptionKinds,
  prestationCodes,
  qualites,
  specialties,
} from "./codes.js";
import type { InvoiceFields } from "./invoice-types.js";
import { codeOf, described, integer, isoDate, list, money, nonEmpty, optional, period, rawBirthDate } from "./primitives.js";

// Identifier fields are plain strings here on purpose: their validity is the business of the
// identity/*, prescriber/* and product/* rules, which vendors can configure by id, not of the parser.
const identifier = (what: string) => described(z.string(), what);

export const pharmacySchema = described(
  z.strictObject({
    finess: identifier("FINESS of the pharmacy (9 characters)"),
    amNumber: optional(identifier("n° AM (facturation) of the pharmacy, 9 digits")),
    departement: described(z.string().check(z.regex(/^(?:[0-9]{2,3}|2A|2B)$/)), "Département of the pharmacy (2 or 3 characters, 2A / 2B)"),
  }),
  "The dispensing pharmacy",
);

export const patientSchema = described(
  z.strictObject({
    insuredNir: identifier("NIR of the ouvrant droit (assuré), 13 characters + key"),
    beneficiaryNir: optional(identifier("Certified NIR of the beneficiary when it is not the insured")),
    lastName: described(nonEmpty(), "Nom as read on the AMO support (the usage name when there is one)"),
    firstName: described(nonEmpty(), "Prénom as read on the AMO support"),
    birthName: optional(nonEmpty(), "Nom de naissance, when lastName is a usage name (married name): documents may bear either"),
    birthDate: rawBirthDate,
    birthRank: optional(integer(), "Rang de naissance 1–9 as read on the card (twins differ)"),
    qualite: optional(z.string(), `Qualité du bénéficiaire, 00–09: ${Object.entries(qualites).map(([k, v]) => `${k} = ${v}`).join("; ")}`),
    anonymousCare: optional(z.enum(["minor-contraception", "covid-without-nir"]), "The anonymous-care dispositif that justifies a fictitious NIR, when one is used"),
    pregnancy: optional(
      z.strictObject({
        startDate: optional(isoDate, "Date de début de grossesse"),
        expectedDeliveryDate: optional(isoDate, "Date présumée d'accouchement"),
        deliveryDate: optional(isoDate, "Actual date of delivery"),
      }),
      "Pregnancy dates, for maternité (nature 30) and the flu campaign",
    ),
    bmi: optional(z.number().check(z.positive()), "Body-mass index (kg/m²)"),
    chronicDisease: optional(z.boolean(), "Has a chronic disease targeted by the flu campaign (ALD or not)"),
    careHomeResident: optional(z.boolean(), "Lives in an EHPAD, soins de suite or médico-social establishment"),
    atRiskEntourage: optional(z.boolean(), "Lives with an at-risk infant < 6 months or an immunocompromised person"),
    profession: optional(
      z.enum(["health-professional", "contact-with-at-risk", "home-helper", "swine-avian-exposed", "other"]),
      "Profession, for the flu campaign's professional target groups",
    ),
  }),
  "The beneficiary of the care, as read on the AMO support",
);

export const amoSchema = described(
  z.strictObject({
    regime: optional(z.string().check(z.regex(/^[0-9]{2}$/)), "Grand régime, 2 digits (01 régime général, 02 MSA…)"),
    caisse: optional(z.string().check(z.regex(/^[0-9]{3}$/)), "Caisse d'affiliation, 3 digits"),
    centre: optional(z.string().check(z.regex(/^[0-9]{4}$/)), "Centre de gestion, 4 digits"),
    rightsPeriods: optional(
      list(period),
      "AMO rights periods as read (carte Vitale group 105, ADRi or attestation); absent when not read, [] when read and none is open",
    ),
    exonerations: optional(
      list(
        z.strictObject({
          code: codeOf(exonerations, "Exonération"),
          from: optional(isoDate, "First day, inclusive"),
          to: optional(isoDate, "Last day, inclusive; open-ended when absent"),
        }),
      ),
      "Exonérations read on the AMO support (card group 106 / ADRi); absent when not read, [] when read and there is none",
    ),
    ald: optional(list(period), "ALD periods known to the caisse (card / ADRi); absent when not read, [] when read and there is none"),
    workAccident: optional(
      z.strictObject({ reference: optional(z.string(), "Référence of the accident (n° AT)"), date: optional(isoDate, "Date of the accident") }),
      "AT/MP identification from the S6201 sheet or card group 103",
    ),
    c2s: optional(z.boolean(), "Complémentaire santé solidaire beneficiary; absent when not known"),
    ame: optional(z.boolean(), "Aide médicale de l'État beneficiary (carte AME); absent when not known"),
    cardDataDate: optional(isoDate, "Date the card data was last updated (mise à jour de la carte Vitale)"),
  }),
  "Assurance Maladie (AMO) coverage as read at dispensing",
);

export const amcSchema = described(
  z.strictObject({
    support: optional(z.enum(["card", "attestation", "online"]), "What the mutuelle data was taken from"),
    organismNumber: optional(identifier("Numéro AMC (8 to 10 digits)")),
    teletransmissionCode: optional(identifier("Code de télétransmission / n° EDI of the mutuelle")),
    contract: optional(z.string(), "Contract / type de convention applied"),
    validity: optional(period, "Validity of the mutuelle attestation"),
    beneficiaries: optional(
      list(
        z.strictObject({
          lastName: described(z.string(), "Nom as written on the attestation"),
          firstName: described(z.string(), "Prénom as written on the attestation"),
          birthDate: optional(rawBirthDate),
        }),
      ),
      "Beneficiaries listed on the attestation",
    ),
    domains: optional(
      list(z.enum(["pharmacy", "optics", "dental", "hearing", "hospital", "medical", "other"])),
      "Domains of care covered in tiers payant according to the attestation",
    ),
  }),
  "Complémentaire (AMC, mutuelle) data",
);

export const prescriberSchema = z.strictObject({
  kind: codeOf(prescriberKinds, "Prescriber kind"),
  amNumber: optional(identifier("n° AM of the prescriber (8 digits + key)")),
  rpps: optional(identifier("RPPS of the prescriber (11 digits)")),
  finess: optional(identifier("FINESS of the establishment, for hospital prescriptions")),
  hospital: optional(z.boolean(), "Hospital prescription executed in town (PHMEV)"),
  specialty: optional(
    codeOf(specialties, "Specialty of a doctor, as the BDPM names it for drugs reserved to specialists (MEDECINE GENERALE for a general practitioner)"),
  ),
});

export const prescriptionSchema = described(
  z.strictObject({
    date: described(isoDate, "Date of the ordonnance"),
    kind: optional(
      codeOf(
        prescriptionKinds,
        "Deprecated: the ordonnance as one kind. Use secure, bizone, exceptionForm and electronic, which can combine; read as those facts when they are absent",
      ),
    ),
    secure: optional(z.boolean(), "Ordonnance sécurisée (CSP R5132-5); an e-prescription counts as secure"),
    bizone: optional(z.boolean(), "Ordonnance bizone (ALD): each line says its zone in bizoneZone"),
    exceptionForm: optional(z.boolean(), "Ordonnance de médicament d'exception (cerfa S3326)"),
    exceptionFormAld: optional(z.boolean(), "On the S3326, the box « prescription en rapport avec une ALD » is ticked"),
    electronic: optional(z.boolean(), "E-prescription (ordonnance numérique): counts as secure and needs no SCOR scan"),
    prescriber: described(prescriberSchema, "Who wrote the ordonnance"),
    renewal: optional(
      z.strictObject({
        authorized: optional(integer(z.gte(0)), "Renewals written by the prescriber (à renouveler N fois), 0 when none is written; absent when not sent"),
        deliveryIndex: described(integer(z.gte(0)), "0 for the first delivery, 1 for the second (first renewal)…"),
      }),
      "Renewals: those written, and which delivery this one is",
    ),
    supplementaryDispensing: optional(
      z.boolean(),
      "Dispensation supplémentaire exceptionnelle (CSP R5123-2-1, from 2024-11-29): a monthly delivery of a chronic treatment after its ordonnance expired",
    ),
    initialPrescription: optional(
      z.strictObject({
        date: described(isoDate, "Date of the initial prescription"),
        hospital: optional(z.boolean(), "Written by a hospital prescriber"),
        specialty: optional(codeOf(specialties, "Specialty of the doctor who wrote it, as in prescriber.specialty")),
      }),
      "For a drug of restricted initial prescription (PIH, or initial prescription reserved to specialists) renewed by another doctor: its initial prescription",
    ),
    glp1Form: optional(
      z.boolean(),
      "For a GLP-1 analogue of diabetes: the prescription's supporting form (justificatif d'accompagnement, code PRR) was presented; absent when not known",
    ),
    travelAbroadMention: optional(
      z.strictObject({
        prescriberAgreement: described(z.boolean(), "The prescriber wrote his agreement for a delivery covering a stay abroad"),
        quantityAtOnce: described(z.boolean(), "The prescriber wrote the quantity to deliver at once"),
      }),
      "For a delivery covering a stay abroad: the prescriber's mentions on the ordonnance",
    ),
    pharmacistNamed: optional(z.boolean(), "The dispensing pharmacist's name is written on the ordonnance"),
    overlapMention: optional(
      z.boolean(),
      "The prescriber's express mention that this ordonnance of a narcotic may overlap the period a previous one still covers (chevauchement, CSP R5132-33); absent when not known",
    ),
  }),
  "The ordonnance (or the voucher that serves as one)",
);

export const stayAbroadSchema = described(
  z.strictObject({
    departureDate: described(isoDate, "Date of departure"),
    returnDate: described(isoDate, "Planned return date: the stay's length is measured from departure to return"),
    swornStatement: optional(
      z.strictObject({
        lastName: optional(z.string(), "Nom, as the patient wrote it"),
        firstName: optional(z.string(), "Prénom"),
        address: optional(z.string(), "Address in France"),
        phone: optional(z.string(), "Telephone number"),
        nir: optional(z.string(), "NIR, as written on the statement"),
        nationality: optional(z.string(), "Nationality"),
        placeOfStay: optional(z.string(), "Where the stay is (country, town)"),
        departureDate: optional(isoDate, "Date of departure, as written on the statement"),
        duration: optional(z.string(), "Length of the stay, as written"),
        reason: optional(z.string(), "Reason of the stay"),
      }),
      "Attestation sur l'honneur: every field is required by the caisse",
    ),
    caisseAgreement: optional(
      z.strictObject({
        grantedOn: optional(isoDate, "Date the agreement was notified"),
        until: optional(isoDate, "Last day the agreement covers"),
        products: optional(list(z.string()), "CIP13 codes the agreement covers; all prescribed products when absent"),
      }),
      "Agreement of the caisse's service médical",
    ),
  }),
  "Delivery for a stay abroad (départ à l'étranger)",
);

export const vaccinationSchema = described(
  z.strictObject({
    voucher: described(
      z.enum(["none", "target-group", "child-without-risk"]),
      "Bon de prise en charge: none, the target-group bon (100 %), or the specific bon for children 2–17 without risk (65 %)",
    ),
    firstTime: optional(z.boolean(), "Primo-vaccinant"),
    stateStock: optional(z.boolean(), "The vaccine comes from State stock (2020-2021 campaign): billed at its small price at 100 % without exo 7"),
  }),
  "Flu vaccination context",
);

export const documentSchema = z.strictObject({
  kind: codeOf(documentKinds, "Document kind"),
  person: optional(
    z.strictObject({ lastName: described(z.string(), "Nom on the document"), firstName: described(z.string(), "Prénom on the document") }),
    "Whose name the document bears",
  ),
  issuedOn: optional(isoDate, "Date the document was issued"),
  legible: optional(z.boolean(), "The scan is legible"),
  dpi: optional(integer(z.positive()), "Resolution of the scan, in dots per inch (SCOR asks for 200 at least)"),
});

export const lineSchema = z.strictObject({
  productCode: optional(z.string(), "CIP13 for drugs, ACL13 or LPP code for devices; absent for fees and acts"),
  productKind: described(z.enum(["drug", "device", "service"]), "drug (CIP13), device (LPP / ACL13), service (fee or act)"),
  label: optional(z.string(), "The product's or the fee's name, as the LGO shows it"),
  prestationCode: codeOf(prestationCodes, "Prestation code"),
  natureAssurance: optional(codeOf(naturesAssurance, "Nature d'assurance of this line when it differs from the invoice's")),
  exonerationCode: optional(
    codeOf(exonerations, "Exonération of this line (per line: a vaccine in exo 7 and its act under the patient's situation on one invoice is normal)"),
  ),
  quantity: described(integer(z.positive()), "Boxes (or units) delivered, or acts"),
  unitPrice: described(money, "Unit price charged, euros"),
  reimbursementBase: optional(
    money,
    "Base de remboursement per unit when it differs from the unit price (TFR, princeps refused without NS mention, LPP tariff); the unit price when absent",
  ),
  total: optional(money, "Line total as invoiced; quantity × unit price when absent"),
  amounts: described(z.strictObject({ amo: money, amc: money, patient: money }), "Declared shares of the line total: AMO, AMC (mutuelle) and the patient's own"),
  bizoneZone: optional(z.enum(["ald", "other"]), "Zone of a bizone ordonnance (or ALD part of an e-prescription) the line was prescribed in"),
  daysOfTreatment: optional(integer(z.positive()), "Days of treatment delivered on this line"),
  prescribedDaysOfTreatment: optional(integer(z.positive()), "Days of treatment the ordonnance prescribed for this product"),
  largePack: optional(z.boolean(), "Grand conditionnement (3-month pack)"),
  list: optional(z.enum(["I", "II", "stupefiant", "none"]), "Liste I / II / stupéfiant, from the drug referential"),
  exceptionDrug: optional(z.boolean(), "Médicament d'exception (S3326)"),
  atc: optional(z.string(), "ATC code of the product"),
  genericType: optional(z.enum(["princeps", "generic", "none"])),
  nonSubstitutable: optional(
    z.strictObject({ reason: optional(z.enum(["MTE", "EFG", "CIF"])) }),
    "Mention « non substituable » and its justification, when written",
  ),
  substitution: optional(
    z.enum(["patient-refused", "generic-unavailable"]),
    "For a princeps delivered without a « non substituable » mention: why no generic was (the patient refused it, or none was available); absent when not known",
  ),
  vaccine: optional(z.enum(["flu", "covid", "other"]), "The product is a vaccine of this kind"),
  forLine: optional(integer(z.gte(0)), "For a fee line: index of the drug line it relates to"),
});

export const earlierDeliverySchema = described(
  z.strictObject({
    date: described(isoDate, "Date of the earlier delivery"),
    productCode: described(z.string(), "CIP13 delivered"),
    quantity: described(integer(z.positive()), "Boxes delivered"),
    daysOfTreatment: optional(integer(z.positive()), "Days of treatment the delivery covered"),
    prescriptionDate: optional(isoDate, "Date of the ordonnance it was delivered on"),
    prescriberRpps: optional(identifier("RPPS of that ordonnance's prescriber")),
    list: optional(z.enum(["I", "II", "stupefiant", "none"]), "Liste I / II / stupéfiant of the product; the referential's when absent"),
    atc: optional(z.string(), "ATC code of the product; the referential's when absent"),
  }),
  "A delivery made to the same patient before this invoice, from the LGO's dispensing history",
);

export const invoiceSchema = described(
  z.strictObject({
    id: described(nonEmpty(), "The LGO's own identifier of the invoice"),
    number: described(nonEmpty(), "Numéro de facture (unique per pharmacy)"),
    dispensingDate: described(isoDate, "Date d'exécution (delivery)"),
    transmissionDate: optional(isoDate, "Date the FSE is (or will be) sent"),
    replacesInvoice: optional(nonEmpty(), "Number of an earlier invoice this one replaces (a corrected re-bill after a reject)"),
    amoReadMode: optional(codeOf(amoReadModes, "AMO data source")),
    natureAssurance: codeOf(naturesAssurance, "Nature d'assurance"),
    tiersPayant: described(
      z.strictObject({
        amo: described(z.boolean(), "The AMO share is paid to the pharmacy (tiers payant AMO)"),
        amc: described(z.boolean(), "The mutuelle's share is paid to the pharmacy (tiers payant AMC)"),
      }),
      "Tiers payant applied to each payer",
    ),
    franchise: optional(money, "Franchise médicale deducted on this invoice"),
    pharmacy: pharmacySchema,
    patient: patientSchema,
    amo: amoSchema,
    amc: optional(amcSchema),
    prescription: optional(prescriptionSchema),
    stayAbroad: optional(stayAbroadSchema),
    vaccination: optional(vaccinationSchema),
    documents: optional(list(documentSchema), "Scanned pieces (SCOR); absent when the LGO does not send them"),
    lines: described(list(lineSchema).check(z.minLength(1)), "The invoice's lines: drugs, devices, fees and acts, in the FSE's order"),
    history: optional(
      list(earlierDeliverySchema),
      "Earlier deliveries to this patient that the LGO knows (its dispensing history), for the checks across deliveries (prescribed period, narcotic overlap); absent when not sent, [] when there is none",
    ),
  }),
  "A pharmacy invoice (FSE) as the LGO is about to send it",
);

/**
 * An invoice as the model parses it. Written out in src/model/invoice-types.ts (generated) so that an
 * editor shows each field's description; a type test holds it equal to what zod infers.
 */
export type Invoice = InvoiceFields;
/** What a caller may pass: the same as what parses, the model having no defaults. */
export type InvoiceInput = InvoiceFields;
export type Patient = Invoice["patient"];
export type AmoCoverage = Invoice["amo"];
export type AmcCoverage = NonNullable<Invoice["amc"]>;
export type Prescription = NonNullable<Invoice["prescription"]>;
export type Prescriber = Prescription["prescriber"];
export type StayAbroad = NonNullable<Invoice["stayAbroad"]>;
export type Vaccination = NonNullable<Invoice["vaccination"]>;
export type InvoiceDocument = NonNullable<Invoice["documents"]>[number];
export type InvoiceLine = Invoice["lines"][number];
export type EarlierDelivery = NonNullable<Invoice["history"]>[number];
export type Period = z.output<typeof period>;

/**
 * One invoice of a split. The first part is the original invoice, keeping its id and number; the
 * others are new invoices, with no id and no number: real FSE numbers come from the LGO's own
 * sequence, so the library never invents one (give them to `applyFix`, or let the LGO number them).
 */
export type SplitInvoicePart = Omit<InvoiceInput, "id" | "number"> & { readonly id?: string; readonly number?: string };
