// The timeline at case scale (issue 6), in the built renderer: a synthetic case of 100,000 bursty events is drawn
// whole at every zoom (aggregates with counts by type where items do not fit), with few DOM items; the count in the
// view bar matches the database; aggregates expand into events on click and on zoom.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startApp, type AppSession } from './harness';
import { seedSyntheticCase } from './seed-events';

const EVENT_COUNT = 100_000;
let app: AppSession;

/** Events overlapping [start, end] counted straight from IndexedDB (drawn ones: cluster leads). */
async function databaseCount(app: AppSession, start: string, end: string): Promise<number> {
  return app.page.evaluate(
    async ({ start, end }) => {
      const open = indexedDB.open('event-timeline');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const rows = await new Promise<Array<{ start: string; end: string; clusterLead?: boolean }>>((resolve, reject) => {
        const request = db.transaction('events').objectStore('events').index('start').getAll(IDBKeyRange.upperBound(end));
        request.onsuccess = () => resolve(request.result as Array<{ start: string; end: string; clusterLead?: boolean }>);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return rows.filter((row) => row.end >= start && row.clusterLead !== false).length;
    },
    { start, end },
  );
}

async function shownWindow(app: AppSession): Promise<{ start: string; end: string }> {
  return app.page.evaluate(() => {
    const axis = document.querySelector('.window-count');
    return { start: axis?.getAttribute('data-window-start') ?? '', end: axis?.getAttribute('data-window-end') ?? '' };
  });
}

beforeAll(async () => {
  app = await startApp();
  await seedSyntheticCase(app.page, app.origin, { count: EVENT_COUNT });
}, 240_000);
afterAll(async () => app?.close());

describe('a case of 100,000 events', () => {
  it('draws the whole case as aggregates with a count that matches the database, with few DOM items', async () => {
    const { page } = app;
    const count = page.locator('.window-count[data-count]');
    await expect.poll(async () => Number(await count.getAttribute('data-count')), { timeout: 30_000 }).toBe(EVENT_COUNT);
    const buckets = page.locator('.vis-item.bucket-item');
    expect(await buckets.count()).toBeGreaterThan(5);
    expect(await page.locator('.vis-item').count()).toBeLessThanOrEqual(400);
    // Every bucket says how many events of which types it holds, and its types add up to its count.
    const cells = await page.$$eval('.bucket-content', (nodes) =>
      nodes.map((node) => {
        const data = (node as HTMLElement).dataset;
        const byType = Object.entries(data)
          .filter(([key]) => key.startsWith('count') && key !== 'count')
          .reduce((sum, [, value]) => sum + Number(value), 0);
        return { count: Number(data.bucketCount), byType, label: node.getAttribute('aria-label') ?? '' };
      }),
    );
    for (const cell of cells) expect(cell.byType).toBe(cell.count);
    expect(cells.some((cell) => /^\d+ events?, .*Click to expand\.$/.test(cell.label))).toBe(true);
    await screenshot(page, 'timeline-100k-fit-all');
  });

  it('expands an aggregate into finer buckets and then events on click, keeping counts equal to the database', async () => {
    const { page } = app;
    const count = page.locator('.window-count[data-count]');
    for (let step = 0; step < 12; step++) {
      const items = await page.locator('.vis-item .event-item-content').count();
      if (items > 0) break;
      // Click the densest visible bucket: the window zooms to its days.
      const densest = await page.$$eval('.bucket-content', (nodes) => {
        let best = -1;
        let bestCount = -1;
        nodes.forEach((node, i) => {
          const rect = node.getBoundingClientRect();
          const n = Number((node as HTMLElement).dataset.bucketCount);
          if (
            !(node as HTMLElement).dataset.wide &&
            rect.left > 250 &&
            rect.right < document.documentElement.clientWidth - 50 &&
            n > bestCount
          )
            [best, bestCount] = [i, n];
        });
        return best;
      });
      const before = await count.getAttribute('data-count');
      await page.locator('.bucket-content').nth(Math.max(0, densest)).click();
      await expect.poll(() => count.getAttribute('data-count'), { timeout: 15_000 }).not.toBe(before);
      await page.waitForTimeout(300);
    }
    const drawnEvents = await page.locator('.vis-item .event-item-content').count();
    expect(drawnEvents).toBeGreaterThan(0);
    expect(drawnEvents).toBeLessThanOrEqual(290); // ITEM_BUDGET short events plus WIDE_ITEM_BUDGET wide ones
    const shownDays = await shownWindow(app);
    const shown = Number(await count.getAttribute('data-count'));
    expect(shown).toBe(await databaseCount(app, shownDays.start, shownDays.end));
    await screenshot(page, 'timeline-100k-expanded');
  });

  it('shows aggregates again when zooming out, and events again when zooming in', async () => {
    const { page } = app;
    const zoomOut = page.getByRole('button', { name: 'Zoom out', exact: true });
    for (let i = 0; i < 8; i++) await zoomOut.click();
    await expect.poll(() => page.locator('.vis-item.bucket-item').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
    for (let i = 0; i < 8; i++) await zoomIn.click();
    await expect.poll(() => page.locator('.vis-item .event-item-content').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const shownDays = await shownWindow(app);
    const count = page.locator('.window-count[data-count]');
    await expect
      .poll(async () => Number(await count.getAttribute('data-count')), { timeout: 10_000 })
      .toBe(await databaseCount(app, shownDays.start, shownDays.end));
    expect(app.foreignRequests).toEqual([]);
  });

  it('splits the whole case into lanes by type whose counts add up to the window count', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Fit all' }).click();
    await page.getByRole('combobox', { name: 'Lanes' }).selectOption('type');
    const lanes = page.locator('.lane-header');
    await expect.poll(() => lanes.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const count = page.locator('.window-count[data-count]');
    const laneTotal = async (): Promise<number> =>
      (await lanes.evaluateAll((nodes) => nodes.map((node) => Number((node as HTMLElement).dataset.laneCount)))).reduce((a, b) => a + b, 0);
    await expect.poll(async () => (await laneTotal()) === Number(await count.getAttribute('data-count')), { timeout: 15_000 }).toBe(true);
    await screenshot(page, 'timeline-100k-lanes-by-type');
    await page.getByRole('combobox', { name: 'Lanes' }).selectOption('none');
  });
});
