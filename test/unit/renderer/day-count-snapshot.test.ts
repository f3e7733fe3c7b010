// The compact copy of the dayCounts table (app/storage/day-count-snapshot.ts): it gives back the rows it was made
// from, only at the counts stamp it was made at, and the timeline's counts stay right when events change after a
// copy was made (the middleware's new stamp outdates it).

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../app/model/event-filter';
import {
  DAY_COUNTS_SNAPSHOT_KEY,
  DAY_COUNTS_STAMP_KEY,
  packDayCounts,
  unpackDayCounts,
  type DayCountRow,
} from '../../../app/storage/day-count-snapshot';
import { MAX_LANES } from '../../../app/view/lanes';
import { saveImportedArticle } from '../../../renderer/db/articles-repo';
import type { TimelineDb } from '../../../renderer/db/timeline-db';
import { COPY_AFTER_STILL_MS, dayCountAnswer, forgetDayCounts } from '../../../renderer/timeline/day-count-view';
import { freshDb, makeArticle, makeEvent } from './make-records';

const ROWS: DayCountRow[] = [
  { day: '2023-01-02', type: 'meeting', status: 'occurred', span: 'd', count: 3 },
  { day: '2023-01-02', type: 'visit', status: 'planned', span: 'w', count: 1 },
  { day: '2024-06-30', type: 'meeting', status: 'occurred', span: 'y', count: 70_000 },
];

describe('packDayCounts / unpackDayCounts', () => {
  it('gives back the rows, in order, at the stamp the copy was made at', () => {
    expect(unpackDayCounts(packDayCounts(ROWS, 'stamp-1'), 'stamp-1')).toEqual(ROWS);
    expect(unpackDayCounts(packDayCounts([], null), null)).toEqual([]);
  });

  it('refuses a copy made at another stamp, a missing one, and a malformed one (e.g. typed arrays turned into objects)', () => {
    expect(unpackDayCounts(packDayCounts(ROWS, 'stamp-1'), 'stamp-2')).toBeNull();
    expect(unpackDayCounts(packDayCounts(ROWS, null), 'stamp-1')).toBeNull();
    expect(unpackDayCounts(undefined, null)).toBeNull();
    expect(unpackDayCounts(JSON.parse(JSON.stringify(packDayCounts(ROWS, 's'))), 's')).toBeNull();
    const broken = { ...packDayCounts(ROWS, 's'), days: ['2023-01-02'] }; // an index past the distinct days
    expect(unpackDayCounts(broken, 's')).toBeNull();
  });
});

let db: TimelineDb | undefined;
afterEach(async () => {
  db?.close();
  await db?.delete();
  db = undefined;
});

const total = async (): Promise<number> =>
  (
    await dayCountAnswer(db!, {
      start: '2023-01-01',
      end: '2023-12-31',
      buckets: 12,
      filters: NO_FILTERS,
      laneMode: 'none',
      maxLanes: MAX_LANES,
      itemBudget: 0,
    })
  ).total;

async function copyStored(): Promise<boolean> {
  for (let i = 0; i < (COPY_AFTER_STILL_MS + 2000) / 10; i++) {
    const [copy, stamp] = await Promise.all([db!.meta.get(DAY_COUNTS_SNAPSHOT_KEY), db!.meta.get(DAY_COUNTS_STAMP_KEY)]);
    if (copy && unpackDayCounts(copy.value, typeof stamp?.value === 'string' ? stamp.value : null)) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

describe('the timeline counts read through the copy', { timeout: 20000 }, () => {
  it('are copied after a first read, read back from the copy, and stay right after events change', async () => {
    db = freshDb();
    await saveImportedArticle(db, makeArticle({ id: 'a' }), [
      makeEvent({ id: 'a:0', articleId: 'a', start: '2023-03-01', end: '2023-03-01' }),
      makeEvent({ id: 'a:1', articleId: 'a', start: '2023-04-01', end: '2023-04-01', type: 'visit' }),
    ]);
    expect(await total()).toBe(2);
    expect(await db.meta.get(DAY_COUNTS_SNAPSHOT_KEY)).toBeUndefined(); // not while the counts may still change
    expect(await copyStored()).toBe(true);
    forgetDayCounts(db);
    expect(await total()).toBe(2); // from the copy
    const stampBefore = (await db.meta.get(DAY_COUNTS_STAMP_KEY))?.value;
    await saveImportedArticle(db, makeArticle({ id: 'b', title: 'Another' }), [
      makeEvent({ id: 'b:0', articleId: 'b', start: '2023-05-01', end: '2023-05-01', type: 'attack', label: 'Attack' }),
    ]);
    expect((await db.meta.get(DAY_COUNTS_STAMP_KEY))?.value).not.toBe(stampBefore);
    forgetDayCounts(db);
    expect(await total()).toBe(3); // the outdated copy is not used
    expect(await copyStored()).toBe(true);
    forgetDayCounts(db);
    expect(await total()).toBe(3);
  });
});
