// 100,000 stored events: the timeline must only load the events around the visible window (capped at
// MAX_VISIBLE_ITEMS, with a notice), stay responsive, and show every event once zoomed in far enough.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_VISIBLE_ITEMS } from '../../renderer/timeline/TimelineView';
import { screenshot, startApp, type AppSession } from './harness';

const EVENT_COUNT = 100_000;
let app: AppSession;

beforeAll(async () => {
  app = await startApp();
  // Seed IndexedDB directly (the app has created the schema on start-up): one article, 100k events
  // spread over forty years, about seven a day.
  await app.page.evaluate(async (count) => {
    const open = indexedDB.open('event-timeline');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['articles', 'events', 'meta'], 'readwrite');
    tx.objectStore('meta').put({ key: 'longestEventSpanDays', value: 1 }); // as the app records it on import
    tx.objectStore('articles').put({
      id: 'bulk', fileName: 'bulk.txt', format: 'txt', title: 'Bulk archive', text: 'Archive of many meetings.',
      published: '2020-01-01', publishedSource: 'metadata', byteLength: 25, importedAt: new Date().toISOString(),
    });
    const events = tx.objectStore('events');
    const types = ['meeting', 'visit', 'forum', 'invasion', 'attack', 'agreement'];
    const day0 = Date.UTC(1990, 0, 1);
    for (let i = 0; i < count; i++) {
      const date = new Date(day0 + Math.floor((i / count) * 14_610) * 86_400_000).toISOString().slice(0, 10);
      events.put({
        id: `bulk:${i}`, articleId: 'bulk', type: types[i % types.length], label: `Event ${i}`, start: date, end: date,
        precision: 'day', dateBasis: 'explicit', status: 'occurred', participants: [], places: [], confidence: 0.8,
        evidence: [{ start: 0, end: 25, text: 'Archive of many meetings.', ruleId: 'bulk' }], mentions: [], ruleId: 'bulk',
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, EVENT_COUNT);
  await app.page.reload();
}, 120_000);
afterAll(async () => app?.close());

describe('a database of 100,000 events', () => {
  it('loads a capped window with a notice, and the whole window once zoomed in', async () => {
    const { page } = app;
    const status = page.getByRole('status');
    const drawn = page.locator('.event-item-content');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain(`Too many events to draw: showing ${MAX_VISIBLE_ITEMS.toLocaleString('en')}`);
    expect(await drawn.count()).toBeGreaterThan(0);
    expect(await drawn.count()).toBeLessThanOrEqual(MAX_VISIBLE_ITEMS);
    await screenshot(page, '09-large-database-capped');

    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 18; i++) await zoomIn.click(); // each click shows 1/1.5 of the window: 40 years → about ten days
    const started = Date.now();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).not.toMatch(/Too many events/);
    const items = await drawn.count();
    expect(items).toBeGreaterThan(0);
    expect(items).toBeLessThan(MAX_VISIBLE_ITEMS);
    console.log(`zoomed-in window: ${items} items drawn, settled ${Date.now() - started} ms after the last zoom click`);
    await screenshot(page, '10-large-database-zoomed');
    expect(app.foreignRequests).toEqual([]);
  });
});
