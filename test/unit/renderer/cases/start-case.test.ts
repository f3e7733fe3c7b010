// @vitest-environment jsdom
// Opening the current case at start-up (renderer/cases/start-case.ts, fake-indexeddb, in-memory localStorage): the
// first start registers the first case; a remembered case opens with its saved view and the events' extent; a
// remembered case the registry no longer lists makes the page reload on the registry's current case.

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_CASE_STORAGE_KEY } from '../../../../app/storage/cases';
import { makeArticle, makeEvent } from '../make-records';
import { memoryLocalStorage } from './memory-storage';

/** A fresh copy of the start-up modules (their databases are per realm, held by the module). */
async function freshModules() {
  vi.resetModules();
  const start = await import('../../../../renderer/cases/start-case');
  const database = await import('../../../../renderer/db/timeline-db');
  const current = await import('../../../../renderer/db/current-database');
  const registry = await import('../../../../renderer/cases/case-registry');
  return { ...start, ...database, ...current, ...registry };
}

beforeEach(() => void memoryLocalStorage().clear());
afterEach(async () => {
  for (const info of await indexedDB.databases()) await Dexie.delete(info.name!);
});

describe('startCurrentCase', () => {
  it('registers the first case on the first start and opens it', async () => {
    const m = await freshModules();
    const reload = vi.fn();
    const started = await m.startCurrentCase(reload);
    expect(reload).not.toHaveBeenCalled();
    expect(m.readCurrentCase()?.databaseName).toBe(m.openTimelineDb().name);
    await expect(started.extent).resolves.toBeNull();
    expect(document.title).toBe('First case – Event Timeline');
    await started.saver.stop();
  });

  it('opens the remembered case with its saved window and the extent of its events', async () => {
    const first = await freshModules();
    await (await first.startCurrentCase(vi.fn())).saver.stop();
    const db = first.openTimelineDb();
    const article = makeArticle();
    await db.articles.add(article);
    await db.events.bulkAdd([
      makeEvent({ id: 'a', articleId: article.id, start: '2022-02-24', end: '2022-02-24' }),
      makeEvent({ id: 'b', articleId: article.id, start: '2023-10-01', end: '2023-10-31' }),
    ]);
    await db.view.put({ key: 'ui', value: { window: { start: 1, end: 2 } } });
    db.close();

    const again = await freshModules();
    const reload = vi.fn();
    const started = await again.startCurrentCase(reload);
    expect(reload).not.toHaveBeenCalled();
    expect(started.window).toEqual({ start: 1, end: 2 });
    await expect(started.extent).resolves.toEqual({ start: '2022-02-24', end: '2023-10-31' });
    await started.saver.stop();
  });

  it('reloads when the remembered case is no longer registered', async () => {
    const first = await freshModules();
    await (await first.startCurrentCase(vi.fn())).saver.stop();
    localStorage.setItem(CURRENT_CASE_STORAGE_KEY, JSON.stringify({ id: 'gone', databaseName: 'event-timeline-case-gone' }));
    const again = await freshModules();
    const reload = vi.fn();
    let settled = false;
    void again.startCurrentCase(reload).then(() => (settled = true));
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(settled).toBe(false);
    expect(again.readCurrentCase()?.databaseName).not.toBe('event-timeline-case-gone');
  });
});
