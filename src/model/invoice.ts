// The namespace, not `{ z }`: that object re-exports all of zod's locales, which bundlers then keep (about 360 KB minified).
import * as z from "zod";
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
import { codeOf, isoDate, list, money, period, rawBirthDate } from "./primitives.js";

// Identifier fields are plain strings here on purpose: their validity is the business of the
// identity/*, prescriber/* and product/* rules, which vendors can configure by id, not of the parser.
const identifier = (what: string) => z.string().describe(what);

export const pharmacySchema = z
  .strictObject({
    finess: identifier("FINESS of the pharmacy (9 characters)"),
    amNumber: identifier("n° AM (facturation) of the pharmacy, 9 digits").optional(),
    departement: z.string().regex(/^(?:[0-9]{2,3}|2A|2B)$/).describe("Département of the pharmacy (2 or 3 characters, 2A / 2B)"),
  })
  .describe("The dispensing pharmacy");

export const patientSchema = z
  .strictObject({
    insuredNir: identifier("NIR of the ouvrant droit (assuré), 13 characters + key"),
    beneficiaryNir: identifier("Certified NIR of the beneficiary when it is not the insured").optional(),
    lastName: z.string().min(1).describe("Nom as read on the AMO support (the usage name when there is one)"),
    firstName: z.string().min(1).describe("Prénom as read on the AMO support"),
    birthName: z.string().min(1).optional().describe("Nom de naissance, when lastName is a usage name (married name): documents may bear either"),
    birthDate: rawBirthDate,
    birthRank: z.number().int().optional().describe("Rang de naissance 1–9 as read on the card (twins differ)"),
    qualite: z.string().optional().describe(`Qualité du bénéficiaire, 00–09: ${Object.entries(qualites).map(([k, v]) => `${k} = ${v}`).join("; ")}`),
    anonymousCare: z
      .enum(["minor-contraception", "covid-without-nir"])
      .optional()
      .describe("The anonymous-care dispositif that justifies a fictitious NIR, when one is used"),
    pregnancy: z
      .strictObject({
        startDate: isoDate.optional().describe("Date de début de grossesse"),
        expectedDeliveryDate: isoDate.optional().describe("Date présumée d'accouchement"),
        deliveryDate: isoDate.optional().describe("Actual date of delivery"),
      })
      .optional()
      .describe("Pregnancy dates, for maternité (nature 30) and the flu campaign"),
    bmi: z.number().positive().optional().describe("Body-mass index (kg/m²)"),
    chronicDisease: z.boolean().optional().describe("Has a chronic disease targeted by the flu campaign (ALD or not)"),
    careHomeResident: z.boolean().optional().describe("Lives in an EHPAD, soins de suite or médico-social establishment"),
    atRiskEntourage: z.boolean().optional().describe("Lives with an at-risk infant < 6 months or an immunocompromised person"),
    profession: z
      .enum(["health-professional", "contact-with-at-risk", "home-helper", "swine-avian-exposed", "other"])
      .optional()
      .describe("Profession, for the flu campaign's professional target groups"),
  })
  .describe("The beneficiary of the care, as read on the AMO support");

export const amoSchema = z
  .strictObject({
    regime: z.string().regex(/^[0-9]{2}$/).optional().describe("Grand régime, 2 digits (01 régime général, 02 MSA…)"),
    caisse: z.string().regex(/^[0-9]{3}$/).optional().describe("Caisse d'affiliation, 3 digits"),
    centre: z.string().regex(/^[0-9]{4}$/).optional().describe("Centre de gestion, 4 digits"),
    rightsPeriods: list(period)
      .optional()
      .describe("AMO rights periods as read (carte Vitale group 105, ADRi or attestation); absent when not read, [] when read and none is open"),
    exonerations: list(z.strictObject({ code: codeOf(exonerations, "Exonération"), from: isoDate.optional().describe("First day, inclusive"), to: isoDate.optional().describe("Last day, inclusive; open-ended when absent") }))
      .optional()
      .describe("Exonérations read on the AMO support (card group 106 / ADRi); absent when not read, [] when read and there is none"),
    ald: list(period).optional().describe("ALD periods known to the caisse (card / ADRi); absent when not read, [] when read and there is none"),
    workAccident: z
      .strictObject({ reference: z.string().optional().describe("Référence of the accident (n° AT)"), date: isoDate.optional().describe("Date of the accident") })
      .optional()
      .describe("AT/MP identification from the S6201 sheet or card group 103"),
    c2s: z.boolean().optional().describe("Complémentaire santé solidaire beneficiary; absent when not known"),
    ame: z.boolean().optional().describe("Aide médicale de l'État beneficiary (carte AME); absent when not known"),
    cardDataDate: isoDate.optional().describe("Date the card data was last updated (mise à jour de la carte Vitale)"),
  })
  .describe("Assurance Maladie (AMO) coverage as read at dispensing");

