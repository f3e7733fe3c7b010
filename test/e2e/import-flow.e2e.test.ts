// The main analyst flow on the example article: drop it, set its publication date, see the four events
// at their dates, open one and see its sentence highlighted, reload, export PNG and SVG.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, REPO_ROOT, screenshot, SHARED_DIR, startApp, timelineItems, type AppSession } from './harness';

const ARTICLE_NAME = 'wang-yi-putin-2023-09-21.txt';
let app: AppSession;
let articleText: string;

/** The four events the example article reports, as type → [start, end]. */
const EXPECTED_SPANS = {
  meeting: ['2023-09-21', '2023-09-21'],
  visit: ['2023-10-01', '2023-10-31'],
  forum: ['2023-10-01', '2023-10-31'],
  invasion: ['2022-02-01', '2022-02-28'],
} as const;

async function spansByType(): Promise<Record<string, string[]>> {
  const items = await timelineItems(app.page);
  return Object.fromEntries(items.map((item) => [item.eventType ?? '?', [item.start ?? '', item.end ?? '']]));
}

async function setPublicationDate(date: string): Promise<void> {
  const card = app.page.locator('.article-card').filter({ hasText: 'wang-yi-putin' });
  await card.getByLabel('Publication date').fill(date);
  await card.getByLabel('Publication date').press('Enter');
}

beforeAll(async () => {
  articleText = await readFile(path.join(SHARED_DIR, 'articles', ARTICLE_NAME), 'utf8');
  app = await startApp();
});
afterAll(async () => app?.close());

