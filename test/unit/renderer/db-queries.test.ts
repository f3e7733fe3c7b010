// Reads: the visible-window query returns exactly the overlapping events (capped), and the extent.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { saveImportedArticle } from '../../../renderer/db/articles-repo';
import { eventExtent, longestSpanDays, queryEventsInWindow, queryEventsSpread } from '../../../renderer/db/queries';
import type { TimelineDb } from '../../../renderer/db/timeline-db';
import { addDaysIso } from '../../../renderer/lib/iso-date';
import { freshDb, makeArticle, makeEvent } from './make-records';

let db: TimelineDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

async function seed(spans: Array<[id: string, start: string, end: string]>): Promise<void> {
  const events = spans.map(([id, start, end]) => makeEvent({ id, start, end, precision: start === end ? 'day' : 'month' }));
  await saveImportedArticle(db, makeArticle(), events);
}

describe('queryEventsInWindow', () => {
  it('returns events overlapping the window, including ranges that start before it or end after it', async () => {
    db = freshDb();
    await seed([
      ['before', '2023-08-01', '2023-08-31'],
      ['touches-start', '2023-09-01', '2023-09-30'], // ends on the window's first day
      ['inside', '2023-10-05', '2023-10-05'],
      ['spans-whole', '2023-01-01', '2023-12-31'],
      ['touches-end', '2023-10-31', '2023-11-30'],
      ['after', '2023-11-01', '2023-11-30'],
      ['long-ago', '2021-02-01', '2021-02-28'],
    ]);
    const { events, capped } = await queryEventsInWindow(db, { start: '2023-09-30', end: '2023-10-31' });
    expect(events.map((e) => e.id).sort()).toEqual(['inside', 'spans-whole', 'touches-end', 'touches-start']);
    expect(capped).toBe(false);
  });

  it('finds a long event that started years before the window, using the recorded longest span', async () => {
    db = freshDb();
    await seed([
      ['decade', addDaysIso('2030-06-01', -3_500), '2030-12-31'],
      ['short', '2030-06-10', '2030-06-10'],
    ]);
    expect(await longestSpanDays(db)).toBe(3_500 + 214);
    const { events } = await queryEventsInWindow(db, { start: '2030-06-01', end: '2030-06-30' });
    expect(events.map((e) => e.id)).toEqual(['decade', 'short']);
  });

  it('caps the result, reports it, and returns the earliest-starting events first', async () => {
    db = freshDb();
    const spans: Array<[string, string, string]> = [];
    for (let day = 1; day <= 28; day++) {
      const date = `2024-02-${String(day).padStart(2, '0')}`;
      spans.push([`d${day}`, date, date]);
    }
    await seed(spans);
    const capped = await queryEventsInWindow(db, { start: '2024-02-01', end: '2024-02-29' }, 10);
    expect(capped.capped).toBe(true);
    expect(capped.events.map((e) => e.id)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9', 'd10']);
    const exact = await queryEventsInWindow(db, { start: '2024-02-01', end: '2024-02-29' }, 28);
    expect(exact.capped).toBe(false);
    expect(exact.events).toHaveLength(28);
  });
});

describe('eventExtent', () => {
  it('is null for an empty database and spans first start to last end otherwise', async () => {
    db = freshDb();
    expect(await eventExtent(db)).toBeNull();
    await seed([
      ['a', '2022-02-01', '2022-02-28'],
      ['b', '2023-10-01', '2023-10-31'],
      ['c', '2023-09-21', '2023-09-21'],
    ]);
    expect(await eventExtent(db)).toEqual({ start: '2022-02-01', end: '2023-10-31' });
  });
});

describe('queryEventsSpread', () => {
  it('returns everything when the window is not capped', async () => {
    db = freshDb();
    await seed([
      ['a', '2024-01-05', '2024-01-05'],
      ['b', '2024-01-20', '2024-01-20'],
    ]);
    const result = await queryEventsSpread(db, { start: '2024-01-01', end: '2024-01-31' }, 10);
    expect(result.capped).toBe(false);
    expect(result.events.map((e) => e.id).sort()).toEqual(['a', 'b']);
  });

  it('spreads a capped result over the whole window instead of its first days', async () => {
    db = freshDb();
    const spans: Array<[string, string, string]> = [];
    for (let month = 1; month <= 12; month++) {
      for (let n = 0; n < 10; n++) {
        const date = `2024-${String(month).padStart(2, '0')}-${String(n + 1).padStart(2, '0')}`;
        spans.push([`m${month}-${n}`, date, date]);
      }
    }
    await seed(spans);
    const result = await queryEventsSpread(db, { start: '2024-01-01', end: '2024-12-31' }, 24, 12);
    expect(result.capped).toBe(true);
    expect(result.events.length).toBeLessThanOrEqual(24);
    const months = new Set(result.events.map((e) => e.start.slice(5, 7)));
    expect(months.size).toBe(12);
    const plain = await queryEventsInWindow(db, { start: '2024-01-01', end: '2024-12-31' }, 24);
    expect(new Set(plain.events.map((e) => e.start.slice(5, 7))).size).toBe(3); // what spreading avoids
  });
});
