// Reads the current case's database straight from IndexedDB in the page (the database the case menu's choice,
// kept in localStorage, points at), for e2e tests that compare what the app shows with what is stored.

import type { Page } from 'playwright-core';

/** Every row of the current case's `events` table. */
export async function currentCaseEvents(page: Page): Promise<Array<{ id: string; clusterId?: string }>> {
  return page.evaluate(async () => {
    const stored = localStorage.getItem('event-timeline.current-case');
    const open = indexedDB.open(stored ? (JSON.parse(stored) as { databaseName: string }).databaseName : 'event-timeline');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const rows = await new Promise<Array<{ id: string; clusterId?: string }>>((resolve, reject) => {
      const request = db.transaction('events').objectStore('events').getAll();
      request.onsuccess = () => resolve(request.result as Array<{ id: string; clusterId?: string }>);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    db.close();
    return rows;
  });
}
