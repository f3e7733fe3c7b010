// Lanes, filters, Search and the remembered view (issue 6) on the 200 generated articles of the bulk-import test,
// imported through the real drop path: lanes by type with counts that add up, collapse and expand, reordering,
// top participants plus "Other"; a type filter that the timeline, its count and the article list all follow;
// Search with highlighted matches listed with their sentence, and the Table view under it; the whole view back after a
// reload.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedFiles } from './generated-articles';
import { dropFiles, screenshot, startApp, type AppSession } from './harness';

const COUNT = 200;
let app: AppSession;

/** Every row of one store of the case's database, read in the page. */
async function storeRows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open('event-timeline');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      return await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store) as Promise<T[]>;
}

interface EventRow {
  start: string;
  end: string;
  type: string;
  label: string;
  articleId: string;
  participants: string[];
  places: string[];
  evidence: Array<{ text: string }>;
  clusterLead?: boolean;
}

/**
 * Drawn events (cluster leads) overlapping the shown window in IndexedDB, of the given type (any when null) and, when
 * `word` is given, naming it (a word starting with it) in their label, participants, places, sentences or article title.
 */
async function databaseCount(page: Page, type: string | null, word: string | null = null, anyDate = false): Promise<number> {
  const shown = await page.evaluate(() => {
    const counter = document.querySelector('.window-count')!;
    return { start: counter.getAttribute('data-window-start')!, end: counter.getAttribute('data-window-end')! };
  });
  const { start, end } = anyDate ? { start: '-999999', end: '999999' } : shown;
  const rows = await storeRows<EventRow>(page, 'events');
  const titles = new Map((await storeRows<{ id: string; title: string }>(page, 'articles')).map((a) => [a.id, a.title]));
  const pattern = word ? new RegExp(`(^|[^\\p{L}\\p{N}])${word}`, 'iu') : null;
  const names = (row: EventRow) =>
    [row.label, ...row.participants, ...row.places, ...row.evidence.map((e) => e.text), titles.get(row.articleId) ?? ''].join(' | ');
  return rows.filter(
    (row) =>
      row.start <= end &&
      row.end >= start &&
      row.clusterLead !== false &&
      (type === null || row.type === type) &&
      (!pattern || pattern.test(names(row))),
  ).length;
}

const shownCount = async (page: Page): Promise<number> =>
  Number(await page.locator('.window-count[data-count]').getAttribute('data-count'));
const laneCounts = (page: Page) =>
  page.$$eval('.lane-header', (nodes) =>
    nodes.map((node) => ({ key: (node as HTMLElement).dataset.lane!, count: Number((node as HTMLElement).dataset.laneCount) })),
  );

beforeAll(async () => {
  app = await startApp();
  await dropFiles(app.page, generatedFiles(COUNT));
  await app.page.waitForFunction(
    () => document.querySelector('[data-testid="import-title"]')?.textContent === 'Import finished',
    undefined,
    {
      timeout: 150_000,
      polling: 500,
    },
  );
  await app.page.getByRole('button', { name: 'Fit all' }).click();
  await app.page.waitForFunction(() => Number(document.querySelector('.window-count')?.getAttribute('data-count')) > 0, undefined, {
    timeout: 20_000,
  });
}, 200_000);
afterAll(async () => app?.close());

