// The date extent (first start, last end) of a list of events.

import type { TimelineEvent } from '../../app/model/event';
import type { DateWindow } from '../db/queries';

export function extentOf(events: ReadonlyArray<Pick<TimelineEvent, 'start' | 'end'>>): DateWindow | null {
  const first = events[0];
  if (!first) return null;
  let { start, end } = first;
  for (const event of events) {
    if (event.start < start) start = event.start;
    if (event.end > end) end = event.end;
  }
  return { start, end };
}
