// Cross-article merging end to end: two outlets' reports of the same Arctic summit (fixtures written for
// this test) become one timeline item "×2 sources"; the side panel lists both sources; Split turns it into
// two items, and a reload keeps them apart.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, REPO_ROOT, screenshot, startApp, textFile, timelineItems, type AppSession } from './harness';

const FIXTURES = ['wire-nordic-arctic-summit-2025-03-12.txt', 'daily-arctic-summit-tromso-2025-03-21.txt'];
let app: AppSession;

/** The drawn items that stand for the summit (forum events on 20 March 2025), with their source counts. */
async function summitItems(): Promise<string[]> {
  const items = await timelineItems(app.page);
  return items
    .filter((item) => item.eventType === 'forum' && (item.start ?? '') <= '2025-03-20' && (item.end ?? '') >= '2025-03-20')
    .map((item) => item.sources ?? '?')
    .sort();
}

beforeAll(async () => {
  app = await startApp();
}, 90_000);
afterAll(async () => app?.close());

describe('the same summit reported by two outlets', () => {
  it('is shown once with a ×2 sources badge, listing both sources', async () => {
    const { page } = app;
    const files = await Promise.all(
      FIXTURES.map(async (name) => textFile(name, await readFile(path.join(REPO_ROOT, 'test/fixtures/articles', name), 'utf8'))),
    );
    await dropFiles(page, files);
    for (const name of FIXTURES) await page.locator(`.import-row[data-file-name="${name}"][data-state="imported"]`).waitFor();
    await expect.poll(summitItems, { timeout: 20_000 }).toEqual(['2']);
    const merged = page.locator('.event-item-content[data-sources="2"]');
    await expect(merged.locator('.event-item-sources').textContent()).resolves.toBe('×2 sources');

    await merged.click();
    const sources = page.locator('.side-panel .source-item');
    await expect.poll(() => sources.count()).toBe(2);
    const titles = await sources.locator('.source-title').allTextContents();
    expect(titles.sort()).toEqual([
      'Nordic leaders to meet in Tromsø on Arctic shipping',
      'Støre and Stubb agree to pool icebreakers after Tromsø summit',
    ]);
    expect((await sources.locator('.source-published').allTextContents()).sort()).toEqual(['2025-03-12', '2025-03-21']);
    expect((await sources.locator('mark.source-mark').allTextContents()).join(' ')).toContain('Tromsø');
    await screenshot(page, '11-merged-sources');
  });

  it('splits one source into its own event, and the split survives a reload', async () => {
    const { page } = app;
    await page
      .locator('.side-panel .source-item')
      .first()
      .getByRole('button', { name: /^Split/ })
      .click();
    await expect.poll(summitItems, { timeout: 20_000 }).toEqual(['1', '1']);
    await screenshot(page, '12-split-sources');

    await page.reload();
    await page.getByRole('toolbar', { name: 'Timeline tools' }).waitFor();
    await expect.poll(summitItems, { timeout: 20_000 }).toEqual(['1', '1']);
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