export const amcSchema = z
  .strictObject({
    support: z.enum(["card", "attestation", "online"]).optional().describe("What the mutuelle data was taken from"),
    organismNumber: identifier("Numéro AMC (8 to 10 digits)").optional(),
    teletransmissionCode: identifier("Code de télétransmission / n° EDI of the mutuelle").optional(),
    contract: z.string().optional().describe("Contract / type de convention applied"),
    validity: period.optional().describe("Validity of the mutuelle attestation"),
    beneficiaries: list(z.strictObject({ lastName: z.string().describe("Nom as written on the attestation"), firstName: z.string().describe("Prénom as written on the attestation"), birthDate: rawBirthDate.optional() }))
      .optional()
      .describe("Beneficiaries listed on the attestation"),
    domains: list(z.enum(["pharmacy", "optics", "dental", "hearing", "hospital", "medical", "other"]))
      .optional()
      .describe("Domains of care covered in tiers payant according to the attestation"),
  })
  .describe("Complémentaire (AMC, mutuelle) data");

export const prescriberSchema = z.strictObject({
  kind: codeOf(prescriberKinds, "Prescriber kind"),
  amNumber: identifier("n° AM of the prescriber (8 digits + key)").optional(),
  rpps: identifier("RPPS of the prescriber (11 digits)").optional(),
  finess: identifier("FINESS of the establishment, for hospital prescriptions").optional(),
  hospital: z.boolean().optional().describe("Hospital prescription executed in town (PHMEV)"),
  specialty: codeOf(specialties, "Specialty of a doctor, as the BDPM names it for drugs reserved to specialists (MEDECINE GENERALE for a general practitioner)").optional(),
});

export const prescriptionSchema = z
  .strictObject({
    date: isoDate.describe("Date of the ordonnance"),
    kind: codeOf(prescriptionKinds, "Deprecated: the ordonnance as one kind. Use secure, bizone, exceptionForm and electronic, which can combine; read as those facts when they are absent")
      .optional(),
    secure: z.boolean().optional().describe("Ordonnance sécurisée (CSP R5132-5); an e-prescription counts as secure"),
    bizone: z.boolean().optional().describe("Ordonnance bizone (ALD): each line says its zone in bizoneZone"),
    exceptionForm: z.boolean().optional().describe("Ordonnance de médicament d'exception (cerfa S3326)"),
    exceptionFormAld: z.boolean().optional().describe("On the S3326, the box « prescription en rapport avec une ALD » is ticked"),
    electronic: z.boolean().optional().describe("E-prescription (ordonnance numérique): counts as secure and needs no SCOR scan"),
    prescriber: prescriberSchema.describe("Who wrote the ordonnance"),
    renewal: z
      .strictObject({
        authorized: z.number().int().min(0).optional().describe("Renewals written by the prescriber (à renouveler N fois), 0 when none is written; absent when not sent"),
        deliveryIndex: z.number().int().min(0).describe("0 for the first delivery, 1 for the second (first renewal)…"),
      })
      .optional()
      .describe("Renewals: those written, and which delivery this one is"),
    supplementaryDispensing: z
      .boolean()
      .optional()
      .describe("Dispensation supplémentaire exceptionnelle (CSP R5123-2-1, from 2024-11-29): a monthly delivery of a chronic treatment after its ordonnance expired"),
    initialPrescription: z
      .strictObject({
        date: isoDate.describe("Date of the initial prescription"),
        hospital: z.boolean().optional().describe("Written by a hospital prescriber"),
        specialty: codeOf(specialties, "Specialty of the doctor who wrote it, as in prescriber.specialty").optional(),
      })
      .optional()
      .describe("For a drug of restricted initial prescription (PIH, or initial prescription reserved to specialists) renewed by another doctor: its initial prescription"),
    glp1Form: z
      .boolean()
      .optional()
      .describe("For a GLP-1 analogue of diabetes: the prescription's supporting form (justificatif d'accompagnement, code PRR) was presented; absent when not known"),
    travelAbroadMention: z
      .strictObject({
        prescriberAgreement: z.boolean().describe("The prescriber wrote his agreement for a delivery covering a stay abroad"),
        quantityAtOnce: z.boolean().describe("The prescriber wrote the quantity to deliver at once"),
      })
      .optional()
      .describe("For a delivery covering a stay abroad: the prescriber's mentions on the ordonnance"),
    pharmacistNamed: z.boolean().optional().describe("The dispensing pharmacist's name is written on the ordonnance"),
    overlapMention: z
      .boolean()
      .optional()
      .describe("The prescriber's express mention that this ordonnance of a narcotic may overlap the period a previous one still covers (chevauchement, CSP R5132-33); absent when not known"),
  })
  .describe("The ordonnance (or the voucher that serves as one)");