describe('importing the example article', () => {
  it('shows the empty state first', async () => {
    await expect(app.page.getByRole('heading', { name: 'Drop news articles here…' }).isVisible()).resolves.toBe(true);
    await screenshot(app.page, '01-empty');
  });

  it('imports the dropped file and, after setting its publication date, shows exactly the four events', async () => {
    const { page } = app;
    await page.evaluate(() =>
      document.querySelector('.timeline-area')?.dispatchEvent(
        new DragEvent('dragenter', {
          bubbles: true,
          dataTransfer: (() => {
            const t = new DataTransfer();
            t.items.add(new File(['x'], 'x.txt'));
            return t;
          })(),
        }),
      ),
    );
    await page.locator('.drop-overlay').waitFor();
    await screenshot(page, '02-drag-overlay');
    await dropFiles(page, [{ name: ARTICLE_NAME, base64: Buffer.from(articleText).toString('base64'), type: 'text/plain' }]);
    await page.locator(`.import-row[data-file-name="${ARTICLE_NAME}"][data-state="imported"]`).waitFor();
    await expect(page.locator('.drop-overlay').count()).resolves.toBe(0);

    // Re-anchor to another date first: relative dates ("next month", "February last year") must move.
    await setPublicationDate('2024-03-10');
    await expect.poll(async () => (await spansByType()).invasion, { timeout: 20_000 }).toEqual(['2023-02-01', '2023-02-28']);
    expect((await spansByType()).forum).toEqual(['2024-04-01', '2024-04-30']); // "next month"

    await setPublicationDate('2023-09-21');
    await expect.poll(spansByType, { timeout: 20_000 }).toEqual(EXPECTED_SPANS);
    const items = await timelineItems(page);
    expect(items).toHaveLength(4);
    expect(items.find((i) => i.eventType === 'meeting')?.precision).toBe('day');
    expect(items.find((i) => i.eventType === 'visit')?.status).toBe('planned');
    expect(items.find((i) => i.eventType === 'forum')?.status).toBe('planned');
    expect(items.find((i) => i.eventType === 'invasion')?.status).toBe('occurred');
    await expect(page.locator('.article-card .event-count').first().getAttribute('data-count')).resolves.toBe('4');
    await expect(page.locator('.article-card .pub-warning').count()).resolves.toBe(0);
    await screenshot(page, '03-four-events');
  });

  it('opens the side panel on click with the date, status and the source sentence highlighted', async () => {
    const { page } = app;
    await page.locator('.event-item-content[data-event-type="meeting"]').click();
    const panel = page.locator('.side-panel');
    await panel.waitFor();
    await expect(panel.getByTestId('event-date').textContent()).resolves.toContain('21 September 2023 (day)');
    const highlighted = (await panel.locator('mark.mark-evidence').allTextContents()).join('');
    expect(highlighted).toContain('Putin');
    expect(articleText).toContain(highlighted.trim().slice(0, 40));
    const boxes = await Promise.all([
      panel.locator('.evidence-box').boundingBox(),
      panel.locator('mark.mark-evidence').first().boundingBox(),
    ]);
    const [box, mark] = boxes;
    expect(mark!.y).toBeGreaterThanOrEqual(box!.y - 1);
    expect(mark!.y).toBeLessThan(box!.y + box!.height);
    await screenshot(page, '04-side-panel');

    await panel.getByRole('button', { name: 'Open article' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const fullText = (await dialog.locator('.full-article').textContent()) ?? '';
    const lines = articleText.trim().split('\n');
    expect(fullText).toContain(lines[0]!.trim());
    expect(fullText).toContain(lines[lines.length - 1]!.trim());
    expect(await dialog.locator('mark.mark-evidence').count()).toBeGreaterThanOrEqual(3);
    expect(fullText).toContain('February last year');
    await screenshot(page, '05-article-view');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The panel narrows the timeline; a selected event far right (the forum, with a long label) is brought into view.
    await page.locator('.event-item-content[data-event-type="forum"]').click();
    await expect.poll(() => page.locator('.side-panel h2').textContent()).toContain('Belt and Road');
    await expect
      .poll(
        async () => {
          const timelineBox = await page.locator('.timeline-container').boundingBox();
          const label = await page.locator('.vis-item.vis-selected .event-item-content').boundingBox();
          return timelineBox && label ? Math.round(timelineBox.x + timelineBox.width - (label.x + label.width)) : -1;
        },
        { timeout: 5_000 },
      )
      .toBeGreaterThanOrEqual(0);
  });

  it('keeps the events after a reload and recognises the same file as already imported', async () => {
    const { page } = app;
    await page.reload();
    try {
      await expect.poll(spansByType, { timeout: 20_000 }).toEqual(EXPECTED_SPANS);
    } catch (error) {
      // What the page showed, for the CI log: this reload has come up empty in about one run in five after the merges.
      console.log(
        'after reload',
        await page.evaluate(() => ({
          count: document.querySelector('.window-count')?.textContent,
          status: document.querySelector('.status-line')?.textContent,
          items: document.querySelectorAll('.vis-item').length,
          axis: [...document.querySelectorAll('.vis-time-axis .vis-text')].slice(0, 6).map((n) => n.textContent),
          cards: document.querySelectorAll('.article-card').length,
          html: document.querySelector('.timeline-area')?.innerHTML.slice(0, 1500),
        })),
      );
      throw error;
    }
    await dropFiles(page, [{ name: 'copy-of-article.txt', base64: Buffer.from(articleText).toString('base64') }]);
    await page.locator('.import-row[data-file-name="copy-of-article.txt"][data-state="duplicate"]').waitFor();
    await expect(page.locator('.article-card').count()).resolves.toBe(1);
  });

  it('exports the current window as SVG naming all four events, and as a 2× PNG', async () => {
    const { page } = app;
    const exportAs = async (label: string): Promise<Buffer> => {
      await page.getByRole('button', { name: 'Export…' }).click();
      await page
        .getByRole('dialog', { name: 'Export' })
        .getByRole('radio', { name: label.replace('Export ', '') })
        .check();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
      const saved = path.join(REPO_ROOT, 'test-results/exports', download.suggestedFilename());
      await download.saveAs(saved); // kept for a look at the exported images
      return readFile(saved);
    };
    const labels = (await timelineItems(page)).map((item) => item.label);
    expect(labels).toHaveLength(4);

    const svg = (await exportAs('Export SVG')).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror') !== null,
        root: root.localName,
        width: Number(root.getAttribute('width')),
        text: root.textContent ?? '',
      };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe('svg');
    for (const label of labels) expect(parsed.text).toContain(label);
    expect(svg).not.toMatch(/(href|src)="https?:/);

    const png = await exportAs('Export PNG');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(5_000);
    expect(png.readUInt32BE(16)).toBe(2 * parsed.width); // IHDR width: rasterised at 2× density
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/Exported 4 events/);
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
