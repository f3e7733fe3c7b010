// Bulk import end to end: 200 generated articles dropped at once show "Importing N of 200…" with a
// progress bar and a Cancel button, the UI keeps handling clicks while importing, and at the end all
// 200 articles are listed and counted. Cancel stops a second import after its current batch, keeping
// what that batch stored.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_BATCH_SIZE } from '../../renderer/worker/import-batch';
import { generatedFiles } from './generated-articles';
import { dropFiles, screenshot, startApp, type AppSession } from './harness';

const COUNT = 200;
let app: AppSession;

beforeAll(async () => {
  app = await startApp();
}, 90_000);
afterAll(async () => app?.close());

describe(`dropping ${COUNT} articles at once`, () => {
  it('shows progress, stays interactive, and lists every article at the end', async () => {
    const { page } = app;
    await dropFiles(page, generatedFiles(COUNT));
    const title = page.getByTestId('import-title');
    await expect.poll(() => title.textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^Importing \\d+ of ${COUNT}…$`));
    await expect(page.locator('progress.import-progress').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Cancel' }).isVisible()).resolves.toBe(true);
    await screenshot(page, '13-bulk-import-progress');

    // An unrelated control works while the import runs: open and close the paste dialog.
    const clickedAt = Date.now();
    await page.getByRole('toolbar', { name: 'Timeline tools' }).getByRole('button', { name: 'Paste article' }).click();
    await page.getByRole('dialog', { name: 'Paste article' }).waitFor({ timeout: 2_000 });
    const handledMs = Date.now() - clickedAt;
    expect(await title.textContent()).toMatch(/^Importing/); // still importing when the click was handled
    await page.getByRole('dialog', { name: 'Paste article' }).getByRole('button', { name: 'Close' }).click();
    console.log(`click handled ${handledMs} ms after it was sent, during the import`);

    await expect.poll(() => title.textContent(), { timeout: 120_000, interval: 500 }).toBe('Import finished');
    await expect(page.locator('.import-summary').getAttribute('data-imported')).resolves.toBe(String(COUNT));
    await expect(page.locator('.import-summary').textContent()).resolves.toBe(`${COUNT} imported`);
    await expect.poll(() => page.locator('.article-card').count(), { timeout: 10_000 }).toBe(COUNT);
    await expect(page.locator('[data-article-count]').getAttribute('data-article-count')).resolves.toBe(String(COUNT));
    // The timeline redraws its window after the import settles (a short delay, a query, then drawing in chunks).
    await expect.poll(() => page.locator('.vis-item').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await screenshot(page, '14-bulk-import-done');
    expect(app.pageErrors).toEqual([]);
  }, 180_000);

  it('cancels a running import after the current batch, keeping the stored articles', async () => {
    const { page } = app;
    await dropFiles(page, generatedFiles(COUNT, 11));
    const title = page.getByTestId('import-title');
    await expect.poll(() => title.textContent(), { timeout: 20_000 }).toMatch(/^Importing/);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => title.textContent(), { timeout: 60_000, interval: 250 }).toBe('Import finished');
    const summary = page.locator('.import-summary');
    const imported = Number(await summary.getAttribute('data-imported'));
    expect(imported % IMPORT_BATCH_SIZE).toBe(0); // whole batches only
    expect(imported).toBeLessThan(COUNT);
    await expect(summary.textContent()).resolves.toContain(`${COUNT - imported} cancelled`);
    await expect
      .poll(() => page.locator('[data-article-count]').getAttribute('data-article-count'), { timeout: 10_000 })
      .toBe(String(COUNT + imported));
    console.log(`cancel kept ${imported} of ${COUNT} articles`);
  }, 120_000);
});