export const stayAbroadSchema = z
  .strictObject({
    departureDate: isoDate.describe("Date of departure"),
    returnDate: isoDate.describe("Planned return date: the stay's length is measured from departure to return"),
    swornStatement: z
      .strictObject({
        lastName: z.string().optional().describe("Nom, as the patient wrote it"),
        firstName: z.string().optional().describe("Prénom"),
        address: z.string().optional().describe("Address in France"),
        phone: z.string().optional().describe("Telephone number"),
        nir: z.string().optional().describe("NIR, as written on the statement"),
        nationality: z.string().optional().describe("Nationality"),
        placeOfStay: z.string().optional().describe("Where the stay is (country, town)"),
        departureDate: isoDate.optional().describe("Date of departure, as written on the statement"),
        duration: z.string().optional().describe("Length of the stay, as written"),
        reason: z.string().optional().describe("Reason of the stay"),
      })
      .optional()
      .describe("Attestation sur l'honneur: every field is required by the caisse"),
    caisseAgreement: z
      .strictObject({
        grantedOn: isoDate.optional().describe("Date the agreement was notified"),
        until: isoDate.optional().describe("Last day the agreement covers"),
        products: list(z.string()).optional().describe("CIP13 codes the agreement covers; all prescribed products when absent"),
      })
      .optional()
      .describe("Agreement of the caisse's service médical"),
  })
  .describe("Delivery for a stay abroad (départ à l'étranger)");

export const vaccinationSchema = z
  .strictObject({
    voucher: z
      .enum(["none", "target-group", "child-without-risk"])
      .describe("Bon de prise en charge: none, the target-group bon (100 %), or the specific bon for children 2–17 without risk (65 %)"),
    firstTime: z.boolean().optional().describe("Primo-vaccinant"),
    stateStock: z.boolean().optional().describe("The vaccine comes from State stock (2020-2021 campaign): billed at its small price at 100 % without exo 7"),
  })
  .describe("Flu vaccination context");

export const documentSchema = z.strictObject({
  kind: codeOf(documentKinds, "Document kind"),
  person: z.strictObject({ lastName: z.string().describe("Nom on the document"), firstName: z.string().describe("Prénom on the document") }).optional().describe("Whose name the document bears"),
  issuedOn: isoDate.optional().describe("Date the document was issued"),
  legible: z.boolean().optional().describe("The scan is legible"),
  dpi: z.number().int().positive().optional().describe("Resolution of the scan, in dots per inch (SCOR asks for 200 at least)"),
});

