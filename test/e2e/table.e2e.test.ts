// The Table view end to end: the same events as the timeline (one row per merged cluster), sorted by clicking a
// column header, a row opened by click and by the keyboard (the side panel shows it), the selection shared with
// the timeline; and 100,000 stored events shown and scrolled (the time taken is printed).

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentCaseEvents } from './current-case-db';
import { seedBulkEvents } from './seed-bulk-events';
import { dropFiles, REPO_ROOT, screenshot, SHARED_DIR, startApp, textFile, type AppSession } from './harness';

const FIXTURE_DIR = path.join(REPO_ROOT, 'test/fixtures/articles');
let app: AppSession;

const grid = (page: Page) => page.getByRole('grid', { name: 'Events table' });
const bodyRows = (page: Page) => grid(page).locator('.event-table-body [role="row"]');

/** The text of one column over the rows in the DOM (the virtualiser draws those on screen, in order). */
async function columnTexts(page: Page, columnId: string): Promise<string[]> {
  return bodyRows(page).locator(`.cell-${columnId}`).allTextContents();
}

/** How many cluster representatives the database holds (what the table must show with no filter). */
async function clusterCount(page: Page): Promise<number> {
  return new Set((await currentCaseEvents(page)).map((event) => event.clusterId ?? event.id)).size;
}

beforeAll(async () => {
  app = await startApp();
}, 90_000);
afterAll(async () => app?.close());

describe('the Table view', () => {
  it('shows one row per event cluster, with merged reports as one row with their source count', async () => {
    const { page } = app;
    const names = (await readdir(FIXTURE_DIR)).filter((name) => name.endsWith('.txt')).sort();
    await dropFiles(
      page,
      await Promise.all(names.map(async (name) => textFile(name, await readFile(path.join(FIXTURE_DIR, name), 'utf8')))),
    );
    for (const name of names)
      await page.locator(`.import-row[data-file-name="${name}"][data-state="imported"]`).waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).not.toBe('1');
    const expected = await clusterCount(page);
    expect(expected).toBeGreaterThan(5);
    expect(Number(await page.locator('.event-table').getAttribute('data-row-count'))).toBe(expected);
    // The two outlets' Tromsø summit reports are one row with two sources.
    expect((await columnTexts(page, 'sources')).filter((n) => n === '2').length).toBeGreaterThanOrEqual(1);
    // With no sort chosen the rows come in date order (the database's date index).
    const headers = await grid(page).getByRole('columnheader').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual([
      'Date',
      'Type',
      'Label',
      'Participants',
      'Places',
      'Status',
      'Confidence',
      'Sources',
      'Reviewed',
    ]);
  });

  it('sorts by a column header, both ways, and by confidence as numbers', async () => {
    const { page } = app;
    const labelHeader = grid(page).getByRole('columnheader', { name: 'Label' });
    await labelHeader.getByRole('button').click();
    await expect.poll(() => labelHeader.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await columnTexts(page, 'label');
    const byBase = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
    expect(ascending.length).toBeGreaterThan(5);
    expect([...ascending].sort(byBase)).toEqual(ascending);
    await screenshot(page, 'table-sorted-by-label');

    await labelHeader.getByRole('button').click();
    await expect.poll(() => labelHeader.getAttribute('aria-sort')).toBe('descending');
    const descending = await columnTexts(page, 'label');
    expect([...descending].sort(byBase).reverse()).toEqual(descending);

    const confidence = grid(page).getByRole('columnheader', { name: 'Confidence' });
    await confidence.getByRole('button').click();
    await expect.poll(() => confidence.getAttribute('aria-sort')).toBe('ascending');
    expect(await labelHeader.getAttribute('aria-sort')).toBe('none');
    const percents = (await columnTexts(page, 'confidence')).map((text) => Number(text.replace('%', '')));
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
  });

  it('opens a row by click and by arrow keys and Enter, keeping the selection in step with the timeline', async () => {
    const { page } = app;
    await grid(page).getByRole('columnheader', { name: 'Date' }).getByRole('button').click();
    const first = bodyRows(page).nth(0);
    const firstLabel = (await first.locator('.cell-label').textContent())!.replace(/ ✎ edited$/, '');
    await first.click();
    await expect.poll(() => page.locator('.side-panel h2').textContent()).toBe(firstLabel);
    expect(await first.getAttribute('aria-selected')).toBe('true');

    const third = bodyRows(page).nth(2);
    const thirdLabel = (await third.locator('.cell-label').textContent())!;
    const thirdId = (await third.getAttribute('data-event-id'))!;
    await grid(page).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.side-panel').getAttribute('data-event-id')).toBe(thirdId);
    expect(await page.locator('.side-panel h2').textContent()).toBe(thirdLabel);
    expect(await third.getAttribute('aria-selected')).toBe('true');
    expect(await first.getAttribute('aria-selected')).toBe('false');
    await screenshot(page, 'table-row-open');

    // The timeline shows the same selection, and picking there moves the table's selection.
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await expect.poll(() => page.locator('.event-table').count()).toBe(0);
    expect(await page.locator('.side-panel').getAttribute('data-event-id')).toBe(thirdId);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect.poll(() => grid(page).locator(`[role="row"][data-event-id="${thirdId}"]`).getAttribute('aria-selected')).toBe('true');
    expect(app.pageErrors).toEqual([]);
  });

  it('takes in the events of an article imported while it is open', async () => {
    const { page } = app;
    const before = Number(await page.locator('.event-table').getAttribute('data-row-count'));
    const name = 'wang-yi-putin-2023-09-21.txt';
    await dropFiles(page, [textFile(name, await readFile(path.join(SHARED_DIR, 'articles', name), 'utf8'))]);
    await page.locator(`.import-row[data-file-name="${name}"][data-state="imported"]`).waitFor({ timeout: 30_000 });
    await expect.poll(async () => Number(await page.locator('.event-table').getAttribute('data-row-count'))).toBe(await clusterCount(page));
    expect(Number(await page.locator('.event-table').getAttribute('data-row-count'))).toBeGreaterThan(before);
    expect(await columnTexts(page, 'label')).toContain('Wang Yi meets Vladimir Putin');
  });
});

