// `npm run bench:timeline`: the real renderer in headless Chromium (the e2e harness) on synthetic bursty cases of
// 1,000, 10,000 and 100,000 events stored in IndexedDB (test/e2e/seed-events.ts), and plain vis-timeline with all
// items handed over at once on 1,000 and 10,000 of the same events. Prints one line per case: first paint (from
// navigation start until the drawn items stop changing, whole case in view), zoom and pan frame p95 (wheel-zooming,
// dragging), main-thread heap; then the time from changing a type filter to the redrawn view, and from typing a
// participant's name to highlighted results, at 100,000 events. Run it alone: other work on the machine skews every figure.
// Both the app and plain vis-timeline are measured in a fresh tab, as a desktop window opens: the page that seeded
// the case is closed first, so its unloading is not counted in either figure.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, startApp, type AppSession } from '../e2e/harness';
import { seedSyntheticCase, syntheticCase } from '../e2e/seed-events';
import { dragPan, frameTimes, heapMb, p95, PROBE_SCRIPT, waitForStill, wheelZoom } from './frame-probe';

const SIZES = (process.env.BENCH_TIMELINE_SIZES ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const PLAIN_SIZES = (process.env.BENCH_PLAIN_SIZES ?? '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const fmt = (value: number): string => value.toFixed(0);

/** One output line of a case, exactly as the issue specifies. */
function caseLine(name: string, count: number, firstPaint: number, figures: { zoom: number; pan: number; heap: number }): string {
  const timing = `first-paint-ms=${fmt(firstPaint)} zoom-p95-ms=${fmt(figures.zoom)} pan-p95-ms=${fmt(figures.pan)}`;
  return `${name} N=${count} ${timing} heap-mb=${fmt(figures.heap)}`;
}

async function interactions(page: Page, selector: string): Promise<{ zoom: number; pan: number; heap: number }> {
  const zoom = p95(await frameTimes(page, () => wheelZoom(page, selector)));
  await page.waitForTimeout(1_000);
  const pan = p95(await frameTimes(page, () => dragPan(page, selector)));
  await page.waitForTimeout(1_000);
  return { zoom, pan, heap: await heapMb(page) };
}

/** Waits until the timeline's window count has been redrawn after `act` and returns the elapsed ms. */
async function timeToRedraw(
  page: Page,
  act: () => Promise<void>,
  done: (arg: string | null) => boolean,
  arg: string | null,
): Promise<number> {
  await page.evaluate(() => (window.__probe.lastChange = 0));
  const started = await page.evaluate(() => performance.now());
  await act();
  await page.waitForFunction(done, arg, { timeout: 60_000, polling: 'raf' });
  const changed = await waitForStill(page, 600, 60_000);
  return changed - started;
}

/** Opens `url` in a new tab with the probe installed, closing the session's other pages; page errors are still collected. */
async function freshTab(app: AppSession, url: string, before?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await app.context.newPage();
  for (const open of app.context.pages()) if (open !== page) await open.close();
  page.on('pageerror', (error) => app.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') app.pageErrors.push(message.text());
  });
  await page.addInitScript(PROBE_SCRIPT);
  await before?.(page);
  await page.goto(url, { waitUntil: 'commit' });
  return page;
}

async function benchApp(count: number): Promise<void> {
  const app = await startApp({ blockForeign: false });
  try {
    await seedSyntheticCase(app.page, app.origin, { count });
    await app.page.waitForTimeout(2_500); // the first open saves its fitted view; let it settle
    const page = await freshTab(app, `${app.origin}/`);
    const firstPaint = await waitForStill(page, 2_000);
    const figures = await interactions(page, '.timeline-container');
    console.log(caseLine('timeline', count, firstPaint, figures));
    if (count === 100_000) await filterAndSearch(page, count);
    if (app.pageErrors.length > 0) console.log(`  page errors: ${app.pageErrors.slice(0, 3).join(' | ')}`);
  } finally {
    await app.close();
  }
}

async function filterAndSearch(page: Page, count: number): Promise<void> {
  await page.getByRole('button', { name: 'Fit all' }).click();
  await waitForStill(page, 1_000);
  await page.getByRole('button', { name: 'Filters' }).click();
  const before = await page.locator('.window-count').getAttribute('data-count');
  const filterMs = await timeToRedraw(
    page,
    () => page.getByRole('checkbox', { name: 'Meeting' }).check(),
    (previous) => document.querySelector('.window-count')?.getAttribute('data-count') !== previous,
    before,
  );
  console.log(`filter N=${count} ms=${fmt(filterMs)}`);
  await page.getByRole('checkbox', { name: 'Meeting' }).uncheck();
  await page.getByRole('button', { name: 'Filters' }).click();
  // The full-text index builds in the worker after start-up: wait until it answers, then time one search.
  await page.getByRole('searchbox', { name: 'Search' }).fill('Lindqvist');
  await page.locator('.search-hit').first().waitFor({ timeout: 120_000 });
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.waitForFunction(() => document.querySelectorAll('.search-hit').length === 0);
  await waitForStill(page, 1_000);
  const searchMs = await timeToRedraw(
    page,
    () => page.getByRole('searchbox', { name: 'Search' }).pressSequentially('Amara Okafor', { delay: 0 }),
    (typed) =>
      document.querySelectorAll('.vis-item.is-search-hit, .vis-item.bucket-item').length > 0 &&
      document.querySelector('.search-hit') !== null &&
      document.querySelector<HTMLInputElement>('.search-box input')?.value === typed,
    'Amara Okafor',
  );
  console.log(`search N=${count} ms=${fmt(searchMs)}`);
}

async function benchPlain(count: number, bundle: string, css: string): Promise<void> {
  const app = await startApp({ blockForeign: false });
  try {
    const items = syntheticCase(count).events.map((event) => {
      const range = event.end !== event.start;
      return {
        id: event.id,
        content: event.label,
        start: event.start,
        type: range ? 'range' : 'box',
        ...(range ? { end: event.end } : {}),
      };
    });
    const html =
      `<!doctype html><html><head><style>${css} html,body{margin:0;height:100%} #timeline{height:100vh}</style></head>` +
      `<body><div id="timeline"></div><script>${bundle}</script><script>window.plainVis(${JSON.stringify(items)})</script></body></html>`;
    const url = `${app.origin}/plain-vis-timeline.html`;
    const page = await freshTab(app, url, (tab) => tab.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html' })));
    const firstPaint = await waitForStill(page, 2_000, 300_000);
    const figures = await interactions(page, '#timeline');
    console.log(caseLine('vis-timeline-plain', count, firstPaint, figures));
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const bundle = await readFile(path.join(REPO_ROOT, 'dist/bench/plain-vis-page.js'), 'utf8');
  const css = await readFile(path.join(REPO_ROOT, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'), 'utf8');
  console.log('bench:timeline: built renderer in headless Chromium; synthetic bursty events over ten years (noisy while other work runs)');
  for (const count of SIZES) await benchApp(count);
  for (const count of PLAIN_SIZES) await benchPlain(count, bundle, css);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
