// Generated from the model (invoiceSchema) by test/model/invoice-types.test.ts (npm run docs): do not edit.
// The same type as zod infers from the schema (a type test holds them equal), written out so that
// every field shows its description in an editor.

/** A pharmacy invoice (FSE) as the LGO is about to send it */
export type InvoiceFields = {
  /** The LGO's own identifier of the invoice */
  id: string;
  /** Numéro de facture (unique per pharmacy) */
  number: string;
  /** Date d'exécution (delivery) */
  dispensingDate: string;
  /** Date the FSE is (or will be) sent */
  transmissionDate?: string | undefined;
  /** Number of an earlier invoice this one replaces (a corrected re-bill after a reject) */
  replacesInvoice?: string | undefined;
  /** AMO data source: vitale = carte Vitale read by the SESAM-Vitale reader; apcv = application carte Vitale (apCV) on the patient's phone; adri = rights queried online (ADRi) without a card; attestation = typed from a paper attestation de droits; degraded = SESAM dégradé: no readable card, paper feuille de soins sent too; none = no AMO support read: no card, no apCV, no attestation, no ADRi query */
  amoReadMode?: "vitale" | "apcv" | "adri" | "attestation" | "degraded" | "none" | undefined;
  /** Nature d'assurance: 10 = maladie; 13 = maladie, régime local Alsace-Moselle; 30 = maternité; 41 = accident du travail / maladie professionnelle (AT/MP); 90 = prévention */
  natureAssurance: "10" | "13" | "30" | "41" | "90";
  /** Tiers payant applied to each payer */
  tiersPayant: {
    /** The AMO share is paid to the pharmacy (tiers payant AMO) */
    amo: boolean;
    /** The mutuelle's share is paid to the pharmacy (tiers payant AMC) */
    amc: boolean;
  };
  /** Franchise médicale deducted on this invoice */
  franchise?: string | undefined;
  /** The dispensing pharmacy */
  pharmacy: {
    /** FINESS of the pharmacy (9 characters) */
    finess: string;
    /** n° AM (facturation) of the pharmacy, 9 digits */
    amNumber?: string | undefined;
    /** Département of the pharmacy (2 or 3 characters, 2A / 2B) */
    departement: string;
  };
  /** The beneficiary of the care, as read on the AMO support */
  patient: {
    /** NIR of the ouvrant droit (assuré), 13 characters + key */
    insuredNir: string;
    /** Certified NIR of the beneficiary when it is not the insured */
    beneficiaryNir?: string | undefined;
    /** Nom as read on the AMO support (the usage name when there is one) */
    lastName: string;
    /** Prénom as read on the AMO support */
    firstName: string;
    /** Nom de naissance, when lastName is a usage name (married name): documents may bear either */
    birthName?: string | undefined;
    /** Birth date as read on the carte Vitale / attestation, YYYY-MM-DD; lunar dates (00, month > 12) allowed */
    birthDate: string;
    /** Rang de naissance 1–9 as read on the card (twins differ) */
    birthRank?: number | undefined;
    /** Qualité du bénéficiaire, 00–09: 00 = assuré (ouvrant droit); 01 = ascendant, descendant, collatéral, allié; 02 = conjoint; 03 = conjoint divorcé; 04 = concubin; 05 = conjoint séparé; 06 = enfant; 07 = bénéficiaire hors article 313; 08 = conjoint veuf; 09 = autre ayant droit */
    qualite?: string | undefined;
    /** The anonymous-care dispositif that justifies a fictitious NIR, when one is used */
    anonymousCare?: "minor-contraception" | "covid-without-nir" | undefined;
    /** Pregnancy dates, for maternité (nature 30) and the flu campaign */
    pregnancy?: {
      /** Date de début de grossesse */
      startDate?: string | undefined;
      /** Date présumée d'accouchement */
      expectedDeliveryDate?: string | undefined;
      /** Actual date of delivery */
      deliveryDate?: string | undefined;
    } | undefined;
    /** Body-mass index (kg/m²) */
    bmi?: number | undefined;
    /** Has a chronic disease targeted by the flu campaign (ALD or not) */
    chronicDisease?: boolean | undefined;
    /** Lives in an EHPAD, soins de suite or médico-social establishment */
    careHomeResident?: boolean | undefined;
    /** Lives with an at-risk infant < 6 months or an immunocompromised person */
    atRiskEntourage?: boolean | undefined;
    /** Profession, for the flu campaign's professional target groups */
    profession?: "health-professional" | "contact-with-at-risk" | "home-helper" | "swine-avian-exposed" | "other" | undefined;
  };
  /** Assurance Maladie (AMO) coverage as read at dispensing */
  amo: {
    /** Grand régime, 2 digits (01 régime général, 02 MSA…) */
    regime?: string | undefined;
    /** Caisse d'affiliation, 3 digits */
    caisse?: string | undefined;
    /** Centre de gestion, 4 digits */
    centre?: string | undefined;
    /** AMO rights periods as read (carte Vitale group 105, ADRi or attestation); absent when not read, [] when read and none is open */
    rightsPeriods?: Array<{
      /** First day, inclusive */
      from: string;
      /** Last day, inclusive; open-ended when absent */
      to?: string | undefined;
    }> | undefined;
    /** Exonérations read on the AMO support (card group 106 / ADRi); absent when not read, [] when read and there is none */
    exonerations?: Array<{
      /** Exonération: 0 = pas d'exonération; 1 = acte K/KC ≥ 50 (60); 2 = séjour > 30 jours; 3 = soins particuliers exonérés (stérilité, prématurés, contraception et IST < 26 ans…); 4 = soins conformes au protocole ALD; 5 = assuré ou bénéficiaire exonéré (invalidité, pension militaire, rente AT ≥ 66,66 %); 6 = régimes spéciaux SNCF / Mines; 7 = dispositif de prévention (exo 7); 8 = réservé régime général; 9 = FSV / FSI / ASPA */
      code: "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
      /** First day, inclusive */
      from?: string | undefined;
      /** Last day, inclusive; open-ended when absent */
      to?: string | undefined;
    }> | undefined;
    /** ALD periods known to the caisse (card / ADRi); absent when not read, [] when read and there is none */
    ald?: Array<{
      /** First day, inclusive */
      from: string;
      /** Last day, inclusive; open-ended when absent */
      to?: string | undefined;
    }> | undefined;
    /** AT/MP identification from the S6201 sheet or card group 103 */
    workAccident?: {
      /** Référence of the accident (n° AT) */
      reference?: string | undefined;
      /** Date of the accident */
      date?: string | undefined;
    } | undefined;
    /** Complémentaire santé solidaire beneficiary; absent when not known */
    c2s?: boolean | undefined;
    /** Aide médicale de l'État beneficiary (carte AME); absent when not known */
    ame?: boolean | undefined;
    /** Date the card data was last updated (mise à jour de la carte Vitale) */
    cardDataDate?: string | undefined;
  };
  /** Complémentaire (AMC, mutuelle) data */
  amc?: {
    /** What the mutuelle data was taken from */
    support?: "card" | "attestation" | "online" | undefined;
    /** Numéro AMC (8 to 10 digits) */
    organismNumber?: string | undefined;
    /** Code de télétransmission / n° EDI of the mutuelle */
    teletransmissionCode?: string | undefined;
    /** Contract / type de convention applied */
    contract?: string | undefined;
    /** Validity of the mutuelle attestation */
    validity?: {
      /** First day, inclusive */
      from: string;
      /** Last day, inclusive; open-ended when absent */
      to?: string | undefined;
    } | undefined;
    /** Beneficiaries listed on the attestation */
    beneficiaries?: Array<{
      /** Nom as written on the attestation */
      lastName: string;
      /** Prénom as written on the attestation */
      firstName: string;
      /** Birth date as read on the carte Vitale / attestation, YYYY-MM-DD; lunar dates (00, month > 12) allowed */
      birthDate?: string | undefined;
    }> | undefined;
    /** Domains of care covered in tiers payant according to the attestation */
    domains?: Array<"pharmacy" | "optics" | "dental" | "hearing" | "hospital" | "medical" | "other"> | undefined;
  } | undefined;
  /** The ordonnance (or the voucher that serves as one) */
  prescription?: {
    /** Date of the ordonnance */
    date: string;
    /** Deprecated: the ordonnance as one kind. Use secure, bizone, exceptionForm and electronic, which can combine; read as those facts when they are absent: simple = ordonnance simple; bizone = ordonnance bizone (ALD: zone haute en rapport avec l'ALD); secure = ordonnance sécurisée (stupéfiants); exception = ordonnance de médicament d'exception (cerfa S3326) */
    kind?: "simple" | "bizone" | "secure" | "exception" | undefined;
    /** Ordonnance sécurisée (CSP R5132-5); an e-prescription counts as secure */
    secure?: boolean | undefined;
    /** Ordonnance bizone (ALD): each line says its zone in bizoneZone */
    bizone?: boolean | undefined;
    /** Ordonnance de médicament d'exception (cerfa S3326) */
    exceptionForm?: boolean | undefined;
    /** On the S3326, the box « prescription en rapport avec une ALD » is ticked */
    exceptionFormAld?: boolean | undefined;
    /** E-prescription (ordonnance numérique): counts as secure and needs no SCOR scan */
    electronic?: boolean | undefined;
    /** Who wrote the ordonnance */
    prescriber: {
      /** Prescriber kind: doctor = médecin; midwife = sage-femme; dentist = chirurgien-dentiste; pharmacist = pharmacien (prescripteur de vaccins ou bon servant d'ordonnance); nurse = infirmier; other = autre prescripteur */
      kind: "doctor" | "midwife" | "dentist" | "pharmacist" | "nurse" | "other";
      /** n° AM of the prescriber (8 digits + key) */
      amNumber?: string | undefined;
      /** RPPS of the prescriber (11 digits) */
      rpps?: string | undefined;
      /** FINESS of the establishment, for hospital prescriptions */
      finess?: string | undefined;
      /** Hospital prescription executed in town (PHMEV) */
      hospital?: boolean | undefined;
      /** Specialty of a doctor, as the BDPM names it for drugs reserved to specialists (MEDECINE GENERALE for a general practitioner): MEDECINE GENERALE = médecine générale; ALLERGOLOGIE = allergologie; ANESTHESIE-REANIMATION = anesthésie-réanimation; ANGIOLOGIE = angiologie; CANCEROLOGIE = cancérologie; CARDIOLOGIE = cardiologie; CARDIOLOGIE PEDIATRIQUE ET CONGENITALE = cardiologie pédiatrique et congénitale; CHIRURGIE = chirurgie; CHIRURGIE CARDIAQUE = chirurgie cardiaque; CHIRURGIE DE LA FACE ET DU COU = chirurgie de la face et du cou; CHIRURGIE DIGESTIVE ET VISCERALE = chirurgie digestive et viscérale; CHIRURGIE MAXILLO-FACIALE = chirurgie maxillo-faciale; CHIRURGIE NEONATALE = chirurgie néonatale; CHIRURGIE ORTHOPEDIQUE ET TRAUMATOLOGIQUE = chirurgie orthopédique et traumatologique; CHIRURGIE PLASTIQUE, RECONSTRUCTRICE ET ESTHETIQUE = chirurgie plastique, reconstructrice et esthétique; CHIRURGIE THORACIQUE ET CARDIOVASCULAIRE = chirurgie thoracique et cardiovasculaire; DERMATOLOGIE = dermatologie; DIABETOLOGIE = diabétologie; ENDOCRINOLOGIE = endocrinologie; ENDOCRINOLOGIE - DIABETOLOGIE - NUTRITION = endocrinologie-diabétologie-nutrition; GENETIQUE MEDICALE = génétique médicale; GERIATRIE = gériatrie; GYNECOLOGIE = gynécologie; HEMATOLOGIE = hématologie; HEPATO/GASTRO-ENTEROLOGIE = hépato-gastro-entérologie; INFECTIOLOGIE = infectiologie; MALADIES INFECTIEUSES ET TROPICALES = maladies infectieuses et tropicales; MALADIES METABOLIQUES = maladies métaboliques; MEDECINE D'URGENCE = médecine d'urgence; MEDECINE ET BIOLOGIE DE LA REPRODUCTION - ANDROLOGIE = médecine et biologie de la reproduction, andrologie; MEDECINE INTENSIVE-REANIMATION = médecine intensive-réanimation; MEDECINE INTERNE = médecine interne; MEDECINE VASCULAIRE = médecine vasculaire; NEPHROLOGIE = néphrologie; NEUROCHIRURGIE = neurochirurgie; NEUROLOGIE = neurologie; NEUROPEDIATRIE = neuropédiatrie; NEUROPSYCHIATRIE = neuropsychiatrie; NUTRITION = nutrition; OBSTETRIQUE = obstétrique; ONCOLOGIE MEDICALE = oncologie médicale; OPHTALMOLOGIE = ophtalmologie; OTO-RHINO-LARYNGOLOGIE = oto-rhino-laryngologie; PEDIATRIE = pédiatrie; PNEUMOLOGIE = pneumologie; PSYCHIATRIE = psychiatrie; RADIOLOGIE = radiologie; REANIMATION MEDICALE = réanimation médicale; RHUMATOLOGIE = rhumatologie; UROLOGIE = urologie; other = another specialty, not named by any drug's conditions */
      specialty?: "MEDECINE GENERALE" | "ALLERGOLOGIE" | "ANESTHESIE-REANIMATION" | "ANGIOLOGIE" | "CANCEROLOGIE" | "CARDIOLOGIE" | "CARDIOLOGIE PEDIATRIQUE ET CONGENITALE" | "CHIRURGIE" | "CHIRURGIE CARDIAQUE" | "CHIRURGIE DE LA FACE ET DU COU" | "CHIRURGIE DIGESTIVE ET VISCERALE" | "CHIRURGIE MAXILLO-FACIALE" | "CHIRURGIE NEONATALE" | "CHIRURGIE ORTHOPEDIQUE ET TRAUMATOLOGIQUE" | "CHIRURGIE PLASTIQUE, RECONSTRUCTRICE ET ESTHETIQUE" | "CHIRURGIE THORACIQUE ET CARDIOVASCULAIRE" | "DERMATOLOGIE" | "DIABETOLOGIE" | "ENDOCRINOLOGIE" | "ENDOCRINOLOGIE - DIABETOLOGIE - NUTRITION" | "GENETIQUE MEDICALE" | "GERIATRIE" | "GYNECOLOGIE" | "HEMATOLOGIE" | "HEPATO/GASTRO-ENTEROLOGIE" | "INFECTIOLOGIE" | "MALADIES INFECTIEUSES ET TROPICALES" | "MALADIES METABOLIQUES" | "MEDECINE D'URGENCE" | "MEDECINE ET BIOLOGIE DE LA REPRODUCTION - ANDROLOGIE" | "MEDECINE INTENSIVE-REANIMATION" | "MEDECINE INTERNE" | "MEDECINE VASCULAIRE" | "NEPHROLOGIE" | "NEUROCHIRURGIE" | "NEUROLOGIE" | "NEUROPEDIATRIE" | "NEUROPSYCHIATRIE" | "NUTRITION" | "OBSTETRIQUE" | "ONCOLOGIE MEDICALE" | "OPHTALMOLOGIE" | "OTO-RHINO-LARYNGOLOGIE" | "PEDIATRIE" | "PNEUMOLOGIE" | "PSYCHIATRIE" | "RADIOLOGIE" | "REANIMATION MEDICALE" | "RHUMATOLOGIE" | "UROLOGIE" | "other" | undefined;
    };
    /** Renewals: those written, and which delivery this one is */
    renewal?: {
      /** Renewals written by the prescriber (à renouveler N fois), 0 when none is written; absent when not sent */
      authorized?: number | undefined;
      /** 0 for the first delivery, 1 for the second (first renewal)… */
      deliveryIndex: number;
    } | undefined;
    /** Dispensation supplémentaire exceptionnelle (CSP R5123-2-1, from 2024-11-29): a monthly delivery of a chronic treatment after its ordonnance expired */
    supplementaryDispensing?: boolean | undefined;
    /** For a drug of restricted initial prescription (PIH, or initial prescription reserved to specialists) renewed by another doctor: its initial prescription */
    initialPrescription?: {
      /** Date of the initial prescription */
      date: string;
      /** Written by a hospital prescriber */
      hospital?: boolean | undefined;
      /** Specialty of the doctor who wrote it, as in prescriber.specialty: MEDECINE GENERALE = médecine générale; ALLERGOLOGIE = allergologie; ANESTHESIE-REANIMATION = anesthésie-réanimation; ANGIOLOGIE = angiologie; CANCEROLOGIE = cancérologie; CARDIOLOGIE = cardiologie; CARDIOLOGIE PEDIATRIQUE ET CONGENITALE = cardiologie pédiatrique et congénitale; CHIRURGIE = chirurgie; CHIRURGIE CARDIAQUE = chirurgie cardiaque; CHIRURGIE DE LA FACE ET DU COU = chirurgie de la face et du cou; CHIRURGIE DIGESTIVE ET VISCERALE = chirurgie digestive et viscérale; CHIRURGIE MAXILLO-FACIALE = chirurgie maxillo-faciale; CHIRURGIE NEONATALE = chirurgie néonatale; CHIRURGIE ORTHOPEDIQUE ET TRAUMATOLOGIQUE = chirurgie orthopédique et traumatologique; CHIRURGIE PLASTIQUE, RECONSTRUCTRICE ET ESTHETIQUE = chirurgie plastique, reconstructrice et esthétique; CHIRURGIE THORACIQUE ET CARDIOVASCULAIRE = chirurgie thoracique et cardiovasculaire; DERMATOLOGIE = dermatologie; DIABETOLOGIE = diabétologie; ENDOCRINOLOGIE = endocrinologie; ENDOCRINOLOGIE - DIABETOLOGIE - NUTRITION = endocrinologie-diabétologie-nutrition; GENETIQUE MEDICALE = génétique médicale; GERIATRIE = gériatrie; GYNECOLOGIE = gynécologie; HEMATOLOGIE = hématologie; HEPATO/GASTRO-ENTEROLOGIE = hépato-gastro-entérologie; INFECTIOLOGIE = infectiologie; MALADIES INFECTIEUSES ET TROPICALES = maladies infectieuses et tropicales; MALADIES METABOLIQUES = maladies métaboliques; MEDECINE D'URGENCE = médecine d'urgence; MEDECINE ET BIOLOGIE DE LA REPRODUCTION - ANDROLOGIE = médecine et biologie de la reproduction, andrologie; MEDECINE INTENSIVE-REANIMATION = médecine intensive-réanimation; MEDECINE INTERNE = médecine interne; MEDECINE VASCULAIRE = médecine vasculaire; NEPHROLOGIE = néphrologie; NEUROCHIRURGIE = neurochirurgie; NEUROLOGIE = neurologie; NEUROPEDIATRIE = neuropédiatrie; NEUROPSYCHIATRIE = neuropsychiatrie; NUTRITION = nutrition; OBSTETRIQUE = obstétrique; ONCOLOGIE MEDICALE = oncologie médicale; OPHTALMOLOGIE = ophtalmologie; OTO-RHINO-LARYNGOLOGIE = oto-rhino-laryngologie; PEDIATRIE = pédiatrie; PNEUMOLOGIE = pneumologie; PSYCHIATRIE = psychiatrie; RADIOLOGIE = radiologie; REANIMATION MEDICALE = réanimation médicale; RHUMATOLOGIE = rhumatologie; UROLOGIE = urologie; other = another specialty, not named by any drug's conditions */
      specialty?: "MEDECINE GENERALE" | "ALLERGOLOGIE" | "ANESTHESIE-REANIMATION" | "ANGIOLOGIE" | "CANCEROLOGIE" | "CARDIOLOGIE" | "CARDIOLOGIE PEDIATRIQUE ET CONGENITALE" | "CHIRURGIE" | "CHIRURGIE CARDIAQUE" | "CHIRURGIE DE LA FACE ET DU COU" | "CHIRURGIE DIGESTIVE ET VISCERALE" | "CHIRURGIE MAXILLO-FACIALE" | "CHIRURGIE NEONATALE" | "CHIRURGIE ORTHOPEDIQUE ET TRAUMATOLOGIQUE" | "CHIRURGIE PLASTIQUE, RECONSTRUCTRICE ET ESTHETIQUE" | "CHIRURGIE THORACIQUE ET CARDIOVASCULAIRE" | "DERMATOLOGIE" | "DIABETOLOGIE" | "ENDOCRINOLOGIE" | "ENDOCRINOLOGIE - DIABETOLOGIE - NUTRITION" | "GENETIQUE MEDICALE" | "GERIATRIE" | "GYNECOLOGIE" | "HEMATOLOGIE" | "HEPATO/GASTRO-ENTEROLOGIE" | "INFECTIOLOGIE" | "MALADIES INFECTIEUSES ET TROPICALES" | "MALADIES METABOLIQUES" | "MEDECINE D'URGENCE" | "MEDECINE ET BIOLOGIE DE LA REPRODUCTION - ANDROLOGIE" | "MEDECINE INTENSIVE-REANIMATION" | "MEDECINE INTERNE" | "MEDECINE VASCULAIRE" | "NEPHROLOGIE" | "NEUROCHIRURGIE" | "NEUROLOGIE" | "NEUROPEDIATRIE" | "NEUROPSYCHIATRIE" | "NUTRITION" | "OBSTETRIQUE" | "ONCOLOGIE MEDICALE" | "OPHTALMOLOGIE" | "OTO-RHINO-LARYNGOLOGIE" | "PEDIATRIE" | "PNEUMOLOGIE" | "PSYCHIATRIE" | "RADIOLOGIE" | "REANIMATION MEDICALE" | "RHUMATOLOGIE" | "UROLOGIE" | "other" | undefined;
    } | undefined;
    /** For a GLP-1 analogue of diabetes: the prescription's supporting form (justificatif d'accompagnement, code PRR) was presented; absent when not known */
    glp1Form?: boolean | undefined;
    /** For a delivery covering a stay abroad: the prescriber's mentions on the ordonnance */
    travelAbroadMention?: {
      /** The prescriber wrote his agreement for a delivery covering a stay abroad */
      prescriberAgreement: boolean;
      /** The prescriber wrote the quantity to deliver at once */
      quantityAtOnce: boolean;
    } | undefined;
    /** The dispensing pharmacist's name is written on the ordonnance */
    pharmacistNamed?: boolean | undefined;
    /** The prescriber's express mention that this ordonnance of a narcotic may overlap the period a previous one still covers (chevauchement, CSP R5132-33); absent when not known */
    overlapMention?: boolean | undefined;
  } | undefined;
  /** Delivery for a stay abroad (départ à l'étranger) */
  stayAbroad?: {
    /** Date of departure */
    departureDate: string;
    /** Planned return date: the stay's length is measured from departure to return */
    returnDate: string;
    /** Attestation sur l'honneur: every field is required by the caisse */
    swornStatement?: {
      /** Nom, as the patient wrote it */
      lastName?: string | undefined;
      /** Prénom */
      firstName?: string | undefined;
      /** Address in France */
      address?: string | undefined;
      /** Telephone number */
      phone?: string | undefined;
      /** NIR, as written on the statement */
      nir?: string | undefined;
      /** Nationality */
      nationality?: string | undefined;
      /** Where the stay is (country, town) */
      placeOfStay?: string | undefined;
      /** Date of departure, as written on the statement */
      departureDate?: string | undefined;
      /** Length of the stay, as written */
      duration?: string | undefined;
      /** Reason of the stay */
      reason?: string | undefined;
    } | undefined;
    /** Agreement of the caisse's service médical */
    caisseAgreement?: {
      /** Date the agreement was notified */
      grantedOn?: string | undefined;
      /** Last day the agreement covers */
      until?: string | undefined;
      /** CIP13 codes the agreement covers; all prescribed products when absent */
      products?: string[] | undefined;
    } | undefined;
  } | undefined;
  /** Flu vaccination context */
  vaccination?: {
    /** Bon de prise en charge: none, the target-group bon (100 %), or the specific bon for children 2–17 without risk (65 %) */
    voucher: "none" | "target-group" | "child-without-risk";
    /** Primo-vaccinant */
    firstTime?: boolean | undefined;
    /** The vaccine comes from State stock (2020-2021 campaign): billed at its small price at 100 % without exo 7 */
    stateStock?: boolean | undefined;
  } | undefined;
  /** Scanned pieces (SCOR); absent when the LGO does not send them */
  documents?: Array<{
    /** Document kind: prescription = ordonnance (SCOR); amo-attestation = attestation de droits AMO; amc-card = carte de mutuelle; amc-attestation = attestation de tiers payant AMC; sworn-statement = attestation sur l'honneur (départ à l'étranger); caisse-agreement = accord du service médical; voucher = bon de prise en charge (vaccination); care-sheet = feuille de soins papier signée (mode dégradé); work-accident-sheet = feuille d'accident du travail S6201; other = autre pièce */
    kind: "prescription" | "amo-attestation" | "amc-card" | "amc-attestation" | "sworn-statement" | "caisse-agreement" | "voucher" | "care-sheet" | "work-accident-sheet" | "other";
    /** Whose name the document bears */
    person?: {
      /** Nom on the document */
      lastName: string;
      /** Prénom on the document */
      firstName: string;
    } | undefined;
    /** Date the document was issued */
    issuedOn?: string | undefined;
    /** The scan is legible */
    legible?: boolean | undefined;
    /** Resolution of the scan, in dots per inch (SCOR asks for 200 at least) */
    dpi?: number | undefined;
  }> | undefined;
  /** The invoice's lines: drugs, devices, fees and acts, in the FSE's order */
  lines: Array<{
    /** CIP13 for drugs, ACL13 or LPP code for devices; absent for fees and acts */
    productCode?: string | undefined;
    /** drug (CIP13), device (LPP / ACL13), service (fee or act) */
    productKind: "drug" | "device" | "service";
    /** The product's or the fee's name, as the LGO shows it */
    label?: string | undefined;
    /** Prestation code: PH1 = pharmacie 100 % (irremplaçable et coûteux); PH7 = pharmacie 65 %; PH4 = pharmacie 30 %; PH2 = pharmacie 15 %; PHN = pharmacie non remboursable; PMR = préparation magistrale remboursable; PM4 = préparation magistrale allopathique 30 %; PMH = préparation magistrale homéopathique; MHU = médicament homéopathique unitaire; PPI = préparation pharmaceutique individualisée (allergènes); PDP = prise en charge dérogatoire pharmacie; GS1 = vaccin grippe hémisphère Sud (Vaxigrip HS); GS2 = vaccin grippe hémisphère Sud (Fluarix HS); LPP = produit ou prestation de la LPP (dispositif médical); HD1 = honoraire de dispensation, médicament à 100 %; HD2 = honoraire de dispensation, médicament à 15 %; HD4 = honoraire de dispensation, médicament à 30 %; HD7 = honoraire de dispensation, médicament à 65 %; HG1 = honoraire grand conditionnement, médicament à 100 %; HG2 = honoraire grand conditionnement, médicament à 15 %; HG4 = honoraire grand conditionnement, médicament à 30 %; HG7 = honoraire grand conditionnement, médicament à 65 %; HDR = honoraire d'exécution d'une ordonnance de médicaments remboursables; HDA = honoraire lié à l'âge (moins de 3 ans ou 70 ans et plus); HDE = honoraire de dispensation de médicaments spécifiques; HC = honoraire d'ordonnance complexe (historique); HDS = honoraire vaccins antigrippaux hémisphère Sud; VGP = vaccination antigrippale par le pharmacien (acte); RVA = rémunération vaccination (autres vaccins); INJ = injection vaccin COVID-19; TRD = TROD angine */
    prestationCode: "PH1" | "PH7" | "PH4" | "PH2" | "PHN" | "PMR" | "PM4" | "PMH" | "MHU" | "PPI" | "PDP" | "GS1" | "GS2" | "LPP" | "HD1" | "HD2" | "HD4" | "HD7" | "HG1" | "HG2" | "HG4" | "HG7" | "HDR" | "HDA" | "HDE" | "HC" | "HDS" | "VGP" | "RVA" | "INJ" | "TRD";
    /** Nature d'assurance of this line when it differs from the invoice's: 10 = maladie; 13 = maladie, régime local Alsace-Moselle; 30 = maternité; 41 = accident du travail / maladie professionnelle (AT/MP); 90 = prévention */
    natureAssurance?: "10" | "13" | "30" | "41" | "90" | undefined;
    /** Exonération of this line (per line: a vaccine in exo 7 and its act under the patient's situation on one invoice is normal): 0 = pas d'exonération; 1 = acte K/KC ≥ 50 (60); 2 = séjour > 30 jours; 3 = soins particuliers exonérés (stérilité, prématurés, contraception et IST < 26 ans…); 4 = soins conformes au protocole ALD; 5 = assuré ou bénéficiaire exonéré (invalidité, pension militaire, rente AT ≥ 66,66 %); 6 = régimes spéciaux SNCF / Mines; 7 = dispositif de prévention (exo 7); 8 = réservé régime général; 9 = FSV / FSI / ASPA */
    exonerationCode?: "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | undefined;
    /** Boxes (or units) delivered, or acts */
    quantity: number;
    /** Unit price charged, euros */
    unitPrice: string;
    /** Base de remboursement per unit when it differs from the unit price (TFR, princeps refused without NS mention, LPP tariff); the unit price when absent */
    reimbursementBase?: string | undefined;
    /** Line total as invoiced; quantity × unit price when absent */
    total?: string | undefined;
    /** Declared shares of the line total: AMO, AMC (mutuelle) and the patient's own */
    amounts: {
      /** Amount in euros as a decimal string with at most 2 decimals */
      amo: string;
      /** Amount in euros as a decimal string with at most 2 decimals */
      amc: string;
      /** Amount in euros as a decimal string with at most 2 decimals */
      patient: string;
    };
    /** Zone of a bizone ordonnance (or ALD part of an e-prescription) the line was prescribed in */
    bizoneZone?: "ald" | "other" | undefined;
    /** Days of treatment delivered on this line */
    daysOfTreatment?: number | undefined;
    /** Days of treatment the ordonnance prescribed for this product */
    prescribedDaysOfTreatment?: number | undefined;
    /** Grand conditionnement (3-month pack) */
    largePack?: boolean | undefined;
    /** Liste I / II / stupéfiant, from the drug referential */
    list?: "I" | "II" | "stupefiant" | "none" | undefined;
    /** Médicament d'exception (S3326) */
    exceptionDrug?: boolean | undefined;
    /** ATC code of the product */
    atc?: string | undefined;
    genericType?: "princeps" | "generic" | "none" | undefined;
    /** Mention « non substituable » and its justification, when written */
    nonSubstitutable?: {
      reason?: "MTE" | "EFG" | "CIF" | undefined;
    } | undefined;
    /** For a princeps delivered without a « non substituable » mention: why no generic was (the patient refused it, or none was available); absent when not known */
    substitution?: "patient-refused" | "generic-unavailable" | undefined;
    /** The product is a vaccine of this kind */
    vaccine?: "flu" | "covid" | "other" | undefined;
    /** For a fee line: index of the drug line it relates to */
    forLine?: number | undefined;
  }>;
  /** Earlier deliveries to this patient that the LGO knows (its dispensing history), for the checks across deliveries (prescribed period, narcotic overlap); absent when not sent, [] when there is none */
  history?: Array<{
    /** Date of the earlier delivery */
    date: string;
    /** CIP13 delivered */
    productCode: string;
    /** Boxes delivered */
    quantity: number;
    /** Days of treatment the delivery covered */
    daysOfTreatment?: number | undefined;
    /** Date of the ordonnance it was delivered on */
    prescriptionDate?: string | undefined;
    /** RPPS of that ordonnance's prescriber */
    prescriberRpps?: string | undefined;
    /** Liste I / II / stupéfiant of the product; the referential's when absent */
    list?: "I" | "II" | "stupefiant" | "none" | undefined;
    /** ATC code of the product; the referential's when absent */
    atc?: string | undefined;
  }> | undefined;
};
