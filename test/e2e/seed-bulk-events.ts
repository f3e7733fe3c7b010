// Seeds many events straight into the current case's database in the page (what an import of thousands of
// articles would store), for the large-table e2e test and `npm run bench:table`.

import type { Page } from 'playwright-core';

/** Stores `count` one-day events ("Bulk event N", six types in turn) spread over forty years from 1990. */
export async function seedBulkEvents(page: Page, count: number): Promise<void> {
  await page.evaluate(async (total) => {
    const stored = localStorage.getItem('event-timeline.current-case');
    const open = indexedDB.open(stored ? (JSON.parse(stored) as { databaseName: string }).databaseName : 'event-timeline');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const tx = db.transaction(['events'], 'readwrite');
    const store = tx.objectStore('events');
    const types = ['meeting', 'visit', 'forum', 'invasion', 'attack', 'agreement'];
    const day0 = Date.UTC(1990, 0, 1);
    for (let i = 0; i < total; i++) {
      const date = new Date(day0 + Math.floor((i / total) * 14_610) * 86_400_000).toISOString().slice(0, 10);
      store.put({
        id: `bulk:${String(i).padStart(6, '0')}`,
        articleId: 'bulk',
        type: types[i % types.length],
        label: `Bulk event ${i}`,
        start: date,
        end: date,
        precision: 'day',
        dateBasis: 'explicit',
        status: 'occurred',
        participants: ['Someone'],
        places: [],
        confidence: 0.8,
        evidence: [{ start: 0, end: 25, text: 'Archive of many meetings.', ruleId: 'bulk' }],
        mentions: [],
        ruleId: 'bulk',
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  }, count);
}
