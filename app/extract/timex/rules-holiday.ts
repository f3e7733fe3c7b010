// Rules for named days: holidays with fixed or computable dates ("Christmas", "Thanksgiving Day").

import { anchorMonthYear } from './anchor';
import { addDays, daysInMonth, formatDay, isoWeekday, type CalendarDate } from './calendar';
import { YEAR } from './patterns';
import { group, wordPattern, type TimexRule } from './rule';

type HolidayDate = (year: number) => CalendarDate;

/** The n-th (1-based; -1 = last) given ISO weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDate {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const lastOfMonth = { year, month, day: daysInMonth(year, month) };
  return addDays(lastOfMonth, -((isoWeekday(lastOfMonth) - weekday + 7) % 7));
}

const HOLIDAYS: Readonly<Record<string, HolidayDate>> = {
  'christmas eve': (y) => ({ year: y, month: 12, day: 24 }),
  'christmas day': (y) => ({ year: y, month: 12, day: 25 }),
  christmas: (y) => ({ year: y, month: 12, day: 25 }),
  "new year's eve": (y) => ({ year: y, month: 12, day: 31 }),
  "new year's day": (y) => ({ year: y, month: 1, day: 1 }),
  'independence day': (y) => ({ year: y, month: 7, day: 4 }),
  'the fourth of july': (y) => ({ year: y, month: 7, day: 4 }),
  halloween: (y) => ({ year: y, month: 10, day: 31 }),
  "valentine's day": (y) => ({ year: y, month: 2, day: 14 }),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1), // US: the Tuesday after the first Monday of November
};

export const HOLIDAY_RULES: readonly TimexRule[] = [
  {
    id: 'holiday.named-day',
    type: 'DATE',
    example: 'Thanksgiving Day',
    exampleValue: '2023-11-23',
    pattern: wordPattern(
      `(?:(?<dir>last|this|next)\\s+)?(?<name>${Object.keys(HOLIDAYS)
        .map((h) => h.replace(/ /g, '\\s+').replace(/'/g, "['’]"))
        .join('|')})(?:\\s+${YEAR})?`,
    ),
    accept: (m) => /^[A-Z]|^the\s+[Ff]ourth/i.test(group(m, 'name')) && /[A-Z]/.test(group(m, 'name')),
    resolve: (m, context) => {
      const dateOf = HOLIDAYS[group(m, 'name').toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")];
      if (!dateOf) return null;
      const explicitYear = group(m, 'year');
      if (explicitYear) return { value: formatDay(dateOf(+explicitYear)) };
      if (!context.dct) return null;
      const month = dateOf(context.dct.year).month;
      const dir = group(m, 'dir').toLowerCase();
      const year =
        dir === 'last'
          ? formatDay(dateOf(context.dct.year)) < formatDay(context.dct)
            ? context.dct.year
            : context.dct.year - 1
          : dir === 'next'
            ? formatDay(dateOf(context.dct.year)) > formatDay(context.dct)
              ? context.dct.year
              : context.dct.year + 1
            : anchorMonthYear(context.dct, month, context.tense());
      return { value: formatDay(dateOf(year)) };
    },
  },
];