describe('the Table view over 100,000 events', () => {
  it('shows them and scrolls from the first to the last row, drawing only the rows on screen', async () => {
    const { page } = app;
    const count = 100_000;
    await seedBulkEvents(page, count);
    await page.reload();
    await page.getByRole('toolbar', { name: 'Timeline tools' }).waitFor();
    const started = Date.now();
    if ((await page.locator('.event-table').count()) === 0) await page.getByRole('button', { name: 'Table', exact: true }).click();
    await bodyRows(page).first().waitFor({ timeout: 30_000 });
    const firstRowsMs = Date.now() - started;
    const table = page.locator('.event-table[data-complete="true"]');
    await table.waitFor({ timeout: 60_000 });
    expect(Number(await table.getAttribute('data-row-count'))).toBeGreaterThan(count);
    const shownMs = Date.now() - started;
    expect(await bodyRows(page).count()).toBeLessThan(120);

    await grid(page).focus();
    const scrollStarted = Date.now();
    await page.keyboard.press('End');
    await expect
      .poll(() => grid(page).locator('[data-active]').getAttribute('aria-rowindex'))
      .toBe(String(Number(await page.locator('.event-table').getAttribute('data-row-count')) + 1));
    const scrollMs = Date.now() - scrollStarted;
    const sortStarted = Date.now();
    const label = grid(page).getByRole('columnheader', { name: 'Label' });
    await label.getByRole('button').click();
    await expect.poll(() => label.getAttribute('aria-sort'), { timeout: 30_000 }).toBe('ascending');
    const sortMs = Date.now() - sortStarted;
    console.log(
      `table of ${count.toLocaleString('en')}+ events: first rows in ${firstRowsMs} ms, all rows in ${shownMs} ms, End key to the last row in ${scrollMs} ms, sorted by label in ${sortMs} ms`,
    );
    await screenshot(page, 'table-100k-sorted');
    expect(app.foreignRequests).toEqual([]);
  }, 180_000);
});
