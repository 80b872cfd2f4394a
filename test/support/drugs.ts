// Real presentations copied from the Base de données publique des médicaments (ANSM/HAS/UNCAM),
// files of 2026-01-28 (shared/data/bdpm/presentations.csv): CIP13, rate, price, list, ATC.
// Source : Base de données publique des médicaments (ANSM/HAS/UNCAM), Licence Ouverte.

export interface Drug {
  readonly cip13: string;
  readonly name: string;
  readonly ratePercent: 100 | 65 | 30 | 15;
  readonly price: string;
  readonly list: "I" | "II" | "stupefiant" | "none";
  readonly atc?: string;
  readonly genericType?: "princeps" | "generic";
}

export const drugs = {
  doliprane: { cip13: "3400935955838", name: "DOLIPRANE 1000 mg, comprimé, B/8", ratePercent: 65, price: "1.07", list: "none", atc: "N02BE01" },
  levothyrox: { cip13: "3400930065785", name: "LEVOTHYROX 75 µg, comprimé sécable, B/30", ratePercent: 65, price: "1.55", list: "II", atc: "H03AA01", genericType: "princeps" },
  xanax: { cip13: "3400932644490", name: "XANAX 0,25 mg, comprimé sécable, B/30", ratePercent: 65, price: "1.23", list: "I", atc: "N05BA12", genericType: "princeps" },
  skenan: { cip13: "3400934053702", name: "SKENAN L.P. 200 mg, gélule, B/14", ratePercent: 65, price: "40.77", list: "stupefiant", atc: "N02AA01" },
  vaxigrip: { cip13: "3400930306000", name: "VAXIGRIP, seringue préremplie 0,5 ml", ratePercent: 65, price: "11.75", list: "none" },
  efluelda: { cip13: "3400930305010", name: "EFLUELDA, seringue préremplie 0,5 ml", ratePercent: 65, price: "23.97", list: "none" },
  ozempic: { cip13: "3400930151099", name: "OZEMPIC 0,5 mg, stylo prérempli", ratePercent: 30, price: "76.58", list: "I", atc: "A10BJ06" },
  lantus: { cip13: "3400935463203", name: "LANTUS 100 U/ml, 5 cartouches", ratePercent: 65, price: "36.43", list: "II", atc: "A10AE04" },
  famotidine: { cip13: "3400935510259", name: "FAMOTIDINE EG 20 mg, B/30", ratePercent: 15, price: "7.82", list: "II", atc: "A02BA03", genericType: "generic" },
  dutasteride: { cip13: "3400930168592", name: "DUTASTERIDE VIATRIS 0,5 mg, B/30", ratePercent: 30, price: "8.82", list: "I", genericType: "generic" },
  anastrozole: { cip13: "3400949497294", name: "ANASTROZOLE ACCORD 1 mg, B/30", ratePercent: 100, price: "24.34", list: "I", genericType: "generic" },
  lamictal: { cip13: "3400930225189", name: "LAMICTAL 200 mg, comprimé dispersible", ratePercent: 65, price: "11.87", list: "I", atc: "N03AX09", genericType: "princeps" },
  methadone: { cip13: "3400937914857", name: "METHADONE AP-HP 10 mg, gélule", ratePercent: 65, price: "4.18", list: "stupefiant", atc: "N07BC02" },
  adempas: { cip13: "3400927849688", name: "ADEMPAS 1,5 mg, comprimé pelliculé", ratePercent: 30, price: "1195.27", list: "I", atc: "C02KX05" },
  amoxicilline: { cip13: "3400930234259", name: "AMOXICILLINE KRKA 1 g, comprimé dispersible", ratePercent: 65, price: "2.01", list: "I", atc: "J01CA04", genericType: "generic" },
} as const satisfies Record<string, Drug>;
