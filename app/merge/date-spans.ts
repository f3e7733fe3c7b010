// Date-span comparison for merging: two reports can only be of the same event when their [start, end]
// day spans overlap. A month-precision span (2023-10-01..2023-10-31) overlaps any day inside it; two
// different days (2023-09-21 vs 2023-09-25) never overlap.

import type { DatePrecision, TimelineEvent } from '../model/event';

/** Finest first: the representative of a cluster is its member with the lowest rank. */
export const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = {
  day: 0,
  week: 1,
  month: 2,
  quarter: 3,
  season: 4,
  half: 5,
  year: 6,
  decade: 7,
  century: 8,
};

type Span = Pick<TimelineEvent, 'start' | 'end'>;

/** Inclusive ISO-date spans overlap (ISO dates compare correctly as strings). */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Same first and last day: a stronger sign of one event than a mere overlap. */
export function spansEqual(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}
