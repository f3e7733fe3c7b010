// An analyst's own event list (CSV) dropped on the window goes through the batch import and gives one event per
// row, with the row's type, dates and participants, not events guessed from the rendered text.

import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineDb } from '../../../renderer/db/timeline-db';
import { freshDb, importOneFile } from './make-records';

const csv = readFileSync(path.resolve(__dirname, '../../fixtures/formats/events.csv'));

let db: TimelineDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('importing an event list', () => {
  it('stores the events of its rows', async () => {
    db = freshDb();
    const outcome = await importOneFile(db, { fileName: 'events.csv', bytes: new Uint8Array(csv) });
    expect(outcome.status).toBe('imported');
    const events = await db.events.toArray();
    const oslo = events.find((e) => e.label === 'Eide meets van Klaveren');
    expect(oslo).toMatchObject({ type: 'meeting', start: '2024-03-14', end: '2024-03-14', status: 'occurred', places: ['Oslo'] });
    expect(oslo?.participants).toEqual(['Espen Barth Eide', 'Alberto van Klaveren']);
    expect(events.find((e) => e.label === 'Our Ocean Conference')).toMatchObject({ type: 'forum', start: '2024-04-16', end: '2024-04-17' });
  });
});
