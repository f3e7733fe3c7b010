// The UI's multi-step reads (window query, spread query, article list, extent) see one committed state while
// writes run concurrently (fake-indexeddb): a writer moves events between two articles in single transactions,
// keeping six events in all, and every read taken meanwhile must count exactly six, never a mix of two states.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { eventExtent, listArticleSummaries, queryEventsInWindow, queryEventsSpread } from '../../../renderer/db/queries';
import type { TimelineDb } from '../../../renderer/db/timeline-db';
import { freshDb, makeArticle, makeEvent } from './make-records';

let db: TimelineDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

const WINDOW = { start: '2023-01-01', end: '2023-12-31' };

/** State `round`: one article holds one event, the other five (they swap every round); ids change every round. */
function eventsOfRound(round: number) {
  const [few, many] = round % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
  const day = (i: number): string => `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((round % 27) + 1).padStart(2, '0')}`;
  return [
    makeEvent({ id: `${few}:${round}:0`, articleId: few, start: day(0), end: day(0) }),
    ...[0, 1, 2, 3, 4].map((i) => makeEvent({ id: `${many}:${round}:${i}`, articleId: many, start: day(i + 1), end: day(i + 1) })),
  ];
}

async function writeRounds(rounds: number): Promise<void> {
  for (let round = 1; round <= rounds; round++) {
    await db.transaction('rw', db.events, async () => {
      await db.events.clear();
      await db.events.bulkPut(eventsOfRound(round));
    });
  }
}

async function readWhile<T>(writing: Promise<void>, read: () => Promise<T>): Promise<T[]> {
  let done = false;
  void writing.then(() => (done = true));
  const results: T[] = [];
  while (!done) results.push(await read());
  await writing;
  return results;
}

describe('reads in one transaction', () => {
  it('never see half of a concurrent write', async () => {
    db = freshDb();
    await db.articles.bulkPut([makeArticle({ id: 'a', importedAt: '2023-01-01T00:00:00Z' }), makeArticle({ id: 'b' })]);
    await db.events.bulkPut(eventsOfRound(0));

    const summaries = await readWhile(writeRounds(60), async () =>
      (await listArticleSummaries(db)).summaries.reduce((sum, s) => sum + s.eventCount, 0),
    );
    const windows = await readWhile(writeRounds(60), async () => (await queryEventsInWindow(db, WINDOW)).events.length);
    // The spread query reads several slices: all of them must come from one round.
    const roundOf = (id: string): string => id.split(':')[1]!;
    const spread = await readWhile(
      writeRounds(60),
      async () => new Set((await queryEventsSpread(db, WINDOW, 3, 3)).events.map((e) => roundOf(e.id))).size,
    );
    const extents = await readWhile(writeRounds(60), async () => {
      const extent = await eventExtent(db);
      return extent !== null && extent.start <= extent.end;
    });

    expect(summaries.length).toBeGreaterThan(5);
    expect(windows.length).toBeGreaterThan(5);
    expect(new Set(summaries)).toEqual(new Set([6]));
    expect(new Set(windows)).toEqual(new Set([6]));
    expect(new Set(spread)).toEqual(new Set([1]));
    expect(new Set(extents)).toEqual(new Set([true]));
  });
});
