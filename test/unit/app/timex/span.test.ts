// timexSpan: TIMEX3 DATE values → inclusive ISO day ranges with their precision.

import { describe, expect, it } from 'vitest';
import { timexSpan } from '../../../../app/extract/timex';

describe('timexSpan', () => {
  it.each([
    ['2023-09-21', '2023-09-21', '2023-09-21', 'day'],
    ['2023-09-21T10:00', '2023-09-21', '2023-09-21', 'day'],
    ['2023-10', '2023-10-01', '2023-10-31', 'month'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month'],
    ['2022', '2022-01-01', '2022-12-31', 'year'],
    ['2023-W38', '2023-09-18', '2023-09-24', 'week'],
    ['2023-Q4', '2023-10-01', '2023-12-31', 'quarter'],
    ['2023-H1', '2023-01-01', '2023-06-30', 'half'],
    ['2023-SU', '2023-06-01', '2023-08-31', 'season'],
    ['2023-WI', '2023-12-01', '2024-02-29', 'season'],
    ['199X', '1990-01-01', '1999-12-31', 'decade'],
    ['199', '1990-01-01', '1999-12-31', 'decade'],
    ['19', '1900-01-01', '1999-12-31', 'century'],
  ])('%s → %s..%s (%s)', (value, start, end, precision) => {
    expect(timexSpan(value)).toEqual({ start, end, precision });
  });

  it.each(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF', 'P3Y', 'PT2H', 'XXXX-10', 'XXXX-WXX-4', '2023-02-30', '2023-13'])(
    '%s → null',
    (value) => {
      expect(timexSpan(value)).toBeNull();
    },
  );
});
