// Editing with undo, end to end on the example article: edit a label and see it on the timeline, undo and redo it
// with the toolbar buttons and the keys, the edit kept after changing the publication date, add an event by
// double-click on the timeline, delete it and undo, merge two events (Ctrl-click both, Merge), and the history
// kept after a reload.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, screenshot, SHARED_DIR, startApp, timelineItems, type AppSession } from './harness';

const ARTICLE_NAME = 'wang-yi-putin-2023-09-21.txt';
const NEW_LABEL = 'Wang Yi and Putin hold talks in St Petersburg';
let app: AppSession;

const labelOf = async (type: string): Promise<string | undefined> =>
  (await timelineItems(app.page)).find((item) => item.eventType === type)?.label;
const labels = async (): Promise<string[]> => (await timelineItems(app.page)).map((item) => item.label ?? '').sort();
const undoButton = () => app.page.getByRole('button', { name: 'Undo', exact: true });
const redoButton = () => app.page.getByRole('button', { name: 'Redo', exact: true });

async function setPublicationDate(date: string): Promise<void> {
  const card = app.page.locator('.article-card').filter({ hasText: 'wang-yi-putin' });
  await card.getByLabel('Publication date').fill(date);
  await card.getByLabel('Publication date').press('Enter');
}

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

describe('editing an event', () => {
  it('imports the example article', async () => {
    const text = await readFile(path.join(SHARED_DIR, 'articles', ARTICLE_NAME), 'utf8');
    await dropFiles(app.page, [{ name: ARTICLE_NAME, base64: Buffer.from(text).toString('base64'), type: 'text/plain' }]);
    await app.page.locator(`.import-row[data-file-name="${ARTICLE_NAME}"][data-state="imported"]`).waitFor();
    await expect.poll(async () => (await timelineItems(app.page)).length, { timeout: 20_000 }).toBe(4);
  });

  it('edits the label in the side panel and shows it on the timeline, marked edited', async () => {
    const { page } = app;
    await expect(undoButton().isDisabled()).resolves.toBe(true);
    await page.locator('.event-item-content[data-event-type="meeting"]').click();
    const panel = page.locator('.side-panel');
    await panel.getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = page.getByRole('complementary', { name: 'Edit event' });
    await editor.waitFor();
    for (const name of ['Label', 'Type', 'Start', 'End', 'Precision', 'Status', 'Participants', 'Places', 'Notes']) {
      expect([name, await editor.getByLabel(name, { exact: true }).count()]).toEqual([name, 1]);
    }
    await editor.getByLabel('Label', { exact: true }).fill(NEW_LABEL);
    await editor.getByLabel('Notes', { exact: true }).fill('Checked against the Xinhua readout.');
    await screenshot(page, '20-event-editor');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => labelOf('meeting'), { timeout: 10_000 }).toBe(NEW_LABEL);
    await expect(page.locator('#event-details-title').textContent()).resolves.toContain('edited');
    await expect(page.locator('.event-notes').textContent()).resolves.toBe('Checked against the Xinhua readout.');
  });

  it('undoes and redoes with the toolbar buttons and with Ctrl+Z / Shift+Ctrl+Z', async () => {
    const { page } = app;
    await undoButton().click();
    await expect.poll(() => labelOf('meeting'), { timeout: 10_000 }).toBe('Wang Yi meets Vladimir Putin');
    await redoButton().click();
    await expect.poll(() => labelOf('meeting'), { timeout: 10_000 }).toBe(NEW_LABEL);
    await page.locator('.timeline-container').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => labelOf('meeting'), { timeout: 10_000 }).toBe('Wang Yi meets Vladimir Putin');
    await page.keyboard.press('Shift+Control+z');
    await expect.poll(() => labelOf('meeting'), { timeout: 10_000 }).toBe(NEW_LABEL);
  });

  it('Ctrl+Z inside a text field edits the text, not the history', async () => {
    const { page } = app;
    await page.locator('.event-item-content[data-event-type="meeting"]').click();
    await page.locator('.side-panel').getByRole('button', { name: 'Edit', exact: true }).click();
    const label = page.getByRole('complementary', { name: 'Edit event' }).getByLabel('Label', { exact: true });
    await label.press('End');
    await label.pressSequentially(' X');
    await label.press('Control+z');
    await expect(label.inputValue()).resolves.not.toContain(' X');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => labelOf('meeting')).toBe(NEW_LABEL);
  });

  it('keeps the edited label when the publication date changes (other events move)', async () => {
    await setPublicationDate('2024-03-10');
    await expect
      .poll(async () => (await timelineItems(app.page)).find((item) => item.eventType === 'invasion')?.start, { timeout: 20_000 })
      .toBe('2023-02-01');
    expect(await labelOf('meeting')).toBe(NEW_LABEL);
    await undoButton().click(); // sets the old date back
    await app.page.getByRole('button', { name: 'Fit all' }).click();
    await expect
      .poll(async () => (await timelineItems(app.page)).find((item) => item.eventType === 'invasion')?.start, { timeout: 20_000 })
      .toBe('2022-02-01');
    await expect(app.page.locator('.article-card').getByLabel('Publication date').inputValue()).resolves.toBe('2023-09-21');
    expect(await labelOf('meeting')).toBe(NEW_LABEL);
  });
});

