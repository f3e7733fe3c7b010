// The Table view's rows (fake-indexeddb): one row per cluster with its source count, in date order, the preview
// limit, and the shared filter predicate and search matches applied.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../../app/model/event-filter';
import type { TimelineDb } from '../../../../renderer/db/timeline-db';
import { filterTableRows, loadTableRows } from '../../../../renderer/table/table-rows';
import { freshDb, makeEvent } from '../make-records';

let db: TimelineDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('table rows', () => {
  it('show a merged cluster once with its sources, in date order, and honour the filters', async () => {
    db = freshDb();
    await db.events.bulkAdd([
      {
        ...makeEvent({ id: 'b:0', articleId: 'b', start: '2023-10-01', end: '2023-10-31', precision: 'month', confidence: 0.5 }),
        clusterId: 'a:0',
        clusterSize: 2,
        clusterLead: false,
      },
      {
        ...makeEvent({
          id: 'a:0',
          articleId: 'a',
          start: '2023-10-17',
          end: '2023-10-17',
          reviewState: 'accepted',
          editedFields: ['label'],
        }),
        clusterId: 'a:0',
        clusterSize: 2,
        clusterLead: true,
      },
      {
        ...makeEvent({ id: 'a:1', articleId: 'a', type: 'invasion', start: '2022-02-24', end: '2022-02-24', places: ['Ukraine'] }),
        clusterId: 'a:1',
        clusterSize: 1,
        clusterLead: true,
      },
      makeEvent({ id: 'c:0', articleId: 'c', start: '2024-01-01', end: '2024-01-01', confidence: 0.2 }), // stored before clusters existed
    ]);
    const rows = await loadTableRows(db);
    expect(rows.map((row) => [row.id, row.sources])).toEqual([
      ['a:1', 1],
      ['a:0', 2],
      ['c:0', 1],
    ]);
    expect(rows[1]).toMatchObject({ reviewState: 'accepted', editedFields: ['label'] });
    expect(rows[0]).not.toHaveProperty('evidence');
    expect(filterTableRows(rows, NO_FILTERS)).toBe(rows);
    expect(filterTableRows(rows, { ...NO_FILTERS, types: ['invasion'] }).map((row) => row.id)).toEqual(['a:1']);
    expect(filterTableRows(rows, { ...NO_FILTERS, minConfidence: 0.5 }).map((row) => row.id)).toEqual(['a:1', 'a:0']);
    expect(filterTableRows(rows, { ...NO_FILTERS, from: '2023-01-01', places: ['Saint Petersburg'] }).map((row) => row.id)).toEqual([
      'a:0',
      'c:0',
    ]);
    expect((await loadTableRows(db, 1)).map((row) => row.id)).toEqual(['a:1']);
    // The search's matches narrow the rows further, together with the filters.
    const matched = new Set(['a:0', 'c:0']);
    expect(filterTableRows(rows, NO_FILTERS, matched).map((row) => row.id)).toEqual(['a:0', 'c:0']);
    expect(filterTableRows(rows, { ...NO_FILTERS, minConfidence: 0.5 }, matched).map((row) => row.id)).toEqual(['a:0']);
    expect(filterTableRows(rows, NO_FILTERS, new Set())).toEqual([]);
  });
});
