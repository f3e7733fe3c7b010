// Whether the reports merged into one event disagree, a review flag: two reports whose date spans do not overlap
// (a day inside a month agrees with the month; 3 and 5 March do not), or two reports that both name places
// and share none ("Beijing" vs "Moscow"; a report naming no place agrees with any).

import type { TimelineEvent } from '../model/event';

type Report = Pick<TimelineEvent, 'start' | 'end' | 'places'>;

function datesDisagree(a: Report, b: Report): boolean {
  return a.end < b.start || b.end < a.start;
}

function placesDisagree(a: Report, b: Report): boolean {
  if (a.places.length === 0 || b.places.length === 0) return false;
  const other = new Set(b.places.map((place) => place.toLowerCase()));
  return !a.places.some((place) => other.has(place.toLowerCase()));
}

/** True when some two of the reports disagree on the date or the place. */
export function reportsDisagree(reports: readonly Report[]): boolean {
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      if (datesDisagree(reports[i]!, reports[j]!) || placesDisagree(reports[i]!, reports[j]!)) return true;
    }
  }
  return false;
}
