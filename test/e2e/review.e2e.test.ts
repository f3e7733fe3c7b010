// The Review panel end to end: an article whose three events have no date of their own (placed by the publication
// date) gives three flagged events, marked on the timeline; the panel walks through them with the keys (J/K to
// move, A accept, R reject, E edit), shows the sentence highlighted, stores the verdicts (drawn on the timeline,
// kept after a reload) and a verdict undoes with Ctrl+Z.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startApp, timelineItems, type AppSession } from './harness';

const TEXT = [
  'The foreign ministers of Brazil and Argentina met in Brasilia to discuss trade.',
  'Rebels attacked an army convoy near Goma, officials said.',
  'Kenya and Ethiopia signed a trade agreement in Nairobi.',
].join('\n\n');
let app: AppSession;

const reviewStates = async (): Promise<string[]> => (await timelineItems(app.page)).map((item) => item.review ?? '?').sort();
const panel = () => app.page.getByRole('complementary', { name: 'Review' });
const position = () => panel().locator('.review-position').textContent();

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

describe('reviewing flagged events', () => {
  it('flags the three undated events and marks them on the timeline', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Paste article' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Paste article' });
    await dialog.getByLabel('Title').fill('Talks and clashes');
    await dialog.getByLabel('Publication date').fill('2024-06-12');
    await dialog.getByLabel('Article text').fill(TEXT);
    await dialog.getByRole('button', { name: 'Import text' }).click();
    await expect.poll(reviewStates, { timeout: 20_000 }).toEqual(['flagged', 'flagged', 'flagged']);
    await expect(page.locator('.event-item.needs-review').count()).resolves.toBe(3);
  });

  it('walks through them with J and K and shows the sentence highlighted', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await expect.poll(position).toBe('Flagged event 1 of 3');
    await expect(panel().locator('.review-reasons').textContent()).resolves.toContain('placed by the publication date');
    const highlighted = (await panel().locator('mark.mark-evidence').allTextContents()).join('');
    expect(highlighted).toContain('The foreign ministers of');
    expect(highlighted).not.toContain('Goma');
    await screenshot(page, '21-review-panel');
    await page.keyboard.press('j');
    await expect.poll(position).toBe('Flagged event 2 of 3');
    await page.keyboard.press('ArrowDown');
    await expect.poll(position).toBe('Flagged event 3 of 3');
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowUp');
    await expect.poll(position).toBe('Flagged event 1 of 3');
  });

  it('accepts with A, rejects with R and edits with E, one after another', async () => {
    const { page } = app;
    await page.keyboard.press('a');
    await expect.poll(position).toBe('Flagged event 1 of 2');
    await expect(panel().locator('.review-label').textContent()).resolves.not.toContain('Brasilia');
    await page.keyboard.press('r');
    await expect.poll(position).toBe('Flagged event 1 of 1');
    await page.keyboard.press('e');
    const editor = page.getByRole('complementary', { name: 'Edit event' });
    await editor.getByLabel('Label', { exact: true }).fill('Kenya–Ethiopia trade pact signed');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => panel().locator('.review-label').textContent()).toBe('Kenya–Ethiopia trade pact signed');
    await page.keyboard.press('a');
    await expect.poll(() => panel().locator('.review-done').count()).toBe(1);
    await expect.poll(reviewStates, { timeout: 10_000 }).toEqual(['accepted', 'accepted', 'rejected']);
    await expect(page.locator('.event-item.is-accepted').count()).resolves.toBe(2);
    await expect(page.locator('.event-item.is-rejected').count()).resolves.toBe(1);
  });

  it('undoes a verdict with Ctrl+Z, and keeps the verdicts after a reload', async () => {
    const { page } = app;
    await page.keyboard.press('Control+z');
    await expect.poll(reviewStates, { timeout: 10_000 }).toEqual(['accepted', 'flagged', 'rejected']);
    await expect.poll(position).toBe('Flagged event 1 of 1');
    await page.reload();
    await page.getByRole('toolbar', { name: 'Timeline tools' }).waitFor();
    await expect.poll(reviewStates, { timeout: 20_000 }).toEqual(['accepted', 'flagged', 'rejected']);
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
