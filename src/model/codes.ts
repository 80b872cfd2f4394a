// Code tables of the FSE / norme B2 that the model accepts, each with its meaning.
// Sources: norme B2 (nature d'assurance; annexe 9, exonérations, as copied by the SNDS), carte Vitale
// (qualité, SESAM-Vitale 1.40), SNDS nomenclature IR_NAT_V (prestations).

/** How the AMO data was obtained at dispensing: the basis of the AMO payment guarantee (convention nationale pharmaceutique). */
export const amoReadModes = {
  vitale: "carte Vitale read by the SESAM-Vitale reader",
  apcv: "application carte Vitale (apCV) on the patient's phone",
  adri: "rights queried online (ADRi) without a card",
  attestation: "typed from a paper attestation de droits",
  degraded: "SESAM dégradé: no readable card, paper feuille de soins sent too",
  none: "no AMO support read: no card, no apCV, no attestation, no ADRi query",
} as const;
export type AmoReadMode = keyof typeof amoReadModes;

/** Nature d'assurance, norme B2 numeric codes (SNDS, NAT_ASS). */
export const naturesAssurance = {
  "10": "maladie",
  "13": "maladie, régime local Alsace-Moselle",
  "30": "maternité",
  "41": "accident du travail / maladie professionnelle (AT/MP)",
  "90": "prévention",
} as const;
export type NatureAssurance = keyof typeof naturesAssurance;

/** Justification d'exonération du ticket modérateur, norme B2 annex 9 (SNDS, EXO_TM). */
export const exonerations = {
  "0": "pas d'exonération",
  "1": "acte K/KC ≥ 50 (60)",
  "2": "séjour > 30 jours",
  "3": "soins particuliers exonérés (stérilité, prématurés, contraception et IST < 26 ans…)",
  "4": "soins conformes au protocole ALD",
  "5": "assuré ou bénéficiaire exonéré (invalidité, pension militaire, rente AT ≥ 66,66 %)",
  "6": "régimes spéciaux SNCF / Mines",
  "7": "dispositif de prévention (exo 7)",
  "8": "réservé régime général",
  "9": "FSV / FSI / ASPA",
} as const;
export type ExonerationCode = keyof typeof exonerations;

/** Qualité du bénéficiaire as read on the carte Vitale (SESAM-Vitale 1.40, group 104). */
export const qualites = {
  "00": "assuré (ouvrant droit)",
  "01": "ascendant, descendant, collatéral, allié",
  "02": "conjoint",
  "03": "conjoint divorcé",
  "04": "concubin",
  "05": "conjoint séparé",
  "06": "enfant",
  "07": "bénéficiaire hors article 313",
  "08": "conjoint veuf",
  "09": "autre ayant droit",
} as const;
export type Qualite = keyof typeof qualites;

/** Pharmacy prestation codes of the FSE (SNDS nomenclature IR_NAT_V). */
export const prestationCodes = {
  PH1: "pharmacie 100 % (irremplaçable et coûteux)",
  PH7: "pharmacie 65 %",
  PH4: "pharmacie 30 %",
  PH2: "pharmacie 15 %",
  PHN: "pharmacie non remboursable",
  PMR: "préparation magistrale remboursable",
  PM4: "préparation magistrale allopathique 30 %",
  PMH: "préparation magistrale homéopathique",
  MHU: "médicament homéopathique unitaire",
  PPI: "préparation pharmaceutique individualisée (allergènes)",
  PDP: "prise en charge dérogatoire pharmacie",
  GS1: "vaccin grippe hémisphère Sud (Vaxigrip HS)",
  GS2: "vaccin grippe hémisphère Sud (Fluarix HS)",
  LPP: "produit ou prestation de la LPP (dispositif médical)",
  HD1: "honoraire de dispensation, médicament à 100 %",
  HD2: "honoraire de dispensation, médicament à 15 %",
  HD4: "honoraire de dispensation, médicament à 30 %",
  HD7: "honoraire de dispensation, médicament à 65 %",
  HG1: "honoraire grand conditionnement, médicament à 100 %",
  HG2: "honoraire grand conditionnement, médicament à 15 %",
  HG4: "honoraire grand conditionnement, médicament à 30 %",
  HG7: "honoraire grand conditionnement, médicament à 65 %",
  HDR: "honoraire d'exécution d'une ordonnance de médicaments remboursables",
  HDA: "honoraire lié à l'âge (moins de 3 ans ou 70 ans et plus)",
  HDE: "honoraire de dispensation de médicaments spécifiques",
  HC: "honoraire d'ordonnance complexe (historique)",
  HDS: "honoraire vaccins antigrippaux hémisphère Sud",
  VGP: "vaccination antigrippale par le pharmacien (acte)",
  RVA: "rémunération vaccination (autres vaccins)",
  INJ: "injection vaccin COVID-19",
  TRD: "TROD angine",
} as const;
export type PrestationCode = keyof typeof prestationCodes;

export const prescriptionKinds = {
  simple: "ordonnance simple",
  bizone: "ordonnance bizone (ALD: zone haute en rapport avec l'ALD)",
  secure: "ordonnance sécurisée (stupéfiants)",
  exception: "ordonnance de médicament d'exception (cerfa S3326)",
} as const;
export type PrescriptionKind = keyof typeof prescriptionKinds;

