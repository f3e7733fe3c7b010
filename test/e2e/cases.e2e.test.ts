// Cases end to end in the browser build: the first case holds what was there; New case makes an empty case that
// shows only its own articles; switching shows each case's own articles; Back up case… downloads a file and
// Restore case… reads it back as a new case with exactly the same events; a file that is not a backup is refused
// with its reason and changes nothing; Delete case… names what will be lost.

import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentCaseEvents } from './current-case-db';
import { dropFiles, REPO_ROOT, screenshot, SHARED_DIR, startApp, textFile, type AppSession } from './harness';

const FIRST_ARTICLE = path.join(SHARED_DIR, 'articles/wang-yi-putin-2023-09-21.txt');
const SECOND_ARTICLE = path.join(REPO_ROOT, 'test/fixtures/articles/wire-scholz-kishida-2024-03-18.txt');
let app: AppSession;
const tempFiles: string[] = [];

const caseButton = (page: Page) => page.getByRole('button', { name: /^Case:/ });

async function articleFiles(page: Page): Promise<string[]> {
  return (
    await page.locator('.article-card .article-title').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('title') ?? ''))
  ).sort();
}

async function importArticle(page: Page, file: string): Promise<void> {
  const name = path.basename(file);
  await dropFiles(page, [textFile(name, await readFile(file, 'utf8'))]);
  await page.locator(`.import-row[data-file-name="${name}"][data-state="imported"]`).waitFor({ timeout: 30_000 });
}

/** Runs a case menu command and waits for the page to reload onto the chosen case. */
async function menuAndReload(page: Page, item: string | RegExp, then?: () => Promise<void>): Promise<void> {
  await caseButton(page).click();
  const reloaded = page.waitForEvent('load', { timeout: 30_000 });
  await page.getByRole('menuitem', { name: item }).click();
  await then?.();
  await reloaded;
  await page.getByRole('toolbar', { name: 'Timeline tools' }).waitFor();
}

beforeAll(async () => {
  app = await startApp();
}, 90_000);
afterAll(async () => {
  await app?.close();
  for (const file of tempFiles) await rm(file, { force: true });
});

describe('cases', () => {
  it('starts in the first case, and New case opens an empty case that shows only its own articles', async () => {
    const { page } = app;
    await expect.poll(() => caseButton(page).textContent()).toBe('Case: First case ▾');
    await importArticle(page, FIRST_ARTICLE);
    await expect.poll(() => articleFiles(page)).toEqual(['wang-yi-putin-2023-09-21.txt']);

    await menuAndReload(page, 'New case', async () => {
      const dialog = page.getByRole('dialog', { name: 'New case' });
      await dialog.getByLabel('Case name').fill('  Scholz in Tokyo ');
      await dialog.getByRole('button', { name: 'Create case' }).click();
    });
    await expect.poll(() => caseButton(page).textContent()).toBe('Case: Scholz in Tokyo ▾');
    expect(await articleFiles(page)).toEqual([]);
    await importArticle(page, SECOND_ARTICLE);
    await expect.poll(() => articleFiles(page)).toEqual(['wire-scholz-kishida-2024-03-18.txt']);
    await screenshot(page, 'cases-second-case');
  });

  it('switches between cases, each showing only its own articles and its own view', async () => {
    const { page } = app;
    const tableShown = () => page.getByRole('button', { name: 'Table', exact: true }).getAttribute('aria-pressed');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('grid', { name: 'Events table' }).waitFor();
    await page.waitForTimeout(500); // the view is saved to the case database shortly after it changes
    await menuAndReload(page, 'First case');
    await expect.poll(() => caseButton(page).textContent()).toBe('Case: First case ▾');
    await expect.poll(() => articleFiles(page)).toEqual(['wang-yi-putin-2023-09-21.txt']);
    expect(await tableShown()).toBe('false');
    await menuAndReload(page, 'Scholz in Tokyo');
    await expect.poll(() => articleFiles(page)).toEqual(['wire-scholz-kishida-2024-03-18.txt']);
    expect(await tableShown()).toBe('true');
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  });

  it('backs up a case and restores it as a new case with the same events', async () => {
    const { page } = app;
    const before = await currentCaseEvents(page);
    expect(before.length).toBeGreaterThan(0);
    await caseButton(page).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Back up case…' }).click();
    const file = path.join(tmpdir(), `case-backup-${Date.now()}.etcase`);
    tempFiles.push(file);
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^Scholz in Tokyo – backup \d{4}-\d{2}-\d{2}\.etcase$/);
    await saved.saveAs(file);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Backed up case “Scholz in Tokyo” \(1 articles, \d+ events\)/);

    await caseButton(page).click();
    const chooser = page.waitForEvent('filechooser');
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await page.getByRole('menuitem', { name: 'Restore case…' }).click();
    await (await chooser).setFiles(file);
    await reloaded;
    await page.getByRole('toolbar', { name: 'Timeline tools' }).waitFor();
    await expect.poll(() => caseButton(page).textContent()).toBe('Case: Scholz in Tokyo (2) ▾');
    await expect.poll(() => articleFiles(page)).toEqual(['wire-scholz-kishida-2024-03-18.txt']);
    const byId = (rows: Array<{ id: string }>) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await currentCaseEvents(page))).toEqual(byId(before));
  });

  it('refuses a file that is not a backup, saying so, and changes nothing', async () => {
    const { page } = app;
    const bogus = path.join(tmpdir(), `not-a-backup-${Date.now()}.etcase`);
    tempFiles.push(bogus);
    await writeFile(bogus, 'Wang Yi met Vladimir Putin.\n');
    await caseButton(page).click();
    const cases = await page.locator('.case-menu-items [data-case-id]').count();
    const chooserShown = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: 'Restore case…' }).click();
    await (await chooserShown).setFiles(bogus);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Restore failed: This file is not an Event Timeline case backup.');
    await caseButton(page).click();
    expect(await page.locator('.case-menu-items [data-case-id]').count()).toBe(cases);
    await page.keyboard.press('Escape');
  });

  it('deletes a case after a confirmation naming what will be lost', async () => {
    const { page } = app;
    const events = (await currentCaseEvents(page)).length;
    await caseButton(page).click();
    await page.getByRole('menuitem', { name: 'Delete case…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete case' });
    await expect
      .poll(() => dialog.locator('.case-confirm').textContent())
      .toBe(`Delete case “Scholz in Tokyo (2)” with 1 article and ${events} event${events === 1 ? '' : 's'}?`);
    await screenshot(page, 'cases-delete-confirmation');
    const reloaded = page.waitForEvent('load');
    await dialog.getByRole('button', { name: 'Delete case' }).click();
    await reloaded;
    await page.getByRole('toolbar', { name: 'Timeline tools' }).waitFor();
    await expect.poll(() => caseButton(page).textContent()).toBe('Case: First case ▾');
    await caseButton(page).click();
    expect(await page.getByRole('menu', { name: 'Case' }).getByRole('menuitem').allTextContents()).not.toContain('Scholz in Tokyo (2)');
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names.length).toBe(3); // the registry and the two remaining cases: the deleted case's database is gone
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
