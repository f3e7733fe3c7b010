// The hostile corpus (hostile-corpus-files.ts) dropped as one batch next to the example article: no script
// runs (a window.__pwned sentinel, dialogs and console watched), no request leaves the origin, the good
// article imports with its four events, every refused file gets its specific message, and the viewer and
// side panel show hostile text as text (no element made from it).

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, screenshot, SHARED_DIR, startApp, type AppSession } from './harness';
import { hostileCorpus, LIST_LABEL, type HostileFile } from './hostile-corpus-files';
import { FIRST_CASE_NAME } from '../../app/storage/cases';

const GOOD_NAME = 'wang-yi-putin-2023-09-21.txt';
const FINISHED = ['imported', 'failed', 'duplicate', 'cancelled'];

let app: AppSession;
const dialogs: string[] = [];
const consoleLines: string[] = [];
beforeAll(async () => {
  app = await startApp();
  app.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  app.page.on('console', (message) => consoleLines.push(message.text()));
});
afterAll(async () => app?.close());

const quoted = (value: string): string => JSON.stringify(value);
const rowOf = (name: string) => app.page.locator(`.import-row[data-file-name=${quoted(name)}]`);
const cardOf = (shownName: string) => app.page.locator(`.article-card:has(.article-title[title=${quoted(shownName)}])`);

/** Elements that would mean hostile markup became DOM inside a container. */
async function activeElementsIn(selector: string): Promise<number> {
  return app.page.locator(`${selector} :is(script, img, iframe, object, embed, svg, math, a[href], form, style, link)`).count();
}

describe('a hostile corpus dropped next to a good article', () => {
  const corpus = hostileCorpus();

  it('imports the good article and every hostile file that has text, and refuses the rest with specific messages', async () => {
    const { page } = app;
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    const good = await readFile(path.join(SHARED_DIR, 'articles', GOOD_NAME));
    await dropFiles(page, [{ name: GOOD_NAME, base64: good.toString('base64'), type: 'text/plain' }, ...corpus]);
    const finished = FINISHED.map((state) => `.import-row[data-state="${state}"]`).join(', ');
    await expect.poll(() => page.locator(finished).count(), { timeout: 180_000, interval: 500 }).toBe(corpus.length + 1);
    await expect(rowOf(GOOD_NAME).getAttribute('data-state')).resolves.toBe('imported');
    for (const file of corpus) {
      const state = await rowOf(file.name).getAttribute('data-state');
      expect(state, file.name).toBe(file.expect.state);
      if (file.expect.state !== 'failed') continue;
      await expect(rowOf(file.name).locator('.import-message').textContent()).resolves.toMatch(file.expect.message);
    }
    await screenshot(page, 'hostile-corpus-import');
    const goodCard = page.locator('.article-card').filter({ hasText: GOOD_NAME });
    await expect.poll(() => goodCard.locator('.event-count').getAttribute('data-count'), { timeout: 20_000 }).toBe('4');
  }, 240_000);

  it('shows file names with markup, paths and bidi overrides as text, the override as a visible marker', async () => {
    const { page } = app;
    await expect(rowOf('evil\u202Egnp.txt').locator('.import-file').textContent()).resolves.toBe('evil⟨U+202E⟩gnp.txt');
    await expect(cardOf('evil⟨U+202E⟩gnp.txt').count()).resolves.toBe(1);
    const markupName = corpus.find((f) => f.name.startsWith('<img'))!.name;
    await expect(cardOf(markupName).locator('.muted').last().textContent()).resolves.toContain(markupName);
    await expect(cardOf('../../etc/passwd.txt').count()).resolves.toBe(1);
    expect(await activeElementsIn('.article-list')).toBe(0);
    expect(await activeElementsIn('.import-status')).toBe(0);
    expect(await page.locator('.article-card').count()).toBe(corpus.filter((f) => f.expect.state === 'imported').length + 1);
  });

  it('renders hostile article text as text in the viewer', async () => {
    const { page } = app;
    type WithText = HostileFile & { expect: { state: 'imported'; text: string } };
    const withText = corpus.filter((f): f is WithText => f.expect.state === 'imported' && !!f.expect.text);
    for (const file of withText) {
      await cardOf(file.name.replace(/\u202E/g, '⟨U+202E⟩'))
        .locator('.article-title')
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const text = (await dialog.locator('.full-article').textContent()) ?? '';
      expect(text, file.name).toContain(file.expect.text);
      expect(text, file.name).not.toMatch(/evil\.example\/(?:a\.js|s\.css|1\.gif|frame)/);
      expect(await activeElementsIn('.article-dialog'), file.name).toBe(0);
      if (file.name === 'entity-script.html') await screenshot(page, 'hostile-corpus-viewer');
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
  }, 120_000);

  it('renders an event list label holding HTML as text in the side panel', async () => {
    const { page } = app;
    await cardOf('events-hostile.csv').locator('.article-title').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.article-events button').first().click();
    const panel = page.locator('.side-panel');
    await panel.waitFor();
    await expect(panel.locator('h2').textContent()).resolves.toContain(LIST_LABEL);
    expect(await activeElementsIn('.side-panel')).toBe(0);
    await screenshot(page, 'hostile-corpus-side-panel');
  });

  it('ran no script, opened no dialog and sent no request off the origin', async () => {
    const { page } = app;
    await page.waitForTimeout(500); // give any injected handler a chance to fire
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      srcdocPwned: document.querySelectorAll('iframe, frame, object, embed').length,
      // Absolute URLs off the page's origin (Vite's preload helper links the app's own chunks by absolute URL).
      remote: [
        ...document.querySelectorAll<HTMLElement>(
          'img[src^="http"], script[src^="http"], link[href^="http"], base, meta[http-equiv="refresh"]',
        ),
      ].filter((element) => {
        const url = element.matches('base, meta') ? null : (element.getAttribute('src') ?? element.getAttribute('href'));
        return url === null || new URL(url).origin !== location.origin;
      }).length,
      title: document.title,
    }));
    expect(state).toEqual({ pwned: null, srcdocPwned: 0, remote: 0, title: `${FIRST_CASE_NAME} – Event Timeline` });
    expect(dialogs).toEqual([]);
    expect(consoleLines.filter((line) => /pwned|evil\.example/i.test(line))).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    expect(page.url().startsWith(app.origin)).toBe(true);
  });
});
