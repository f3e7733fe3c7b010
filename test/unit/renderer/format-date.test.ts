// Event dates in words with their precision, and the ISO date helpers behind the timeline.

import { describe, expect, it } from 'vitest';
import { formatEventDate, isUncertainPrecision } from '../../../renderer/lib/format-date';
import { addDaysIso, daysBetweenIso, isoToLocalDate, localDateToIso } from '../../../renderer/lib/iso-date';

describe('formatEventDate', () => {
  it.each([
    [{ start: '2023-10-01', end: '2023-10-31', precision: 'month' as const }, 'October 2023 (month)'],
    [{ start: '2023-09-21', end: '2023-09-21', precision: 'day' as const }, '21 September 2023 (day)'],
    [{ start: '2023-09-21', end: '2023-09-23', precision: 'day' as const }, '21 September 2023 – 23 September 2023 (day)'],
    [{ start: '2022-02-01', end: '2022-02-28', precision: 'month' as const }, 'February 2022 (month)'],
    [{ start: '2023-10-01', end: '2023-12-31', precision: 'quarter' as const }, 'Q4 2023 (quarter)'],
    [{ start: '2024-07-01', end: '2024-12-31', precision: 'half' as const }, 'H2 2024 (half)'],
    [{ start: '2021-01-01', end: '2021-12-31', precision: 'year' as const }, '2021 (year)'],
    [{ start: '1990-01-01', end: '1999-12-31', precision: 'decade' as const }, '1990s (decade)'],
    [{ start: '2024-06-01', end: '2024-08-31', precision: 'season' as const }, 'Jun 2024 – Aug 2024 (season)'],
    [{ start: '2023-09-18', end: '2023-09-24', precision: 'week' as const }, 'week of 18 September 2023 (week)'],
  ])('%o → %s', (event, expected) => {
    expect(formatEventDate(event)).toBe(expected);
  });

  it('treats only day precision as certain', () => {
    expect(isUncertainPrecision('day')).toBe(false);
    expect(isUncertainPrecision('month')).toBe(true);
    expect(isUncertainPrecision('year')).toBe(true);
  });
});

describe('ISO date helpers', () => {
  it('round-trips calendar dates through local Date objects, including leap days and old years', () => {
    for (const iso of ['2024-02-29', '2023-12-31', '0044-03-15', '1900-01-01']) {
      expect(localDateToIso(isoToLocalDate(iso))).toBe(iso);
    }
    expect(isoToLocalDate('2023-09-21').getHours()).toBe(0);
  });

  it('adds days across month and year ends and measures day distances', () => {
    expect(addDaysIso('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDaysIso('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetweenIso('2023-01-01', '2024-01-01')).toBe(365);
  });

  it('rejects values that are not calendar dates', () => {
    expect(() => isoToLocalDate('2023-10')).toThrow(/not an ISO calendar date/);
  });
});
