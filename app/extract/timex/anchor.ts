// Places underspecified calendar mentions (a weekday, "Sept. 30", "October", "the third quarter")
// on the time line relative to the publication date, using the clause tense to pick past or future.

import { addDays, isoWeekday, isValidDate, quarterOf, type CalendarDate } from './calendar';
import type { Tense } from './tense';

/** The weekday nearest the DCT in the tense's direction; the DCT itself when it is that weekday. */
export function anchorWeekday(dct: CalendarDate, weekday: number, tense: Tense): CalendarDate {
  const delta = weekday - isoWeekday(dct);
  if (delta === 0) return dct;
  if (tense === 'future') return addDays(dct, delta > 0 ? delta : delta + 7);
  return addDays(dct, delta < 0 ? delta : delta - 7);
}

/**
 * Year of a month (and optional day) given without a year: in past-tense clauses the DCT's year or,
 * three or more months ahead, the year before; in future-tense clauses symmetrically; otherwise the
 * year that puts it nearest the DCT.
 */
export function anchorMonthYear(dct: CalendarDate, month: number, tense: Tense): number {
  const monthsAway = month - dct.month;
  if (tense === 'past') return monthsAway >= 3 ? dct.year - 1 : dct.year;
  if (tense === 'future') return monthsAway <= -3 ? dct.year + 1 : dct.year;
  if (monthsAway > 6) return dct.year - 1;
  if (monthsAway < -6) return dct.year + 1;
  return dct.year;
}

/** Year of a quarter named without a year: the DCT's, or the previous one for a future quarter in past-tense text. */
export function anchorQuarterYear(dct: CalendarDate, quarter: number, tense: Tense): number {
  const current = quarterOf(dct.month);
  if (tense === 'past' && quarter > current) return dct.year - 1;
  return dct.year;
}

/** The last completed quarter before the DCT ("the quarter" in an earnings report). */
export function lastCompletedQuarter(dct: CalendarDate): string {
  const quarter = quarterOf(dct.month) - 1;
  return quarter === 0 ? `${dct.year - 1}-Q4` : `${dct.year}-Q${quarter}`;
}

export function validDate(year: number, month: number, day: number): CalendarDate | null {
  return isValidDate(year, month, day) ? { year, month, day } : null;
}
