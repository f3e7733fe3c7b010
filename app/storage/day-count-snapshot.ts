// A compact copy of the whole dayCounts table in one meta record (typed arrays, about 11 bytes per row), so the
// timeline's first draw reads one record instead of every count row: measured in headless Chromium at 100,000
// events (37,803 rows), reading the rows took 420–610 ms, the copy 5–18 ms. The copy is a cache, never the data:
// it names the counts stamp it was made at, and every events write that changes a count writes a new stamp
// (renderer/db/day-counts-middleware.ts), so a copy older than the counts no longer matches and is made again.

import type { DayCountRecord } from './schema';

/** Meta key of the copy. */
export const DAY_COUNTS_SNAPSHOT_KEY = 'dayCountsSnapshot';
/** Meta key of the stamp written with every change of the counts. */
export const DAY_COUNTS_STAMP_KEY = 'dayCountsStamp';

/** Whether a meta row is this cache's (the copy or the stamp): not data, so backups and comparisons of data leave it out. */
export function isDayCountsCacheRow(row: { key?: unknown }): boolean {
  return row.key === DAY_COUNTS_SNAPSHOT_KEY || row.key === DAY_COUNTS_STAMP_KEY;
}

/** A count row without its id (the id is only how the table finds a row). */
export type DayCountRow = Omit<DayCountRecord, 'id'>;

export interface DayCountSnapshot {
  /** The counts stamp the copy was made at (null: no stamp written yet). */
  stamp: string | null;
  /** Distinct values, indexed by the arrays below. */
  days: string[];
  types: string[];
  statuses: string[];
  spans: string[];
  day: Uint32Array;
  type: Uint8Array;
  status: Uint8Array;
  span: Uint8Array;
  count: Uint32Array;
}

function indexer(): { values: string[]; of(value: string): number } {
  const values: string[] = [];
  const seen = new Map<string, number>();
  return {
    values,
    of(value) {
      let index = seen.get(value);
      if (index === undefined) {
        index = values.length;
        values.push(value);
        seen.set(value, index);
      }
      return index;
    },
  };
}

/** The copy of `rows` (kept in their order) at `stamp`. */
export function packDayCounts(rows: readonly DayCountRow[], stamp: string | null): DayCountSnapshot {
  const [days, types, statuses, spans] = [indexer(), indexer(), indexer(), indexer()];
  const snapshot = {
    day: new Uint32Array(rows.length),
    type: new Uint8Array(rows.length),
    status: new Uint8Array(rows.length),
    span: new Uint8Array(rows.length),
    count: new Uint32Array(rows.length),
  };
  rows.forEach((row, i) => {
    snapshot.day[i] = days.of(row.day);
    snapshot.type[i] = types.of(row.type);
    snapshot.status[i] = statuses.of(row.status);
    snapshot.span[i] = spans.of(row.span);
    snapshot.count[i] = row.count;
  });
  return { stamp, days: days.values, types: types.values, statuses: statuses.values, spans: spans.values, ...snapshot };
}

const isStrings = (value: unknown, most: number): value is string[] =>
  Array.isArray(value) && value.length <= most && value.every((item) => typeof item === 'string');

/** The rows of a stored copy made at `stamp`; null when there is none, it is older or it is malformed. */
export function unpackDayCounts(value: unknown, stamp: string | null): DayCountRow[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const copy = value as Partial<DayCountSnapshot>;
  if (copy.stamp !== stamp) return null;
  const { day, type, status, span, count, days, types, statuses, spans } = copy;
  if (!(day instanceof Uint32Array && count instanceof Uint32Array)) return null;
  if (!(type instanceof Uint8Array && status instanceof Uint8Array && span instanceof Uint8Array)) return null;
  if (!isStrings(days, 2 ** 32) || !isStrings(types, 256) || !isStrings(statuses, 256) || !isStrings(spans, 256)) return null;
  const n = day.length;
  if (type.length !== n || status.length !== n || span.length !== n || count.length !== n) return null;
  const rows: DayCountRow[] = new Array<DayCountRow>(n);
  for (let i = 0; i < n; i++) {
    const row = { day: days[day[i]!], type: types[type[i]!], status: statuses[status[i]!], span: spans[span[i]!], count: count[i]! };
    if (row.day === undefined || row.type === undefined || row.status === undefined || row.span === undefined) return null;
    rows[i] = row as DayCountRow;
  }
  return rows;
}
