// Drops land wherever the pointer is: after a first import, files dropped onto a timeline item, an empty item
// row, the time axis, the article list, the side panel and an open dialog are each imported, and the "Drop to import"
// overlay is gone after every drop; it also clears when the drag leaves the window, on Escape, and when the
// drag goes silent. Re-anchoring and then deleting an article at once ends with the article gone and no error.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, SHARED_DIR, startApp, textFile, type AppSession, type DroppedFile } from './harness';
import { currentCaseCount } from './current-case-db';

const ARTICLE_NAME = 'wang-yi-putin-2023-09-21.txt';
const articleText = readFileSync(path.join(SHARED_DIR, 'articles', ARTICLE_NAME), 'utf8');

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
}, 60_000);
afterAll(async () => app?.close());

/** A short article of its own (distinct content, so never a duplicate). */
const article = (name: string, place: string): DroppedFile =>
  textFile(`${name}.txt`, `${place}, 12 March 2024 — The foreign ministers met in ${place} on Tuesday to discuss trade (${name}).\n`);

/** Where the pointer is for a drop: the centre of the first element matching `selector`, or a point found by `pick`. */
type Spot = { selector: string } | { pick: string };

/** Dispatches dragenter, dragover and drop at the element under a point, as a drag from the desktop would. */
async function dropAt(page: Page, spot: Spot, files: DroppedFile[]): Promise<string> {
  return page.evaluate(
    ({ spot, list }) => {
      let point: { x: number; y: number } | null = null;
      if ('selector' in spot) {
        const box = document.querySelector(spot.selector)?.getBoundingClientRect();
        if (box) point = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      } else {
        // An empty spot of an item row: at the height of the first item, inside the centre panel, not on an item.
        const box = document.querySelector(spot.pick)!.getBoundingClientRect();
        const item = document.querySelector('.vis-item .event-item-content')?.getBoundingClientRect();
        const rows = item ? [item.top + item.height / 2] : [];
        for (let y = box.bottom - 5; y > box.top; y -= 10) rows.push(y);
        for (const y of rows) {
          for (let x = box.left + 5; x < box.right && !point; x += 10) {
            const under = document.elementFromPoint(x, y);
            if (under?.closest(spot.pick) && !under.closest('.vis-item')) point = { x, y };
          }
          if (point) break;
        }
      }
      if (!point) throw new Error(`nothing to drop onto for ${JSON.stringify(spot)}`);
      const target = document.elementFromPoint(point.x, point.y)!;
      const transfer = new DataTransfer();
      for (const file of list)
        transfer.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type ?? '' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(
          new DragEvent(type, {
            bubbles: true,
            cancelable: true,
            composed: true,
            dataTransfer: transfer,
            clientX: point.x,
            clientY: point.y,
          }),
        );
      }
      return target.className || target.tagName;
    },
    { spot, list: files },
  );
}

async function startDrag(page: Page, selector: string): Promise<void> {
  await page.evaluate((selector) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x'], 'x.txt'));
    const target = document.querySelector(selector)!;
    const box = target.getBoundingClientRect();
    const at = { clientX: box.left + 5, clientY: box.top + 5 };
    for (const type of ['dragenter', 'dragover'])
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer, ...at }));
  }, selector);
  await page.locator('.drop-overlay').waitFor();
}

const imported = (page: Page, fileName: string) => page.locator(`.import-row[data-file-name="${fileName}"][data-state="imported"]`);
const overlayCount = (page: Page) => page.locator('.drop-overlay').count();
const articleCount = (page: Page) => page.locator('.article-list .article-card').count();

