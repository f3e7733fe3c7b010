// Reads the current case's database straight from IndexedDB in the page (the database the case menu's choice,
// kept in localStorage, points at), for e2e tests that compare what the app shows with what is stored.

import type { Page } from 'playwright-core';

/** One read of a table of the current case's database: all its rows, or how many there are. */
async function readTable(page: Page, table: string, read: 'getAll' | 'count'): Promise<unknown> {
  return page.evaluate(
    async ({ store, op }) => {
      const stored = localStorage.getItem('event-timeline.current-case');
      const open = indexedDB.open(stored ? (JSON.parse(stored) as { databaseName: string }).databaseName : 'event-timeline');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error(String(open.error)));
      });
      const result = await new Promise<unknown>((resolve, reject) => {
        const objects = db.transaction(store).objectStore(store);
        const request = op === 'count' ? objects.count() : objects.getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      db.close();
      return result;
    },
    { store: table, op: read },
  );
}

/** Every row of the current case's `events` table. */
export async function currentCaseEvents(page: Page): Promise<Array<{ id: string; clusterId?: string }>> {
  return (await readTable(page, 'events', 'getAll')) as Array<{ id: string; clusterId?: string }>;
}

/** The number of rows in one table of the current case's database. */
export async function currentCaseCount(page: Page, table: string): Promise<number> {
  return (await readTable(page, table, 'count')) as number;
}