describe('adding, deleting and merging', () => {
  it('adds an event by double-clicking the timeline at a date', async () => {
    const { page } = app;
    const box = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    await page.mouse.dblclick(box.x + box.width * 0.3, box.y + box.height - 20);
    const editor = page.getByRole('complementary', { name: 'Add event' });
    await expect(editor.getByLabel('Start', { exact: true }).inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await editor.getByLabel('Label', { exact: true }).fill('Analyst note: embassy meeting');
    await editor.getByLabel('Participants', { exact: true }).fill('Wang Yi, Sergei Lavrov');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(labels, { timeout: 10_000 }).toContain('Analyst note: embassy meeting');
    await expect(page.locator('.side-panel .event-origin').textContent()).resolves.toBe('added by the analyst');
  });

  it('deletes the event and brings it back with Undo', async () => {
    const { page } = app;
    await page.locator('.side-panel').getByRole('button', { name: 'Delete event' }).click();
    await expect.poll(labels, { timeout: 10_000 }).not.toContain('Analyst note: embassy meeting');
    await undoButton().click();
    await expect.poll(labels, { timeout: 10_000 }).toContain('Analyst note: embassy meeting');
  });

  it('merges two events selected with Ctrl-click into one with both sources', async () => {
    const { page } = app;
    await page.locator('.event-item-content[data-event-type="visit"]').first().click();
    // The side panel opens and narrows the timeline, which may move its window: let that settle before the second click.
    await page.locator('.side-panel').waitFor();
    await expect.poll(() => page.locator('.vis-item.vis-selected').count()).toBe(1);
    await page.waitForTimeout(400);
    await page
      .locator('.event-item-content[data-event-type="forum"]')
      .first()
      .click({ modifiers: ['Control'] });
    await expect.poll(() => page.locator('.vis-item.vis-selected').count()).toBe(2);
    await page.getByRole('button', { name: 'Merge', exact: true }).first().click();
    await expect.poll(async () => (await timelineItems(page)).length, { timeout: 10_000 }).toBe(4); // 5 before: 4 + the added one
    const merged = (await timelineItems(page)).filter((item) => item.sources === '2');
    expect(merged.length).toBe(1);
    expect(['visit', 'forum']).toContain(merged[0]!.eventType);
  });

  it('keeps the history after a reload: Undo still undoes the merge', async () => {
    const { page } = app;
    await page.reload();
    await page.getByRole('toolbar', { name: 'Timeline tools' }).waitFor();
    await expect.poll(async () => (await timelineItems(page)).length, { timeout: 20_000 }).toBe(4);
    await expect.poll(() => undoButton().isEnabled()).toBe(true);
    await expect(undoButton().getAttribute('title')).resolves.toContain('Undo');
    await undoButton().click();
    await expect.poll(async () => (await timelineItems(page)).length, { timeout: 10_000 }).toBe(5);
    expect(await labels()).toContain(NEW_LABEL);
  });

  it('merges by picking the other event from the list in the panel, and Split still separates them', async () => {
    const { page } = app;
    await page.locator('.event-item-content[data-event-type="visit"]').first().click();
    const panel = page.locator('.side-panel');
    const forumId = await page.locator('.event-item-content[data-event-type="forum"]').first().getAttribute('data-event-id');
    await panel.getByLabel('Merge with', { exact: true }).selectOption(forumId!);
    await panel.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(async () => (await timelineItems(page)).filter((item) => item.sources === '2').length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => panel.locator('.source-item').count()).toBe(2);
    await panel
      .locator('.source-item')
      .first()
      .getByRole('button', { name: /^Split/ })
      .click();
    await expect.poll(async () => (await timelineItems(page)).filter((item) => item.sources === '2').length, { timeout: 10_000 }).toBe(0);
    // The split reports are drawn again once the timeline has reloaded the window.
    await expect.poll(async () => (await timelineItems(page)).length, { timeout: 10_000 }).toBe(5);
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
