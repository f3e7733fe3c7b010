// The app's one calendar module: month lengths and leap years (years 0–99 included, which Date.UTC would
// read as 1900–1999), validation, day arithmetic across years, and the ISO and worded day formats.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysInMonth,
  formatDay,
  formatIsoDay,
  isValidDate,
  isoWeek,
  parseIsoDate,
  utcDate,
} from '../../../app/calendar/calendar';
import { isValidDay } from '../../../app/calendar/date-strings';
import { formatDayAt, parseIsoTime } from '../../../app/export/time-window';
import { describeSpan } from '../../../renderer/lib/format-date';

describe('daysInMonth', () => {
  it('knows every month of common and leap years', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('treats years 0–99 as themselves, not as 1900–1999', () => {
    expect(daysInMonth(0, 2)).toBe(29); // year 0 is a leap year (divisible by 400); 1900 is not
    expect(daysInMonth(4, 2)).toBe(29);
    expect(daysInMonth(99, 2)).toBe(28);
    expect(daysInMonth(-4, 2)).toBe(29);
    expect(utcDate({ year: 44, month: 3, day: 15 }).getUTCFullYear()).toBe(44);
  });
});

describe('validation and arithmetic', () => {
  it('accepts real days only', () => {
    expect(isValidDate(0, 2, 29)).toBe(true);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2023, 6, 31)).toBe(false);
    expect(isValidDate(2023, 13, 1)).toBe(false);
    expect(isValidDate(2023, 1.5, 1)).toBe(false);
    expect(isValidDay(0, 2, 29)).toBe(true); // the date-string parsers use the same test
  });

  it('adds days and months across the year 0–99 boundary without jumping to the 1900s', () => {
    expect(addDays({ year: 99, month: 12, day: 31 }, 1)).toEqual({ year: 100, month: 1, day: 1 });
    expect(addDays({ year: 0, month: 2, day: 28 }, 1)).toEqual({ year: 0, month: 2, day: 29 });
    expect(addMonths({ year: 0, month: 1, day: 31 }, 1)).toEqual({ year: 0, month: 2, day: 29 });
    expect(addMonths({ year: 0, month: 1, day: 15 }, -1)).toEqual({ year: -1, month: 12, day: 15 });
    expect(isoWeek({ year: 2023, month: 9, day: 21 })).toEqual({ year: 2023, week: 38 });
  });
});

describe('formatting', () => {
  it('writes ISO days with four-digit years and parses them back', () => {
    expect(formatIsoDay({ year: 44, month: 3, day: 15 })).toBe('0044-03-15');
    expect(parseIsoDate('0044-03-15')).toEqual({ year: 44, month: 3, day: 15 });
    expect(parseIsoDate('2023-09-21T08:00:00Z')).toEqual({ year: 2023, month: 9, day: 21 });
    expect(parseIsoDate('2023-9-21')).toBeNull();
  });

  it('writes days in words, long and short, the same for the UI and the exports', () => {
    expect(formatDay('2023-09-21')).toBe('21 September 2023');
    expect(formatDay('0044-03-15', 'short')).toBe('15 Mar 44');
    expect(describeSpan('2023-09-21', '2023-09-21', 'day')).toBe('21 September 2023');
    expect(formatDayAt(parseIsoTime('0044-03-15'))).toBe('15 Mar 44');
    expect(formatDayAt(parseIsoTime('2023-09-21'))).toBe('21 Sep 2023');
  });
});
