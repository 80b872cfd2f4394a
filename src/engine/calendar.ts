// One module per function: the "date-fns" entry point loads all of its 250 functions, about 2.5 MB of
// heap in every thread that checks invoices (each worker of the CLI) for the three used here.
import { addDays as addDaysToDate } from "date-fns/addDays";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { getDay } from "date-fns/getDay";

// Every date of the library is a calendar day `YYYY-MM-DD`. Dates are built at local midnight only
// to borrow date-fns arithmetic, and turned back into strings at once, so no time zone leaks out.

const ISO = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** Local midnight of a calendar day. `new Date(y, m, d)` would read a year below 100 as 19xx. */
function localMidnight(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date;
}

export function isIsoDate(text: unknown): text is string {
  if (typeof text !== "string") return false;
  const match = ISO.exec(text);
  if (!match) return false;
  return toIsoDate(localMidnight(Number(match[1]), Number(match[2]), Number(match[3]))) === text;
}

/** Year, month (1–12) and day of a `YYYY-MM-DD` date; a programmer's error otherwise. */
function fieldsOf(iso: string): readonly [year: number, month: number, day: number] {
  const match = ISO.exec(iso);
  if (!match) throw new TypeError(`not a YYYY-MM-DD date: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const formatDate = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

function toDate(iso: string): Date {
  const [year, month, day] = fieldsOf(iso);
  return localMidnight(year, month, day);
}

export const toIsoDate = (date: Date): string => formatDate(date.getFullYear(), date.getMonth() + 1, date.getDate());

export const addDays = (iso: string, days: number): string => toIsoDate(addDaysToDate(toDate(iso), days));

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * "N months after": the same day N months later, or the month's last day when it has no such day
 * (31 January + 1 month = 28 or 29 February), as date-fns counts it. Computed on the calendar fields
 * themselves: the rules ask it of most invoices (prescription validity, stays abroad, infants), and
 * a round trip through Date objects was most of what those rules cost.
 */
export function addMonths(iso: string, months: number): string {
  const [fromYear, fromMonth, fromDay] = fieldsOf(iso);
  const monthIndex = fromYear * 12 + fromMonth - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = month === 1 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month]!;
  return formatDate(year, month + 1, Math.min(fromDay, lastDay));
}

export const daysBetween = (from: string, to: string): number => differenceInCalendarDays(toDate(to), toDate(from));

export function isWithin(date: string, period: { readonly from?: string | undefined; readonly to?: string | undefined }): boolean {
  return (period.from === undefined || period.from <= date) && (period.to === undefined || date <= period.to);
}

/**
 * The date to compute ages from. A lunar birth date (day 00, month 00 or > 12, a day the month
 * does not have) counts as 1 January of its year (GIE SESAM-Vitale SFG).
 */
export function birthDateForAge(raw: string): string | undefined {
  const match = ISO.exec(raw);
  if (!match) return undefined;
  if (isIsoDate(raw)) return raw;
  return `${match[1]}-01-01`;
}

/** Age in whole years on a date; undefined when the birth date cannot be read at all. */
export function ageOn(rawBirthDate: string, on: string): number | undefined {
  const birth = birthDateForAge(rawBirthDate);
  if (birth === undefined) return undefined;
  const [birthYear, birthMonthDay] = [Number(birth.slice(0, 4)), birth.slice(5)];
  const [year, monthDay] = [Number(on.slice(0, 4)), on.slice(5)];
  return year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
}

/** Easter Sunday of a year (anonymous Gregorian algorithm, Meeus / Jones / Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The eleven national public holidays (jours fériés, code du travail L3133-1), computed, so that no
 * year list goes stale. Alsace-Moselle's two extra days are not national and are not included.
 */
export function frenchPublicHolidays(year: number): ReadonlySet<string> {
  const easter = easterSunday(year);
  const fixed = ["01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25"].map((day) => `${year}-${day}`);
  return new Set([...fixed, addDays(easter, 1), addDays(easter, 39), addDays(easter, 50)]);
}

const holidayCache = new Map<number, ReadonlySet<string>>();
function isHoliday(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  let holidays = holidayCache.get(year);
  if (!holidays) {
    holidays = frenchPublicHolidays(year);
    holidayCache.set(year, holidays);
  }
  return holidays.has(iso);
}

/** A jour ouvré: Monday to Friday and not a public holiday. */
export function isWorkingDay(iso: string): boolean {
  const weekday = getDay(toDate(iso));
  return weekday !== 0 && weekday !== 6 && !isHoliday(iso);
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count++;
  }
  return count;
}
