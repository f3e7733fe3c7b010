// Arithmetic on TIMEX3 DATE values: reading a value's granularity, shifting it by a number of
// calendar units ("1989-Q3" minus one year = "1988-Q3"), and formatting a date at a granularity.

import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  mondayOfIsoWeek,
  quarterOf,
  type CalendarDate,
} from './calendar';

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

/** A DATE value split into its granularity and the first day it covers. */
export interface ParsedValue {
  granularity: Granularity;
  date: CalendarDate;
  /** Quarter, half or season code for those granularities ("Q3", "H2", "SU"). */
  code?: string;
}

export function parseDateValue(value: string): ParsedValue | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { granularity: 'day', date: { year: +m[1]!, month: +m[2]!, day: +m[3]! } };
  m = /^(\d{4})-W(\d{1,2})$/.exec(value);
  if (m) return { granularity: 'week', date: mondayOfIsoWeek(+m[1]!, +m[2]!) };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { granularity: 'month', date: { year: +m[1]!, month: +m[2]!, day: 1 } };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { granularity: 'quarter', date: { year: +m[1]!, month: (+m[2]! - 1) * 3 + 1, day: 1 }, code: `Q${m[2]}` };
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return { granularity: 'half', date: { year: +m[1]!, month: m[2] === '1' ? 1 : 7, day: 1 }, code: `H${m[2]}` };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return { granularity: 'season', date: { year: +m[1]!, month: SEASON_START[m[2]!] ?? 1, day: 1 }, code: m[2] };
  m = /^(\d{4})$/.exec(value);
  if (m) return { granularity: 'year', date: { year: +m[1]!, month: 1, day: 1 } };
  m = /^(\d{3})X?$/.exec(value);
  if (m) return { granularity: 'decade', date: { year: +m[1]! * 10, month: 1, day: 1 } };
  m = /^(\d{2})$/.exec(value);
  if (m) return { granularity: 'century', date: { year: +m[1]! * 100, month: 1, day: 1 } };
  return null;
}

/** First month of each season (northern hemisphere, meteorological; winter starts in December). */
export const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Formats a date as a TIMEX3 value at the given granularity. */
export function formatAt(date: CalendarDate, granularity: Granularity): string {
  switch (granularity) {
    case 'day':
      return formatDay(date);
    case 'week':
      return formatWeek(date);
    case 'month':
      return formatMonth(date.year, date.month);
    case 'quarter':
      return `${formatYear(date.year)}-Q${quarterOf(date.month)}`;
    case 'half':
      return `${formatYear(date.year)}-H${date.month <= 6 ? 1 : 2}`;
    case 'season':
      return formatYear(date.year);
    case 'year':
      return formatYear(date.year);
    case 'decade':
      return formatYear(date.year).slice(0, 3);
    case 'century':
      return formatYear(date.year).slice(0, 2);
  }
}

/** Moves a date by `count` units (unit letters as in lexicon UNITS: D, W, M, Q, Y, DE, CE). */
export function shiftDate(date: CalendarDate, unit: string, count: number): CalendarDate {
  switch (unit) {
    case 'D':
      return addDays(date, count);
    case 'W':
    case 'WE':
      return addDays(date, 7 * count);
    case 'W2':
      return addDays(date, 14 * count);
    case 'M':
      return addMonths(date, count);
    case 'Q':
      return addMonths(date, 3 * count);
    case 'Y':
      return addMonths(date, 12 * count);
    case 'DE':
      return addMonths(date, 120 * count);
    case 'CE':
      return addMonths(date, 1200 * count);
    default:
      return date;
  }
}

/** Shifts a DATE value by `count` units keeping its own granularity ("1989-Q3", Y, -1 → "1988-Q3"). */
export function shiftValue(value: string, unit: string, count: number): string | null {
  const parsed = parseDateValue(value);
  if (!parsed) return null;
  const shifted = shiftDate(parsed.date, unit, count);
  if (parsed.granularity === 'season') return `${formatYear(shifted.year)}-${parsed.code}`;
  return formatAt(shifted, parsed.granularity);
}

/** The granularity a unit letter naturally has when a date is shifted by it ("two weeks ago" → week). */
export function unitGranularity(unit: string): Granularity {
  switch (unit) {
    case 'D':
      return 'day';
    case 'W':
    case 'W2':
    case 'WE':
      return 'week';
    case 'M':
      return 'month';
    case 'Q':
      return 'quarter';
    case 'DE':
      return 'decade';
    case 'CE':
      return 'century';
    default:
      return 'year';
  }
}
