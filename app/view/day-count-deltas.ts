// How a change of event rows changes the per-day counts (dayCounts table): an event counts once, on its start
// day, under its type, status and span class, when it is drawn on the timeline (it leads its cluster of merged reports).
// Pure data so the database middleware and the schema upgrade share it and tests can check it directly.

import { dayCountId, type DayCountRecord, type SpanClass, type StoredEvent } from '../storage/schema';
import { dayNumber } from './day-number';

type CountedFields = Pick<StoredEvent, 'start' | 'end' | 'type' | 'status' | 'clusterLead'>;

const SPAN_CLASSES: ReadonlyArray<[SpanClass, number]> = [
  ['d', 1],
  ['w', 7],
  ['m', 31],
  ['q', 92],
  ['y', Infinity],
];

/** Spans counted as this long when deciding whether a class covers a window (decades and longer are rare). */
const LONGEST_COMPARED = 400;

/** The span class of a number of days. */
export function spanClassOfDays(days: number): SpanClass {
  return SPAN_CLASSES.find(([, most]) => days <= most)![0];
}

/** The longest span (days) of a class (years and longer: LONGEST_COMPARED). */
export function spanClassMaxDays(span: SpanClass): number {
  return Math.min(LONGEST_COMPARED, SPAN_CLASSES.find(([name]) => name === span)![1]);
}

/** Whether events of a class are "wide" for a window: long enough to cover half of it or more. */
export function isWideFor(span: SpanClass, windowDays: number): boolean {
  return spanClassMaxDays(span) > windowDays / 2;
}

export function spanClassOf(event: Pick<StoredEvent, 'start' | 'end'>): SpanClass {
  return spanClassOfDays(dayNumber(event.end) - dayNumber(event.start) + 1);
}

/** Whether a stored row is drawn (and so counted): rows written before clusters existed lead their own. */
export function isCounted(event: CountedFields): boolean {
  return event.clusterLead !== false;
}

/** Adds +1 / -1 per counted row to `deltas` (id -> change). */
function addRows(deltas: Map<string, number>, rows: ReadonlyArray<CountedFields | undefined>, sign: 1 | -1): void {
  for (const row of rows) {
    if (!row || !isCounted(row)) continue;
    const id = dayCountId(row.start, row.type, row.status, spanClassOf(row));
    deltas.set(id, (deltas.get(id) ?? 0) + sign);
  }
}

/** The count changes when `before` rows (undefined: not stored) are replaced by `after` rows (undefined: deleted). */
export function dayCountDeltas(
  before: ReadonlyArray<CountedFields | undefined>,
  after: ReadonlyArray<CountedFields | undefined>,
): Map<string, number> {
  const deltas = new Map<string, number>();
  addRows(deltas, before, -1);
  addRows(deltas, after, 1);
  for (const [id, delta] of deltas) if (delta === 0) deltas.delete(id);
  return deltas;
}

/** Applies deltas to the current count rows (by id); rows that reach zero are listed for deletion. */
export function applyDayCountDeltas(
  current: ReadonlyMap<string, DayCountRecord>,
  deltas: ReadonlyMap<string, number>,
): { put: DayCountRecord[]; remove: string[] } {
  const put: DayCountRecord[] = [];
  const remove: string[] = [];
  for (const [id, delta] of deltas) {
    const [day = '', type = '', status = '', span = 'd'] = id.split('|');
    const count = (current.get(id)?.count ?? 0) + delta;
    const row = {
      id,
      day,
      type: type as DayCountRecord['type'],
      status: status as DayCountRecord['status'],
      span: span as SpanClass,
      count,
    };
    if (count > 0) put.push(row);
    else remove.push(id);
  }
  return { put, remove };
}

/** Count rows for a whole set of stored events (the schema upgrade, and tests comparing with the table). */
export function countRowsOf(events: Iterable<CountedFields>): DayCountRecord[] {
  return applyDayCountDeltas(new Map(), dayCountDeltas([], [...events])).put.sort((a, b) => a.id.localeCompare(b.id));
}