describe('lanes, filters and search on 200 imported articles', () => {
  it('counts every event of the window, matching the database', async () => {
    const { page } = app;
    await expect.poll(async () => (await shownCount(page)) === (await databaseCount(page, null)), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('.vis-item').count()).toBeLessThanOrEqual(400);
    await screenshot(page, 'lanes-200-articles-fit-all');
  });

  it('splits the timeline into lanes by type whose counts add up, collapses, expands and reorders them', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: 'Lanes' }).selectOption('type');
    await expect.poll(async () => (await laneCounts(page)).length, { timeout: 10_000 }).toBeGreaterThan(1);
    const lanes = await laneCounts(page);
    expect(lanes.reduce((sum, lane) => sum + lane.count, 0)).toBe(await shownCount(page));
    const meetingLane = lanes.find((lane) => lane.key === 'meeting');
    expect(meetingLane?.count).toBe(await databaseCount(page, 'meeting'));
    await screenshot(page, 'lanes-by-type');

    const first = lanes[0]!;
    const label = await page.locator(`.lane-header[data-lane="${first.key}"] .lane-name`).textContent();
    await page.getByRole('button', { name: `Collapse lane ${label}`, exact: true }).click();
    await expect.poll(() => page.locator(`.lane-header.is-collapsed[data-lane="${first.key}"]`).count(), { timeout: 5_000 }).toBe(1);
    // A collapsed lane draws only its thin density band (aggregates), no event items, and keeps its count.
    const collapsedGroupItems = await page.$$eval(
      '.vis-item.event-item .event-item-content',
      (nodes, type) => nodes.filter((n) => (n as HTMLElement).dataset.eventType === type).length,
      first.key,
    );
    expect(collapsedGroupItems).toBe(0);
    expect(await page.locator('.vis-item.bucket-item.is-collapsed-lane').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: `Expand lane ${label}`, exact: true }).click();
    await expect.poll(() => page.locator('.lane-header.is-collapsed').count(), { timeout: 5_000 }).toBe(0);

    await page.getByRole('button', { name: `Move lane ${label} down`, exact: true }).click();
    await expect
      .poll(async () => (await page.$$eval('.vis-label .lane-header', (nodes) => nodes.map((n) => (n as HTMLElement).dataset.lane)))[1], {
        timeout: 5_000,
      })
      .toBe(first.key);
  });

  it('shows the top participants as lanes and the rest in "Other"', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: 'Lanes' }).selectOption('participant');
    await expect.poll(async () => (await laneCounts(page)).some((lane) => lane.key === '~other'), { timeout: 10_000 }).toBe(true);
    const lanes = await laneCounts(page);
    expect(lanes.length).toBeLessThanOrEqual(9);
    expect(lanes[lanes.length - 1]!.key).toBe('~other');
    const named = lanes.slice(0, -1).map((lane) => lane.count);
    expect([...named].sort((a, b) => b - a)).toEqual(named);
    await screenshot(page, 'lanes-by-participant');
    await page.getByRole('combobox', { name: 'Lanes' }).selectOption('none');
  });

  it('filters by type: the count, the drawn events and the article list follow', async () => {
    const { page } = app;
    const articlesBefore = await page.locator('.article-card').count();
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('checkbox', { name: 'Meeting' }).check();
    await expect.poll(async () => (await shownCount(page)) === (await databaseCount(page, 'meeting')), { timeout: 10_000 }).toBe(true);
    const types = await page.$$eval('.vis-item .event-item-content', (nodes) => nodes.map((n) => (n as HTMLElement).dataset.eventType));
    expect(new Set(types)).toEqual(new Set(types.length > 0 ? ['meeting'] : []));
    await expect.poll(() => page.locator('.article-card').count(), { timeout: 10_000 }).toBeLessThan(articlesBefore);
    await screenshot(page, 'filter-meetings');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(async () => (await shownCount(page)) === (await databaseCount(page, null)), { timeout: 10_000 }).toBe(true);
  });

  it('filters by article: part of a title suggests it, and the article list and the count follow', async () => {
    const { page } = app;
    // The article with the most events among those whose title no other article has.
    const articles = await storeRows<{ id: string; title: string }>(page, 'articles');
    const events = await storeRows<{ articleId: string }>(page, 'events');
    const titleUses = new Map<string, number>();
    for (const a of articles) titleUses.set(a.title, (titleUses.get(a.title) ?? 0) + 1);
    const eventsOf = (id: string) => events.filter((e) => e.articleId === id).length;
    const best = articles.filter((a) => titleUses.get(a.title) === 1).sort((a, b) => eventsOf(b.id) - eventsOf(a.id))[0]!;
    const article = { title: best.title, events: eventsOf(best.id) };
    expect(article.events).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Fit all' }).click();
    const filters = page.getByRole('button', { name: 'Filters' });
    if ((await filters.getAttribute('aria-expanded')) !== 'true') await filters.click(); // left open by the type filter
    const field = page.getByRole('combobox', { name: 'Article' });
    await field.focus();
    await field.fill(article.title.slice(0, 10));
    const suggested = () =>
      page.locator('#filter-article-titles option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    await expect.poll(suggested, { timeout: 10_000 }).toContain(article.title);
    await field.fill(article.title);
    await field.press('Enter');
    await expect.poll(() => page.locator('.article-card').count(), { timeout: 10_000 }).toBe(1);
    await expect(page.locator('.article-card').first().textContent()).resolves.toContain(article.title);
    await expect.poll(() => shownCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await shownCount(page)).toBeLessThanOrEqual(article.events);
    // A title no article has is marked and not applied.
    await field.fill('No article has this title');
    await field.press('Enter');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.locator('.article-card').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(async () => (await shownCount(page)) === (await databaseCount(page, null)), { timeout: 10_000 }).toBe(true);
  });

  it('searches a participant: matches highlighted on the timeline and listed with their sentence', async () => {
    const { page } = app;
    await page.getByRole('searchbox', { name: 'Search' }).fill('Okafor');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect.poll(() => results.locator('.search-hit').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await results.locator('.search-hit-sentence mark').first().textContent()).toMatch(/^Okafor/);
    await expect.poll(async () => (await shownCount(page)) === (await databaseCount(page, null, 'Okafor')), { timeout: 10_000 }).toBe(true);
    const drawn = page.locator('.vis-item.event-item');
    await expect.poll(() => drawn.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('.vis-item.event-item:not(.is-search-hit)').count()).toBe(0);
    await screenshot(page, 'search-okafor');
  });

  it('lists in the Table view exactly the events the search matches, whatever their date', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.locator('.event-table[data-complete="true"]');
    const expected = await databaseCount(page, null, 'Okafor', true);
    expect(expected).toBeGreaterThan(0);
    await expect.poll(async () => Number(await table.getAttribute('data-row-count')), { timeout: 20_000 }).toBe(expected);
    await screenshot(page, 'table-200-articles-search-okafor');
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  });

  it('remembers the view (window, lanes, filters, search) after a reload', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: 'Lanes' }).selectOption('type');
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.waitForTimeout(1_200); // the view is saved after a short pause
    const before = await page.evaluate(() => {
      const counter = document.querySelector('.window-count')!;
      return {
        start: counter.getAttribute('data-window-start'),
        end: counter.getAttribute('data-window-end'),
        count: counter.getAttribute('data-count'),
      };
    });
    await page.reload();
    await page.locator('.window-count[data-count]').waitFor({ timeout: 30_000 });
    await expect(page.getByRole('searchbox', { name: 'Search' }).inputValue()).resolves.toBe('Okafor');
    await expect(page.getByRole('combobox', { name: 'Lanes' }).inputValue()).resolves.toBe('type');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('.window-count')?.getAttribute('data-window-start')), { timeout: 10_000 })
      .toBe(before.start);
    await expect.poll(() => page.locator('.window-count').getAttribute('data-count'), { timeout: 10_000 }).toBe(before.count);
    expect(app.foreignRequests).toEqual([]);
  });
});
