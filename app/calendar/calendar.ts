// The one calendar module of the app: arithmetic on plain year/month/day triples (proleptic Gregorian,
// UTC, no time zones), validation, and formatting of days as ISO text ("2023-09-21") and as words
// ("21 September 2023", "21 Sep 2023"). Years 0–99 are real years here: Date.UTC would read them as
// 1900–1999, so every Date is built with setUTCFullYear.

export interface CalendarDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** Midnight UTC of a calendar date (any year, 0–99 and negative ones included; days and months may overflow). */
export function utcDate(date: CalendarDate): Date {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return d;
}

export function fromUtcDate(d: Date): CalendarDate {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The year, month and day of an ISO date ("2023-09-21", "0044-03-15", "-0044-03-15"; a time may follow), else null. */
export function parseIsoDate(value: string | null): CalendarDate | null {
  const m = value ? /^(-?\d{4,6})-(\d{2})-(\d{2})(?![\d])/.exec(value) : null;
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Days in `month` (1–12) of `year`: February 29 in leap years (year 0 and 2000 are, 1900 is not). */
export function daysInMonth(year: number, month: number): number {
  return fromUtcDate(utcDate({ year, month: month + 1, day: 0 })).day;
}

/** True when year/month/day name a real calendar day (no 31 June, 29 February only in leap years). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcDate(utcDate({ ...date, day: date.day + days }));
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** ISO weekday, Monday = 1 .. Sunday = 7. */
export function isoWeekday(date: CalendarDate): number {
  const day = utcDate(date).getUTCDay();
  return day === 0 ? 7 : day;
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(date: CalendarDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const dayOfYear = Math.round((utcDate(thursday).getTime() - utcDate(jan1).getTime()) / 86_400_000);
  return { year: thursday.year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** Monday of an ISO week. */
export function mondayOfIsoWeek(year: number, week: number): CalendarDate {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1));
}

/** "2023", "0044" (TIMEX and ISO years have four digits). */
export const formatYear = (year: number): string => pad(year, 4);
/** "2023-09". */
export const formatMonth = (year: number, month: number): string => `${formatYear(year)}-${pad(month)}`;
/** "2023-09-21". */
export const formatIsoDay = (date: CalendarDate): string => `${formatMonth(date.year, date.month)}-${pad(date.day)}`;
export const quarterOf = (month: number): number => Math.floor((month - 1) / 3) + 1;

export const monthName = (month: number): string => MONTH_NAMES[month - 1] ?? '?';

/** "21 September 2023" (`long`) or "21 Sep 2023" (`short`) for an ISO date string or a calendar date. */
export function formatDay(day: string | CalendarDate, style: 'long' | 'short' = 'long'): string {
  const date = typeof day === 'string' ? parseIsoDate(day) : day;
  if (!date) return String(day);
  const month = style === 'long' ? monthName(date.month) : monthName(date.month).slice(0, 3);
  return `${date.day} ${month} ${date.year}`;
}
