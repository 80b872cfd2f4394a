// Every date of the library is a calendar day `YYYY-MM-DD`, and every computation on dates is
// arithmetic on day numbers: no Date object, so no time zone. With a Date at local midnight (as
// date-fns computes), a day that a zone skipped (Pacific/Apia has no 2011-12-30, Kiritimati no
// 1994-12-31) did not exist: a valid asOf was refused and working days were off by one.

const ISO = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** The first and last days a `YYYY-MM-DD` can write: arithmetic saturates there, so that strings still sort. */
const FIRST_DAY = "0000-01-01";
const LAST_DAY = "9999-12-31";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number): number => (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);

export function isIsoDate(text: unknown): text is string {
  if (typeof text !== "string") return false;
  const match = ISO.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Year, month (1–12) and day of a `YYYY-MM-DD` date; a programmer's error otherwise. */
function fieldsOf(iso: string): readonly [year: number, month: number, day: number] {
  const match = ISO.exec(iso);
  if (!match) throw new TypeError(`not a YYYY-MM-DD date: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** A date as `YYYY-MM-DD`; a day before year 0 or after year 9999 saturates to the first or last day. */
function formatDate(year: number, month: number, day: number): string {
  if (year < 0) return FIRST_DAY;
  if (year > 9999) return LAST_DAY;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Days since 1970-01-01 of a day of the proleptic Gregorian calendar (H. Hinnant's
 * days_from_civil): exact for every year, without a Date.
 */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day of a day number (H. Hinnant's civil_from_days), as `YYYY-MM-DD`. */
function fromDayNumber(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return formatDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

const dayNumberOf = (iso: string): number => {
  const [year, month, day] = fieldsOf(iso);
  return dayNumber(year, month, day);
};

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day a moment falls on in a time zone, as `YYYY-MM-DD`: what `asOf` and an invoice's
 * dates take. The zone is named because a Date is a moment, not a day: 00:30 in Paris is still the day
 * before in UTC, where servers often run, and a pharmacy of La Réunion or Guadeloupe lives in its own
 * zone. Throws a TypeError for an invalid Date or one outside years 0001–9999, and a RangeError for a
 * zone the runtime does not know: both are programming errors.
 */
export function calendarDay(date: Date, timeZone: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new TypeError("calendarDay: expected a valid Date");
  if (typeof timeZone !== "string") throw new TypeError('calendarDay: expected an IANA time zone such as "Europe/Paris"');
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric", era: "short" });
    dayFormats.set(timeZone, format);
  }
  const fields: Record<string, string> = {};
  for (const part of format.formatToParts(date)) fields[part.type] = part.value;
  const year = Number(fields.year);
  if (fields.era !== "AD" || year > 9999) throw new TypeError(`calendarDay: ${date.toISOString()} is outside years 0001–9999, which YYYY-MM-DD cannot write`);
  return formatDate(year, Number(fields.month), Number(fields.day));
}

export const addDays = (iso: string, days: number): string => fromDayNumber(dayNumberOf(iso) + days);

/**
 * "N months after": the same day N months later, or the month's last day when it has no such day
 * (31 January + 1 month = 28 or 29 February), as date-fns counts it. Computed on the calendar fields
 * themselves: the rules ask it of most invoices (prescription validity, stays abroad, infants).
 */
export function addMonths(iso: string, months: number): string {
  const [fromYear, fromMonth, fromDay] = fieldsOf(iso);
  const monthIndex = fromYear * 12 + fromMonth - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  if (year < 0 || year > 9999) return formatDate(year, month, 1);
  return formatDate(year, month, Math.min(fromDay, daysInMonth(year, month)));
}

export const daysBetween = (from: string, to: string): number => dayNumberOf(to) - dayNumberOf(from);

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
  const birth = typeof rawBirthDate === "string" ? birthDateForAge(rawBirthDate) : undefined;
  if (birth === undefined || !isIsoDate(on)) return undefined;
  const [birthYear, birthMonthDay] = [Number(birth.slice(0, 4)), birth.slice(5)];
  const [year, monthDay] = [Number(on.slice(0, 4)), on.slice(5)];
  return year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
}

/** Easter Sunday of a year (anonymous Gregorian algorithm, Meeus / Jones / Butcher). */
export function easterSunday(year: number): string {
  checkYear(year, "easterSunday");
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
  return formatDate(year, month, day);
}

/** A year the calendar can write (`YYYY`, 0–9999); anything else is a programmer's error. */
function checkYear(year: number, caller: string): void {
  if (!Number.isInteger(year) || year < 0 || year > 9999) throw new TypeError(`${caller}: the year must be a whole number from 0 to 9999, got ${String(year)}`);
}

/**
 * The eleven national public holidays (jours fériés, code du travail L3133-1), computed, so that no
 * year list goes stale. Alsace-Moselle's two extra days are not national and are not included.
 */
export function frenchPublicHolidays(year: number): ReadonlySet<string> {
  checkYear(year, "frenchPublicHolidays");
  const easter = easterSunday(year);
  const prefix = String(year).padStart(4, "0");
  const fixed = ["01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25"].map((day) => `${prefix}-${day}`);
  return new Set([...fixed, addDays(easter, 1), addDays(easter, 39), addDays(easter, 50)]);
}

// Bounded: the years an invoice and its check span, a few in practice, at most 10,000.
const holidayCache = new Map<number, ReadonlySet<string>>();
function holidaysOf(year: number): ReadonlySet<string> {
  let holidays = holidayCache.get(year);
  if (!holidays) {
    holidays = frenchPublicHolidays(year);
    holidayCache.set(year, holidays);
  }
  return holidays;
}
const isHoliday = (iso: string): boolean => holidaysOf(Number(iso.slice(0, 4))).has(iso);

/** Day of the week of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
const weekdayOf = (days: number): number => (((days + 4) % 7) + 7) % 7;

/** A jour ouvré: Monday to Friday and not a public holiday. */
export function isWorkingDay(iso: string): boolean {
  const weekday = weekdayOf(dayNumberOf(iso));
  return weekday !== 0 && weekday !== 6 && !isHoliday(iso);
}

/** Monday to Friday among the days numbered `first` to `last`, inclusive. */
function weekdaysBetween(first: number, last: number): number {
  if (last < first) return 0;
  const total = last - first + 1;
  let count = Math.floor(total / 7) * 5;
  for (let day = first + Math.floor(total / 7) * 7; day <= last; day++) {
    const weekday = weekdayOf(day);
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

/**
 * Working days after `from` up to and including `to` (0 when `to` is not after `from`). Counted in
 * constant time per year: the weekdays of the span, less the public holidays that fall on one. A
 * day at a time, a transmission date of 9999-12-31 took seconds.
 */
export function workingDaysBetween(from: string, to: string): number {
  const first = dayNumberOf(from) + 1;
  const last = dayNumberOf(to);
  if (last < first) return 0;
  let count = weekdaysBetween(first, last);
  const [firstYear, lastYear] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const holiday of holidaysOf(year)) {
      const day = dayNumberOf(holiday);
      const weekday = weekdayOf(day);
      if (day >= first && day <= last && weekday !== 0 && weekday !== 6) count--;
    }
  }
  return count;
}
