// Converts a TIMEX3 DATE value to the inclusive range of ISO days it covers, for the timeline.

import type { DatePrecision } from '../../model/event';
import { addDays, daysInMonth, formatDay, mondayOfIsoWeek, type CalendarDate } from './calendar';
import { SEASON_START } from './normalise';

export interface DaySpan {
  start: string;
  end: string;
  precision: DatePrecision;
}

function range(start: CalendarDate, end: CalendarDate, precision: DatePrecision): DaySpan {
  return { start: formatDay(start), end: formatDay(end), precision };
}

const lastDayOf = (year: number, month: number): CalendarDate => ({ year, month, day: daysInMonth(year, month) });

/**
 * "2023-10" → 2023-10-01..2023-10-31 (month); "2022" → year; "2023-W38" → week; "2023-Q4" → quarter;
 * "2023-H1" → half; "2023-SU" → season; "199"/"199X" → decade; "19" → century; "2023-09-21T10:00" → day.
 * Null for PRESENT_REF/PAST_REF/FUTURE_REF, durations and values with unknown (X) digits.
 */
export function timexSpan(value: string): DaySpan | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const date = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
    return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month)
      ? range(date, date, 'day')
      : null;
  }
  m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value);
  if (m && +m[2]! >= 1 && +m[2]! <= 53) {
    const monday = mondayOfIsoWeek(+m[1]!, +m[2]!);
    return m[3] ? range(addDays(monday, 5), addDays(monday, 6), 'week') : range(monday, addDays(monday, 6), 'week');
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && +m[2]! >= 1 && +m[2]! <= 12) return range({ year: +m[1]!, month: +m[2]!, day: 1 }, lastDayOf(+m[1]!, +m[2]!), 'month');
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const first = (+m[2]! - 1) * 3 + 1;
    return range({ year: +m[1]!, month: first, day: 1 }, lastDayOf(+m[1]!, first + 2), 'quarter');
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) {
    const first = m[2] === '1' ? 1 : 7;
    return range({ year: +m[1]!, month: first, day: 1 }, lastDayOf(+m[1]!, first + 5), 'half');
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const year = +m[1]!;
    const first = SEASON_START[m[2]!] ?? 1;
    const endMonth = first + 2; // winter runs December to February of the next year
    const end = endMonth > 12 ? lastDayOf(year + 1, endMonth - 12) : lastDayOf(year, endMonth);
    return range({ year, month: first, day: 1 }, end, 'season');
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return range({ year: +m[1]!, month: 1, day: 1 }, { year: +m[1]!, month: 12, day: 31 }, 'year');
  m = /^(\d{3})X?$/.exec(value);
  if (m) return range({ year: +m[1]! * 10, month: 1, day: 1 }, { year: +m[1]! * 10 + 9, month: 12, day: 31 }, 'decade');
  m = /^(\d{2})(?:XX)?$/.exec(value);
  if (m) return range({ year: +m[1]! * 100, month: 1, day: 1 }, { year: +m[1]! * 100 + 99, month: 12, day: 31 }, 'century');
  return null;
}
