// The side panel shows an event's roles: dropping a fixture article (a missile strike on Kyiv and Kharkiv) and
// opening the strike lists its attacker, places and weapon under "Roles", each filler with its evidence as tooltip;
// the participant filter narrowed by role ("as attacker", "as target").

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, REPO_ROOT, screenshot, startApp, textFile, type AppSession } from './harness';

const FIXTURE = 'broadcaster-kyiv-strikes-2024-01-02.txt';
let app: AppSession;

beforeAll(async () => {
  app = await startApp();
}, 90_000);
afterAll(async () => app?.close());

describe('event roles in the side panel', () => {
  it('lists attacker, places and weapon of the selected attack', async () => {
    const { page } = app;
    await dropFiles(page, [textFile(FIXTURE, await readFile(path.join(REPO_ROOT, 'test/fixtures/articles', FIXTURE), 'utf8'))]);
    await page.locator(`.import-row[data-file-name="${FIXTURE}"][data-state="imported"]`).waitFor();
    const strike = page.locator('.event-item-content[data-event-type="attack"]').filter({ hasText: 'Kyiv' }).first();
    await strike.waitFor({ timeout: 20_000 });
    await strike.click();
    const roles = page.getByRole('region', { name: 'Roles' });
    await roles.waitFor();
    const rows = roles.getByLabel('Event roles');
    const text = await rows.textContent();
    expect(text).toContain('AttackerRussia');
    expect(text).toContain('PlaceKyiv, Kharkiv');
    expect(text).toMatch(/Weapon or means.*missile/);
    await expect(roles.locator('dd span').first().getAttribute('title')).resolves.toMatch(/^“.+”$/);
    await screenshot(page, 'event-roles');
    expect(app.pageErrors).toEqual([]);
  });

  it('narrows a participant filter by role: Russia as attacker keeps the strike, Russia as target leaves nothing', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    const attacks = page.locator('.vis-item .event-item-content[data-event-type="attack"]');
    const before = await attacks.count();
    await page.getByRole('button', { name: 'Filters' }).click();
    const panel = page.getByRole('group', { name: 'Filters' });
    await panel.getByLabel('Participant', { exact: true }).fill('Russia');
    await panel.getByLabel('Participant', { exact: true }).press('Enter');
    const role = panel.getByLabel('Participant role');
    await expect.poll(() => role.isEnabled()).toBe(true);
    // Each step starts from a view the previous step changed, so a poll cannot pass on a stale drawing.
    await role.selectOption({ label: 'as target' });
    await expect.poll(() => page.locator('.vis-item .event-item-content').count(), { timeout: 10_000 }).toBe(0);
    await role.selectOption({ label: 'as attacker' });
    await expect.poll(() => attacks.filter({ hasText: 'Kyiv' }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await role.selectOption({ label: 'as target' });
    await expect.poll(() => page.locator('.vis-item .event-item-content').count(), { timeout: 10_000 }).toBe(0);
    await role.selectOption({ label: 'in any role' });
    await expect.poll(() => attacks.filter({ hasText: 'Kyiv' }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => attacks.count(), { timeout: 10_000 }).toBe(before);
  });
});
