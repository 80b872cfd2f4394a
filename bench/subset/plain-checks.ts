// The helpers a vendor would write by hand for the ten-rule subset: identifier keys, calendar months,
// ages and integer cents. The hand-written baseline and the json-rules-engine version share them,
// so that the difference between those two is the engine, not the arithmetic. They are written here,
// not imported from src/identifiers: a vendor has only the public package, and a baseline that reused
// the library's internals would not be an independent check of its verdicts.

/** Removes the spaces, dots, dashes and slashes people type inside identifiers. */
const compact = (text: string): string => text.replace(/[\s.\-/]/g, "");

export function luhnKey(digits: string): number {
  let sum = 0;
  for (let index = digits.length - 1, double = true; index >= 0; index--, double = !double) {
    let digit = digits.charCodeAt(index) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function ean13Key(first12: string): number {
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += (first12.charCodeAt(index) - 48) * (index % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/** 97 − (N mod 97) with Corsica's 2A → 19 and 2B → 18. 13 digits stay below 2^53, so a Number is exact. */
export function nirKey(number13: string): number {
  return 97 - (Number(number13.replace("2A", "19").replace("2B", "18")) % 97);
}

export function isValidNir(value: string): boolean {
  const text = compact(value).toUpperCase();
  if (!/^[1-8][0-9]{4}(?:[0-9]{2}|2A|2B)[0-9]{8}$/.test(text)) return false;
  return Number(text.slice(13)) === nirKey(text.slice(0, 13));
}

export function isValidRpps(value: string): boolean {
  const text = compact(value);
  return /^[0-9]{11}$/.test(text) && Number(text[10]) === luhnKey(text.slice(0, 10));
}

export function isValidCip13(value: string): boolean {
  const text = compact(value);
  return /^3400[0-9]{9}$/.test(text) && Number(text[12]) === ean13Key(text.slice(0, 12));
}

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

/** The same day N months later, or the last day of that month when it has no such day. */
export function addMonths(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1 + months;
  const day = Number(iso.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1)}-${pad(Math.min(day, lastDay))}`;
}

/** Whole years on a date; a lunar birth date (day or month 00, month > 12, a day the month lacks) counts as 1 January. */
export function ageOn(birthDate: string, on: string): number {
  const year = Number(birthDate.slice(0, 4));
  const month = Number(birthDate.slice(5, 7));
  const day = Number(birthDate.slice(8, 10));
  const real = month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  const monthDay = real ? birthDate.slice(5) : "01-01";
  return Number(on.slice(0, 4)) - year - (on.slice(5) < monthDay ? 1 : 0);
}

export const isWithin = (date: string, period: { from?: string | undefined; to?: string | undefined }): boolean =>
  (period.from === undefined || period.from <= date) && (period.to === undefined || date <= period.to);

/** Euros with at most two decimals (the model's money format) as integer cents: exact, no float. */
export function cents(amount: string): number {
  const [units = "0", decimals = ""] = amount.split(".");
  return Number(units) * 100 + Number(decimals.padEnd(2, "0"));
}

/** Below this age a flu vaccine needs a doctor's prescription: 18, then 16 from 2022-04-23, 11 from 2023-08-09. */
export const minorAgeWithoutDoctor = (date: string): number => (date >= "2023-08-09" ? 11 : date >= "2022-04-23" ? 16 : 18);

/** An identifier sent and not blank. */
export const filled = (value: string | undefined): boolean => value !== undefined && value.trim() !== "";

/** Préparations are made at the pharmacy and carry no CIP13. */
export const PREPARATIONS: ReadonlySet<string> = new Set(["PMR", "PM4", "PMH", "PPI"]);
