// Bad and hostile input: unsupported and empty files fail with specific messages without stopping the
// batch, and an HTML article full of scripts, handlers and remote resources is imported as text only —
// nothing runs and no request leaves the app's origin.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, screenshot, startApp, textFile, type AppSession } from './harness';
import { FIRST_CASE_NAME } from '../../app/storage/cases';

let app: AppSession;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

const GOOD_ARTICLE = `Foreign ministers meet in Berlin
BERLIN, 3 May 2024 — The foreign ministers of France and Germany met in Berlin on Friday to discuss support for Ukraine.
They agreed to hold a summit in Paris next month.`;

const HOSTILE_HTML = `<!doctype html>
<html><head>
<title>Harbour summit report</title>
<meta name="date" content="2024-05-02">
<script>window.__pwned = 'head script'; document.title = 'PWNED';</script>
<link rel="stylesheet" href="http://evil.example/style.css">
<style>@import url("http://evil.example/import.css"); body { background: url(http://evil.example/bg.png); }</style>
</head>
<body onload="window.__pwned = 'onload'">
<article>
<h1>Harbour summit report</h1>
<p>Leaders of Norway and Denmark met in Oslo on 2 May 2024 to sign a fisheries agreement.</p>
<img src="http://evil.example/pixel.gif" onerror="window.__pwned = 'onerror'; document.title = 'PWNED'">
<p><a href="javascript:window.__pwned = 'link'">Read the agreement</a> published by both governments.</p>
<iframe src="http://evil.example/frame.html"></iframe>
<script src="http://evil.example/evil.js"></script>
<svg onload="window.__pwned = 'svg'"><image href="http://evil.example/svg.png"/></svg>
<object data="http://evil.example/object.swf"></object>
</article>
</body></html>`;

describe('importing bad and hostile files', () => {
  it('reports the specific error of each bad file and still imports the good one', async () => {
    const { page } = app;
    await dropFiles(page, [textFile('notes.xyz', 'some notes'), textFile('report.txt', ''), textFile('ministers.txt', GOOD_ARTICLE)]);
    const row = (name: string) => page.locator(`.import-row[data-file-name="${name}"]`);
    await row('ministers.txt').and(page.locator('[data-state="imported"]')).waitFor();
    await expect(row('notes.xyz').getAttribute('data-state')).resolves.toBe('failed');
    await expect(row('notes.xyz').textContent()).resolves.toContain('notes.xyz: unsupported file type');
    await expect(row('report.txt').getAttribute('data-state')).resolves.toBe('failed');
    await expect(row('report.txt').textContent()).resolves.toContain('report.txt: file is empty');
    // The article list reloads from the database once the import settles.
    await expect.poll(() => page.locator('.article-card').count(), { timeout: 10_000 }).toBe(1);
    await expect(page.locator('.article-card').textContent()).resolves.toContain('ministers.txt');
    await screenshot(page, '06-import-errors');
  });

  it('imports the text of a hostile HTML article without running or fetching anything', async () => {
    const { page } = app;
    await dropFiles(page, [textFile('harbour.html', HOSTILE_HTML, 'text/html')]);
    await page.locator('.import-row[data-file-name="harbour.html"][data-state="imported"]').waitFor();
    const card = page.locator('.article-card').filter({ hasText: 'harbour.html' });
    await expect(card.locator('.article-title').textContent()).resolves.toBe('Harbour summit report');

    await card.locator('.article-title').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const text = (await dialog.locator('.full-article').textContent()) ?? '';
    expect(text).toContain('Leaders of Norway and Denmark met in Oslo on 2 May 2024');
    expect(text).toContain('published by both governments');
    expect(text).not.toMatch(/__pwned|evil\.example|<script/);
    await screenshot(page, '07-hostile-html-article');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.waitForTimeout(300); // give any injected handler a chance to fire
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      title: document.title,
      foreignElements: document.querySelectorAll('iframe, object, embed, img[src^="http"], script[src^="http"]').length,
    }));
    expect(state).toEqual({ pwned: null, title: `${FIRST_CASE_NAME} – Event Timeline`, foreignElements: 0 });
    expect(app.foreignRequests).toEqual([]);
  });

  it('lets the user paste an article with a title and publication date', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Paste article' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Paste article' });
    await dialog.getByLabel('Title').fill('Pasted talks');
    await dialog.getByLabel('Publication date').fill('2024-06-12');
    await dialog.getByLabel('Article text').fill('The presidents of Kenya and Ethiopia met in Nairobi on Tuesday.');
    await screenshot(page, '08-paste-dialog');
    await dialog.getByRole('button', { name: 'Import text' }).click();
    const card = page.locator('.article-card').filter({ hasText: 'Pasted talks' });
    await card.waitFor();
    await expect(card.getByLabel('Publication date').inputValue()).resolves.toBe('2024-06-12');
  });
});