describe('dropping files anywhere in the window', () => {
  it('imports a first article so the timeline holds items', async () => {
    const { page } = app;
    await dropFiles(page, [textFile(ARTICLE_NAME, articleText)]);
    await imported(page, ARTICLE_NAME).waitFor({ timeout: 30_000 });
    const card = page.locator('.article-card').first();
    await card.getByLabel('Publication date').fill('2023-09-21');
    await card.getByLabel('Publication date').press('Enter');
    await page.locator('.vis-item .event-item-content').first().waitFor({ timeout: 20_000 });
  }, 60_000);

  it.each<[string, Spot]>([
    ['a timeline item', { selector: '.vis-item .event-item-content' }],
    ['an empty item row', { pick: '.vis-panel.vis-center' }],
    ['the time axis', { selector: '.vis-time-axis.vis-foreground' }],
    ['the article list', { selector: '.article-list' }],
  ])(
    'imports a file dropped onto %s and clears the overlay',
    async (label, spot) => {
      const { page } = app;
      const before = await articleCount(page);
      const file = article(`dropped-on-${label.replace(/\W+/g, '-')}`, 'Geneva');
      const under = await dropAt(page, spot, [file]);
      expect(under).not.toBe('');
      await imported(page, file.name).waitFor({ timeout: 30_000 });
      await expect.poll(() => articleCount(page), { timeout: 10_000 }).toBe(before + 1);
      expect(await overlayCount(page)).toBe(0);
    },
    60_000,
  );

  it('imports a file dropped onto the side panel of a selected event', async () => {
    const { page } = app;
    await page.locator('.vis-item .event-item-content').first().click();
    await page.locator('.side-panel').waitFor();
    const file = article('dropped-on-side-panel', 'Vienna');
    await dropAt(page, { selector: '.side-panel' }, [file]);
    await imported(page, file.name).waitFor({ timeout: 30_000 });
    expect(await overlayCount(page)).toBe(0);
  }, 60_000);

  it('imports a file dropped onto an open dialog (the Paste article text box)', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Paste article' }).click();
    await page.locator('.paste-dialog textarea').waitFor();
    const file = article('dropped-on-dialog', 'Oslo');
    await dropAt(page, { selector: '.paste-dialog textarea' }, [file]);
    await imported(page, file.name).waitFor({ timeout: 30_000 });
    expect(await page.locator('.paste-dialog textarea').inputValue()).toBe(''); // the file was imported, not pasted as text
    await page.locator('.paste-dialog').getByRole('button', { name: 'Close', exact: true }).click();
    expect(await overlayCount(page)).toBe(0);
  }, 60_000);

  it('clears the overlay when the drag leaves the window, on Escape, and when the drag goes silent', async () => {
    const { page } = app;
    await startDrag(page, '.vis-panel.vis-center');
    await page.evaluate(() =>
      window.dispatchEvent(
        new DragEvent('dragleave', {
          bubbles: true,
          dataTransfer: (() => {
            const t = new DataTransfer();
            t.items.add(new File(['x'], 'x.txt'));
            return t;
          })(),
          clientX: 0,
          clientY: 0,
        }),
      ),
    );
    await expect.poll(() => overlayCount(page)).toBe(0);

    await startDrag(page, '.article-list');
    await page.keyboard.press('Escape');
    await expect.poll(() => overlayCount(page)).toBe(0);

    await startDrag(page, '.vis-item .event-item-content'); // and then nothing: the drag ended outside the page
    await expect.poll(() => overlayCount(page), { timeout: 5_000 }).toBe(0);
  }, 60_000);

  it('re-anchoring and deleting an article at once removes it without an uncaught error', async () => {
    const { page } = app;
    // A long article, so that its re-extraction is still running when the delete comes.
    const long = textFile('long-article.txt', Array.from({ length: 60 }, (_, i) => `Part ${i + 1}.\n${articleText}`).join('\n\n'));
    await dropFiles(page, [long]);
    await imported(page, long.name).waitFor({ timeout: 60_000 });
    const card = page.locator('.article-card', { hasText: long.name });
    const errorsBefore = app.pageErrors.length;
    const before = await articleCount(page);
    page.once('dialog', (dialog) => void dialog.accept());
    await card.getByLabel('Publication date').fill('2024-03-01');
    await card.getByLabel('Publication date').press('Enter');
    await page.locator('.article-card[aria-busy="true"]').waitFor();
    const storedBefore = await currentCaseCount(page, 'articles');
    await card.getByRole('button', { name: 'Delete' }).click();
    // Two steps, so a failure says which went wrong: the delete itself, or the article list following it.
    const deleted = { timeout: 60_000, message: 'the article is deleted from the database' };
    await expect.poll(() => currentCaseCount(page, 'articles'), deleted).toBe(storedBefore - 1);
    const listed = { timeout: 10_000, message: 'the article list no longer shows the deleted article' };
    await expect.poll(() => articleCount(page), listed).toBe(before - 1);
    expect(app.pageErrors.slice(errorsBefore)).toEqual([]);
    expect(await page.locator('.status-line').textContent()).not.toMatch(/no longer in the database/);
  }, 120_000);
});
