// `npm run bench:table`: 100,000 stored events in the Table view of the built renderer in Chromium (playwright-core,
// the e2e harness). Prints how soon the first rows show and when all rows are loaded, the frame times and longest
// main-thread task while the grid scrolls through the whole list, and how long sorting by label takes.

import { seedBulkEvents } from '../e2e/seed-bulk-events';
import { startApp } from '../e2e/harness';

const COUNT = Number(process.env.BENCH_TABLE_COUNT ?? 100_000);
const SCROLL_STEPS = 120;

declare global {
  interface Window {
    __longTasks: number[];
  }
}

async function main(): Promise<void> {
  const app = await startApp();
  const { page } = app;
  try {
    await seedBulkEvents(page, COUNT);
    await page.reload();
    await page.getByRole('toolbar', { name: 'Timeline tools' }).waitFor();
    await page.waitForTimeout(1_000); // let the timeline's first load settle
    const started = Date.now();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('.event-table-body [role="row"]').first().waitFor({ timeout: 60_000 });
    const firstRowsMs = Date.now() - started;
    await page.locator('.event-table[data-complete="true"]').waitFor({ timeout: 120_000 });
    const allRowsMs = Date.now() - started;
    const rows = Number(await page.locator('.event-table').getAttribute('data-row-count'));

    // Scroll one way or another, one step per animation frame, timing each frame.
    const measure = (mode: 'jumps' | 'wheel') =>
      page.evaluate(
        async ({ steps, mode }) => {
          const grid = document.querySelector<HTMLElement>('.event-table-scroll')!;
          const startTop = grid.scrollTop;
          const longTasks: number[] = [];
          const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
          observer.observe({ type: 'longtask' });
          const frames: number[] = [];
          let last = performance.now();
          for (let i = 1; i <= steps; i++) {
            grid.scrollTop = mode === 'jumps' ? (grid.scrollHeight - grid.clientHeight) * (i / steps) : startTop + i * 96; // wheel: 3 rows a frame
            await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
            const now = performance.now();
            frames.push(now - last);
            last = now;
          }
          await new Promise((resolve) => setTimeout(resolve, 200));
          observer.disconnect();
          frames.sort((a, b) => a - b);
          return {
            medianFrame: frames[Math.floor(frames.length / 2)]!,
            p95Frame: frames[Math.floor(frames.length * 0.95)]!,
            longestTask: longTasks.reduce((max, d) => Math.max(max, d), 0),
            drawnRows: document.querySelectorAll('.event-table-body [role="row"]').length,
          };
        },
        { steps: SCROLL_STEPS, mode },
      );
    const wheel = await measure('wheel');
    const scroll = await measure('jumps');

    const sortStarted = Date.now();
    const label = page.getByRole('grid', { name: 'Events table' }).getByRole('columnheader', { name: 'Label' });
    await label.getByRole('button').click();
    await page.waitForFunction(() => document.querySelector('[role="columnheader"][aria-sort="ascending"]') !== null, undefined, {
      polling: 20,
    });
    const sortMs = Date.now() - sortStarted;

    console.log(`bench:table: ${COUNT.toLocaleString('en')} stored events in the Table view (Chromium, built renderer)`);
    console.log(`  rows:                       ${rows.toLocaleString('en')} (${scroll.drawnRows} in the DOM after scrolling)`);
    console.log(`  first rows shown after:     ${firstRowsMs} ms`);
    console.log(`  all rows loaded after:      ${allRowsMs} ms`);
    const frames = (m: typeof scroll) =>
      `median frame ${m.medianFrame.toFixed(1)} ms, 95th percentile ${m.p95Frame.toFixed(1)} ms, longest task ${m.longestTask.toFixed(0)} ms`;
    console.log(`  wheel-like scrolling:       ${frames(wheel)} (${SCROLL_STEPS} frames of 3 rows)`);
    console.log(`  jumps top to bottom:        ${frames(scroll)} (${SCROLL_STEPS} jumps of ${Math.round(rows / SCROLL_STEPS)} rows)`);
    console.log(`  sort by label:              ${sortMs} ms`);
    if (app.pageErrors.length > 0) console.log(`  page errors: ${app.pageErrors.join(' | ')}`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
