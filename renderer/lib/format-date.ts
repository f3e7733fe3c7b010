// Human-readable event dates that say how precisely the date is known: "October 2023 (month)",
// "21 September 2023 (day)", "Q4 2023 (quarter)". English month names, independent of the machine locale
// (the day and month words come from the app's calendar module).

import { formatDay, monthName, parseIsoDate, type CalendarDate } from '../../app/calendar/calendar';
import type { DatePrecision, TimelineEvent } from '../../app/model/event';

function parts(iso: string): CalendarDate {
  return parseIsoDate(iso) ?? { year: Number.NaN, month: 1, day: 1 };
}

const shortMonth = (month: number): string => monthName(month).slice(0, 3);

/** The date span of an event in words, without the precision suffix. */
export function describeSpan(start: string, end: string, precision: DatePrecision): string {
  const s = parts(start);
  const e = parts(end);
  switch (precision) {
    case 'day':
      return start === end ? formatDay(start) : `${formatDay(start)} – ${formatDay(end)}`;
    case 'week':
      return `week of ${formatDay(start)}`;
    case 'month':
      return s.year === e.year && s.month === e.month
        ? `${monthName(s.month)} ${s.year}`
        : `${monthName(s.month)} ${s.year} – ${monthName(e.month)} ${e.year}`;
    case 'quarter':
      return `Q${Math.floor((s.month - 1) / 3) + 1} ${s.year}`;
    case 'half':
      return `H${s.month <= 6 ? 1 : 2} ${s.year}`;
    case 'season':
      return `${shortMonth(s.month)} ${s.year} – ${shortMonth(e.month)} ${e.year}`;
    case 'year':
      return s.year === e.year ? String(s.year) : `${s.year} – ${e.year}`;
    case 'decade':
      return `${Math.floor(s.year / 10) * 10}s`;
    case 'century':
      return `${s.year} – ${e.year}`;
  }
}

/** "October 2023 (month)": the span plus how precisely it is known. */
export function formatEventDate(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): string {
  return `${describeSpan(event.start, event.end, event.precision)} (${event.precision})`;
}

/** True when the date is only known to a month or coarser, so the timeline draws it as an uncertain range. */
export function isUncertainPrecision(precision: DatePrecision): boolean {
  return precision !== 'day';
}
