// `npm run bench:import`: drops 1,000 generated small articles onto the built renderer in Chromium
// (playwright-core, the e2e harness) and prints the total import time, articles per second, the longest
// main-thread task during the import (PerformanceObserver 'longtask'), and how long after the last file
// the timeline had drawn the events. `npm run bench:import -- --large` adds the large case: 10,000 generated articles
// of about 3 KB each (about 30 MB) in one drop, which must import whole without crashing the page (heap printed).

import { generatedFiles } from '../e2e/generated-articles';
import { startApp, type DroppedFile } from '../e2e/harness';

const COUNT = Number(process.env.BENCH_IMPORT_COUNT ?? 1_000);
const LARGE = { count: 10_000, bytesPerArticle: 3_000 };
const SETTLE_MS = 1_500;

interface PageTimes {
  finishedAt: number | null;
  lastTimelineChange: number;
  firstChangeAfterFinish: number | null;
  longTasks: Array<{ start: number; duration: number }>;
}

declare global {
  interface Window {
    __bench: PageTimes;
    __benchDrop: DataTransfer;
  }
}

/**
 * Builds the dropped files in the page first (decoding them is test work, not app work, and must not
 * count as the app's long task), then dispatches the drop and returns its time.
 */
async function dropPrepared(page: Awaited<ReturnType<typeof startApp>>['page'], files: DroppedFile[]): Promise<number> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const file of list)
      transfer.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type ?? '' }));
    window.__benchDrop = transfer;
  }, files);
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const droppedAt = performance.now();
    const target = document.querySelector('.timeline-area') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop'])
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: window.__benchDrop }));
    return droppedAt;
  });
}

async function runCase(count: number, bytesPerArticle: number): Promise<void> {
  const app = await startApp();
  const { page } = app;
  try {
    await page.evaluate(() => {
      const times: PageTimes = { finishedAt: null, lastTimelineChange: 0, firstChangeAfterFinish: null, longTasks: [] };
      window.__bench = times;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) times.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
      new MutationObserver(() => {
        if (times.finishedAt === null && document.querySelector('[data-testid="import-title"]')?.textContent === 'Import finished')
          times.finishedAt = performance.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
      new MutationObserver(() => {
        times.lastTimelineChange = performance.now();
        if (times.finishedAt !== null && times.firstChangeAfterFinish === null) times.firstChangeAfterFinish = times.lastTimelineChange;
      }).observe(document.querySelector('.timeline-container')!, { subtree: true, childList: true });
    });
    const files = generatedFiles(count, undefined, bytesPerArticle);
    const megabytes = files.reduce((n, f) => n + (f.base64.length * 3) / 4, 0) / 1e6;
    const droppedAt = await dropPrepared(page, files);
    await page.waitForFunction(() => window.__bench.finishedAt !== null, undefined, { timeout: 1_200_000, polling: 500 });
    // The timeline redraws for the imported events after the last file; wait until it has started
    // drawing and then not changed for SETTLE_MS.
    await page.waitForFunction(
      (settle) => {
        const times = window.__bench;
        return times.lastTimelineChange > (times.finishedAt ?? Infinity) && performance.now() - times.lastTimelineChange > settle;
      },
      SETTLE_MS,
      { timeout: 120_000, polling: 100 },
    );
    const times = await page.evaluate(() => window.__bench);
    const imported = await page.locator('.import-summary').getAttribute('data-imported');
    const drawn = await page.locator('.event-item-content').count();
    const buckets = await page.locator('.vis-item.bucket-item').count();
    const finishedAt = times.finishedAt!;
    const totalMs = finishedAt - droppedAt;
    const during = times.longTasks.filter((task) => task.start >= droppedAt && task.start <= finishedAt);
    const longest = during.reduce((max, task) => Math.max(max, task.duration), 0);
    const longestAfter = times.longTasks.filter((task) => task.start > finishedAt).reduce((max, task) => Math.max(max, task.duration), 0);
    const timelineMs = Math.max(0, times.lastTimelineChange - finishedAt);
    const heap = await page.evaluate(
      () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    );
    console.log(`bench:import: ${count} generated articles (${megabytes.toFixed(1)} MB) dropped at once (Chromium, built renderer)`);
    console.log(`  imported:                       ${imported} articles, ${drawn} event items and ${buckets} aggregates drawn at the end`);
    console.log(`  total import time:              ${(totalMs / 1000).toFixed(2)} s`);
    console.log(`  articles per second:            ${(count / (totalMs / 1000)).toFixed(1)}`);
    console.log(`  longest main-thread task:       ${longest.toFixed(0)} ms during the import (${during.length} long tasks > 50 ms)`);
    console.log(`  longest task after the import:  ${longestAfter.toFixed(0)} ms (final list + timeline refresh)`);
    console.log(
      `  timeline drawn after last file: ${timelineMs.toFixed(0)} ms (first items after ${Math.max(0, (times.firstChangeAfterFinish ?? finishedAt) - finishedAt).toFixed(0)} ms)`,
    );
    if (process.env.BENCH_VERBOSE) console.log(during.map((t) => `${(t.start - droppedAt).toFixed(0)}:${t.duration.toFixed(0)}`).join(' '));
    console.log(`  page heap at the end:           ${(heap / 1e6).toFixed(0)} MB`);
    if (app.pageErrors.length > 0) console.log(`  page errors: ${app.pageErrors.join(' | ')}`);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  await runCase(COUNT, 0);
  if (process.argv.includes('--large')) await runCase(LARGE.count, LARGE.bytesPerArticle);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