export const prescriberKinds = {
  doctor: "médecin",
  midwife: "sage-femme",
  dentist: "chirurgien-dentiste",
  pharmacist: "pharmacien (prescripteur de vaccins ou bon servant d'ordonnance)",
  nurse: "infirmier",
  other: "autre prescripteur",
} as const;
export type PrescriberKind = keyof typeof prescriberKinds;

export const documentKinds = {
  prescription: "ordonnance (SCOR)",
  "amo-attestation": "attestation de droits AMO",
  "amc-card": "carte de mutuelle",
  "amc-attestation": "attestation de tiers payant AMC",
  "sworn-statement": "attestation sur l'honneur (départ à l'étranger)",
  "caisse-agreement": "accord du service médical",
  voucher: "bon de prise en charge (vaccination)",
  "care-sheet": "feuille de soins papier signée (mode dégradé)",
  "work-accident-sheet": "feuille d'accident du travail S6201",
  other: "autre pièce",
} as const;
export type DocumentKind = keyof typeof documentKinds;

/**
 * Specialties of a prescriber, as the BDPM names them in the conditions of drugs reserved to
 * specialists (CIS_CPD « prescription réservée aux spécialistes et services … »), in capitals without
 * accents, plus MEDECINE GENERALE. A closed list: a prescriber's specialty is compared with the names
 * a drug's conditions give, so a spelling of the LGO's own would never match and would read as a
 * prescriber outside the restriction.
 */
export const specialties = {
  "MEDECINE GENERALE": "médecine générale",
  ALLERGOLOGIE: "allergologie",
  "ANESTHESIE-REANIMATION": "anesthésie-réanimation",
  ANGIOLOGIE: "angiologie",
  CANCEROLOGIE: "cancérologie",
  CARDIOLOGIE: "cardiologie",
  "CARDIOLOGIE PEDIATRIQUE ET CONGENITALE": "cardiologie pédiatrique et congénitale",
  CHIRURGIE: "chirurgie",
  "CHIRURGIE CARDIAQUE": "chirurgie cardiaque",
  "CHIRURGIE DE LA FACE ET DU COU": "chirurgie de la face et du cou",
  "CHIRURGIE DIGESTIVE ET VISCERALE": "chirurgie digestive et viscérale",
  "CHIRURGIE MAXILLO-FACIALE": "chirurgie maxillo-faciale",
  "CHIRURGIE NEONATALE": "chirurgie néonatale",
  "CHIRURGIE ORTHOPEDIQUE ET TRAUMATOLOGIQUE": "chirurgie orthopédique et traumatologique",
  "CHIRURGIE PLASTIQUE, RECONSTRUCTRICE ET ESTHETIQUE": "chirurgie plastique, reconstructrice et esthétique",
  "CHIRURGIE THORACIQUE ET CARDIOVASCULAIRE": "chirurgie thoracique et cardiovasculaire",
  DERMATOLOGIE: "dermatologie",
  DIABETOLOGIE: "diabétologie",
  ENDOCRINOLOGIE: "endocrinologie",
  "ENDOCRINOLOGIE - DIABETOLOGIE - NUTRITION": "endocrinologie-diabétologie-nutrition",
  "GENETIQUE MEDICALE": "génétique médicale",
  GERIATRIE: "gériatrie",
  GYNECOLOGIE: "gynécologie",
  HEMATOLOGIE: "hématologie",
  "HEPATO/GASTRO-ENTEROLOGIE": "hépato-gastro-entérologie",
  INFECTIOLOGIE: "infectiologie",
  "MALADIES INFECTIEUSES ET TROPICALES": "maladies infectieuses et tropicales",
  "MALADIES METABOLIQUES": "maladies métaboliques",
  "MEDECINE D'URGENCE": "médecine d'urgence",
  "MEDECINE ET BIOLOGIE DE LA REPRODUCTION - ANDROLOGIE": "médecine et biologie de la reproduction, andrologie",
  "MEDECINE INTENSIVE-REANIMATION": "médecine intensive-réanimation",
  "MEDECINE INTERNE": "médecine interne",
  "MEDECINE VASCULAIRE": "médecine vasculaire",
  NEPHROLOGIE: "néphrologie",
  NEUROCHIRURGIE: "neurochirurgie",
  NEUROLOGIE: "neurologie",
  NEUROPEDIATRIE: "neuropédiatrie",
  NEUROPSYCHIATRIE: "neuropsychiatrie",
  NUTRITION: "nutrition",
  OBSTETRIQUE: "obstétrique",
  "ONCOLOGIE MEDICALE": "oncologie médicale",
  OPHTALMOLOGIE: "ophtalmologie",
  "OTO-RHINO-LARYNGOLOGIE": "oto-rhino-laryngologie",
  PEDIATRIE: "pédiatrie",
  PNEUMOLOGIE: "pneumologie",
  PSYCHIATRIE: "psychiatrie",
  RADIOLOGIE: "radiologie",
  "REANIMATION MEDICALE": "réanimation médicale",
  RHUMATOLOGIE: "rhumatologie",
  UROLOGIE: "urologie",
  other: "another specialty, not named by any drug's conditions",
} as const;
export type Specialty = keyof typeof specialties;
