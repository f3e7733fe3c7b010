// How a change of event rows changes the per-day counts (dayCounts table): an event counts once, on its start
// day, under its type and status, when it is drawn on the timeline (it leads its cluster of merged reports).
// Pure data so the database middleware and the schema upgrade share it and tests can check it directly.

import { dayCountId, type DayCountRecord, type StoredEvent } from '../storage/schema';

type CountedFields = Pick<StoredEvent, 'start' | 'type' | 'status' | 'clusterLead'>;

/** Whether a stored row is drawn (and so counted): rows written before clusters existed lead their own. */
export function isCounted(event: CountedFields): boolean {
  return event.clusterLead !== false;
}

/** Adds +1 / -1 per counted row to `deltas` (id -> change). */
function addRows(deltas: Map<string, number>, rows: ReadonlyArray<CountedFields | undefined>, sign: 1 | -1): void {
  for (const row of rows) {
    if (!row || !isCounted(row)) continue;
    const id = dayCountId(row.start, row.type, row.status);
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
    const [day = '', type = '', status = ''] = id.split('|');
    const count = (current.get(id)?.count ?? 0) + delta;
    if (count > 0) put.push({ id, day, type: type as DayCountRecord['type'], status: status as DayCountRecord['status'], count });
    else remove.push(id);
  }
  return { put, remove };
}

/** Count rows for a whole set of stored events (the schema upgrade, and tests comparing with the table). */
export function countRowsOf(events: Iterable<CountedFields>): DayCountRecord[] {
  return applyDayCountDeltas(new Map(), dayCountDeltas([], [...events])).put.sort((a, b) => a.id.localeCompare(b.id));
}
