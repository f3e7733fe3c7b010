// A large import end to end: 3,000 generated articles of about 3 KB each (9 MB; `npm run bench:import -- --large`
// runs the full 10,000 / 30 MB) dropped at once. Progress is shown ("Importing N of 3,000…"), Cancel stops it after
// the current batch, and what was imported is whole: every stored article has exactly the events its text gives,
// no event belongs to an article that was not stored, and the page never crashed.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../app/extract/pipeline';
import { ingestFile } from '../../app/ingest/ingest';
import { TIMELINE_DB_NAME } from '../../app/storage/schema';
import { IMPORT_BATCH_SIZE } from '../../renderer/worker/import-batch';
import { generateArticles } from './generated-articles';
import { dropFiles, startApp, textFile, type AppSession } from './harness';

const COUNT = 3_000;
const BYTES_PER_ARTICLE = 3_000;
let app: AppSession;

beforeAll(async () => {
  app = await startApp();
}, 90_000);
afterAll(async () => app?.close());

/** Stored article file names and the number of stored events per article file name (read in the page). */
async function storedCounts(): Promise<{ articles: string[]; eventsByFile: Record<string, number>; orphans: number }> {
  return app.page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string): Promise<T[]> =>
      new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const articles = await all<{ id: string; fileName: string }>('articles');
    const events = await all<{ articleId: string }>('events');
    db.close();
    const fileOf = new Map(articles.map((a) => [a.id, a.fileName]));
    const eventsByFile: Record<string, number> = {};
    let orphans = 0;
    for (const e of events) {
      const file = fileOf.get(e.articleId);
      if (file === undefined) orphans++;
      else eventsByFile[file] = (eventsByFile[file] ?? 0) + 1;
    }
    return { articles: articles.map((a) => a.fileName), eventsByFile, orphans };
  }, TIMELINE_DB_NAME);
}

describe(`importing ${COUNT.toLocaleString('en')} articles of ${BYTES_PER_ARTICLE / 1000} KB`, () => {
  it('shows progress, cancels after the current batch, and keeps whole articles only', async () => {
    const { page } = app;
    const generated = generateArticles(COUNT, 23, BYTES_PER_ARTICLE);
    await dropFiles(
      page,
      generated.map(({ name, text }) => textFile(name, text)),
    );
    const title = page.getByTestId('import-title');
    await expect.poll(() => title.textContent(), { timeout: 60_000 }).toMatch(/^Importing \d[\d,]* of 3,000…$/);
    await expect(page.locator('progress.import-progress').getAttribute('max')).resolves.toBe(String(COUNT));
    // Let a good part of it import, then cancel.
    await expect
      .poll(async () => Number(/^Importing ([\d,]+)/.exec((await title.textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? 0), {
        timeout: 120_000,
        interval: 250,
      })
      .toBeGreaterThanOrEqual(300);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => title.textContent(), { timeout: 60_000, interval: 250 }).toBe('Import finished');

    const summary = page.locator('.import-summary');
    const imported = Number(await summary.getAttribute('data-imported'));
    expect(imported).toBeGreaterThanOrEqual(300);
    expect(imported).toBeLessThan(COUNT);
    expect(imported % IMPORT_BATCH_SIZE).toBe(0); // whole batches only
    await expect(summary.textContent()).resolves.toContain(`${(COUNT - imported).toLocaleString('en')} cancelled`);
    await expect
      .poll(() => page.locator('[data-article-count]').getAttribute('data-article-count'), { timeout: 20_000 })
      .toBe(String(imported));

    const stored = await storedCounts();
    expect(stored.articles).toHaveLength(imported);
    expect(stored.orphans).toBe(0);
    // Every stored article holds exactly the events its text gives (the same ingest and extraction, run here).
    const byName = new Map(generated.map((article) => [article.name, article.text]));
    for (const fileName of stored.articles) {
      const ingested = await ingestFile({ fileName, bytes: new TextEncoder().encode(byName.get(fileName)!) });
      if (!ingested.ok) throw new Error(ingested.error);
      const { article } = ingested;
      expect(stored.eventsByFile[fileName] ?? 0, fileName).toBe(
        extractArticleEvents({ id: article.id, text: article.text, published: article.published }).length,
      );
    }
    expect(app.pageErrors).toEqual([]);
    console.log(`cancel kept ${imported} of ${COUNT} articles`);
  }, 300_000);
});