export const lineSchema = z.strictObject({
  productCode: z.string().optional().describe("CIP13 for drugs, ACL13 or LPP code for devices; absent for fees and acts"),
  productKind: z.enum(["drug", "device", "service"]).describe("drug (CIP13), device (LPP / ACL13), service (fee or act)"),
  label: z.string().optional().describe("The product's or the fee's name, as the LGO shows it"),
  prestationCode: codeOf(prestationCodes, "Prestation code"),
  natureAssurance: codeOf(naturesAssurance, "Nature d'assurance of this line when it differs from the invoice's").optional(),
  exonerationCode: codeOf(exonerations, "Exonération of this line (per line: a vaccine in exo 7 and its act under the patient's situation on one invoice is normal)").optional(),
  quantity: z.number().int().positive().describe("Boxes (or units) delivered, or acts"),
  unitPrice: money.describe("Unit price charged, euros"),
  reimbursementBase: money
    .optional()
    .describe("Base de remboursement per unit when it differs from the unit price (TFR, princeps refused without NS mention, LPP tariff); the unit price when absent"),
  total: money.optional().describe("Line total as invoiced; quantity × unit price when absent"),
  amounts: z
    .strictObject({ amo: money, amc: money, patient: money })
    .describe("Declared shares of the line total: AMO, AMC (mutuelle) and the patient's own"),
  bizoneZone: z.enum(["ald", "other"]).optional().describe("Zone of a bizone ordonnance (or ALD part of an e-prescription) the line was prescribed in"),
  daysOfTreatment: z.number().int().positive().optional().describe("Days of treatment delivered on this line"),
  prescribedDaysOfTreatment: z.number().int().positive().optional().describe("Days of treatment the ordonnance prescribed for this product"),
  largePack: z.boolean().optional().describe("Grand conditionnement (3-month pack)"),
  list: z.enum(["I", "II", "stupefiant", "none"]).optional().describe("Liste I / II / stupéfiant, from the drug referential"),
  exceptionDrug: z.boolean().optional().describe("Médicament d'exception (S3326)"),
  atc: z.string().optional().describe("ATC code of the product"),
  genericType: z.enum(["princeps", "generic", "none"]).optional(),
  nonSubstitutable: z
    .strictObject({ reason: z.enum(["MTE", "EFG", "CIF"]).optional() })
    .optional()
    .describe("Mention « non substituable » and its justification, when written"),
  substitution: z
    .enum(["patient-refused", "generic-unavailable"])
    .optional()
    .describe("For a princeps delivered without a « non substituable » mention: why no generic was (the patient refused it, or none was available); absent when not known"),
  vaccine: z.enum(["flu", "covid", "other"]).optional().describe("The product is a vaccine of this kind"),
  forLine: z.number().int().min(0).optional().describe("For a fee line: index of the drug line it relates to"),
});

export const earlierDeliverySchema = z
  .strictObject({
    date: isoDate.describe("Date of the earlier delivery"),
    productCode: z.string().describe("CIP13 delivered"),
    quantity: z.number().int().positive().describe("Boxes delivered"),
    daysOfTreatment: z.number().int().positive().optional().describe("Days of treatment the delivery covered"),
    prescriptionDate: isoDate.optional().describe("Date of the ordonnance it was delivered on"),
    prescriberRpps: identifier("RPPS of that ordonnance's prescriber").optional(),
    list: z.enum(["I", "II", "stupefiant", "none"]).optional().describe("Liste I / II / stupéfiant of the product; the referential's when absent"),
    atc: z.string().optional().describe("ATC code of the product; the referential's when absent"),
  })
  .describe("A delivery made to the same patient before this invoice, from the LGO's dispensing history");

export const invoiceSchema = z
  .strictObject({
    id: z.string().min(1).describe("The LGO's own identifier of the invoice"),
    number: z.string().min(1).describe("Numéro de facture (unique per pharmacy)"),
    dispensingDate: isoDate.describe("Date d'exécution (delivery)"),
    transmissionDate: isoDate.optional().describe("Date the FSE is (or will be) sent"),
    replacesInvoice: z.string().min(1).optional().describe("Number of an earlier invoice this one replaces (a corrected re-bill after a reject)"),
    amoReadMode: codeOf(amoReadModes, "AMO data source").optional(),
    natureAssurance: codeOf(naturesAssurance, "Nature d'assurance"),
    tiersPayant: z
      .strictObject({ amo: z.boolean().describe("The AMO share is paid to the pharmacy (tiers payant AMO)"), amc: z.boolean().describe("The mutuelle's share is paid to the pharmacy (tiers payant AMC)") })
      .describe("Tiers payant applied to each payer"),
    franchise: money.optional().describe("Franchise médicale deducted on this invoice"),
    pharmacy: pharmacySchema,
    patient: patientSchema,
    amo: amoSchema,
    amc: amcSchema.optional(),
    prescription: prescriptionSchema.optional(),
    stayAbroad: stayAbroadSchema.optional(),
    vaccination: vaccinationSchema.optional(),
    documents: list(documentSchema).optional().describe("Scanned pieces (SCOR); absent when the LGO does not send them"),
    lines: list(lineSchema).min(1).describe("The invoice's lines: drugs, devices, fees and acts, in the FSE's order"),
    history: list(earlierDeliverySchema)
      .optional()
      .describe("Earlier deliveries to this patient that the LGO knows (its dispensing history), for the checks across deliveries (prescribed period, narcotic overlap); absent when not sent, [] when there is none"),
  })
  .describe("A pharmacy invoice (FSE) as the LGO is about to send it");

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
