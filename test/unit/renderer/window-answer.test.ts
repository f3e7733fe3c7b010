// The two ways a timeline window is answered agree: from the per-day counts table (with the events reaching in
// from before the window) and from the in-memory view index, for totals, lanes by type and bucket cells.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../../../app/model/event-filter';
import type { StoredEvent } from '../../../app/storage/schema';
import { dayNumber, isoOfDay } from '../../../app/view/day-number';
import { indexedEventOf, ViewIndex, type ViewQuery } from '../../../app/view/view-index';
import type { TimelineDb } from '../../../renderer/db/timeline-db';
import { dayCountAnswer } from '../../../renderer/timeline/day-count-view';
import { freshDb, makeEvent } from './make-records';

let db: TimelineDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

const TYPES = ['meeting', 'visit', 'attack'] as const;

function events(): StoredEvent[] {
  const rows: StoredEvent[] = [];
  for (let i = 0; i < 400; i++) {
    const start = isoOfDay(dayNumber('2023-01-01') + ((i * 37) % 365));
    const long = i % 10 === 0;
    const end = long ? isoOfDay(dayNumber(start) + 30) : start;
    rows.push({
      ...makeEvent({ id: `e${i}`, type: TYPES[i % 3]!, start, end, status: i % 7 === 0 ? 'planned' : 'occurred' }),
      clusterId: `e${i}`,
      clusterSize: 1,
      clusterLead: true,
    });
  }
  return rows;
}

/** The events stored in a fresh database and held in a view index. */
async function stored(): Promise<{ rows: StoredEvent[]; index: ViewIndex }> {
  db = freshDb();
  const rows = events();
  await db.events.bulkPut(rows);
  await db.meta.put({ key: 'longestEventSpanDays', value: 31 });
  const index = new ViewIndex();
  index.replaceAll(rows.map(indexedEventOf));
  return { rows, index };
}

describe('window answers', () => {
  it('are the same from the counts table and from the view index', async () => {
    const { rows, index } = await stored();
    for (const [start, end] of [
      ['2023-01-01', '2023-12-31'],
      ['2023-03-10', '2023-04-20'],
      ['2023-06-01', '2023-06-03'],
    ]) {
      for (const types of [[], ['attack']] as const) {
        const query: ViewQuery = {
          start: start!,
          end: end!,
          buckets: 12,
          filters: { ...NO_FILTERS, types: [...types] },
          laneMode: 'type',
          maxLanes: 8,
          itemBudget: 0,
        };
        const fromCounts = await dayCountAnswer(db, query);
        const fromIndex = index.query(query, null);
        const sorted = (cells: typeof fromIndex.cells) => [...cells].sort((a, b) => a.lane.localeCompare(b.lane) || a.bucket - b.bucket);
        expect(fromCounts.total).toBe(fromIndex.total);
        expect(fromCounts.lanes).toEqual(fromIndex.lanes);
        expect(sorted(fromCounts.cells)).toEqual(sorted(fromIndex.cells));
        expect(fromIndex.total).toBe(
          rows.filter((r) => r.start <= end! && r.end >= start! && (types.length === 0 || r.type === 'attack')).length,
        );
      }
    }
  });

  it('draw the same items from both when only the wide events fit, and read only those from the database', async () => {
    const { rows, index } = await stored();
    const query: ViewQuery = {
      start: '2023-03-10',
      end: '2023-04-20',
      buckets: 12,
      filters: NO_FILTERS,
      laneMode: 'none',
      maxLanes: 8,
      itemBudget: 20,
    };
    const inWindow = rows.filter((r) => r.start <= query.end && r.end >= query.start);
    const long = inWindow.filter((r) => r.end !== r.start);
    expect(inWindow.length - long.length).toBeGreaterThan(query.itemBudget); // the short ones are drawn as buckets
    expect(long.length).toBeGreaterThan(0);
    const read = vi.spyOn(db.events, 'bulkGet');
    const fromCounts = await dayCountAnswer(db, query);
    const readIds = read.mock.calls.reduce((sum, [ids]) => sum + ids.length, 0);
    read.mockRestore();
    const fromIndex = index.query(query, null);
    const ids = (answer: typeof fromIndex) => (answer.items ?? []).map((item) => item.id).sort();
    expect(ids(fromCounts)).toEqual(long.map((r) => r.id).sort());
    expect(ids(fromCounts)).toEqual(ids(fromIndex));
    expect(fromCounts.itemsFit).toBe(false);
    expect(fromCounts.wideFit).toBe(true);
    expect(fromCounts.total).toBe(inWindow.length);
    // The wide events and the short ones starting on their days: far fewer than the window's events.
    expect(readIds).toBeLessThan(inWindow.length / 2);
  });
});
