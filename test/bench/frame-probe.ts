// In-page probes of `npm run bench:timeline`: when the drawn timeline last changed (MutationObserver on the items),
// and frame times while zooming or panning (requestAnimationFrame deltas), with their 95th percentile.

import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __probe: { lastChange: number; frames: number[]; recording: boolean };
  }
}

/** Installed before any page script runs: records the time of every change to the drawn timeline items. */
export const PROBE_SCRIPT = `
  window.__probe = { lastChange: 0, frames: [], recording: false };
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      if (target instanceof Element && target.closest('.vis-itemset, .vis-labelset')) {
        window.__probe.lastChange = performance.now();
        return;
      }
    }
  }).observe(document, { subtree: true, childList: true });
  const tick = (now) => { if (window.__probe.recording) window.__probe.frames.push(now); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
`;

/** First paint: the last change to the drawn items once they have been still for `quietMs` (ms since navigation). */
export async function waitForStill(page: Page, quietMs = 2_000, timeoutMs = 120_000): Promise<number> {
  await page.waitForFunction((quiet) => window.__probe.lastChange > 0 && performance.now() - window.__probe.lastChange > quiet, quietMs, {
    timeout: timeoutMs,
    polling: 100,
  });
  return page.evaluate(() => window.__probe.lastChange);
}

export const p95 = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
};

/** Frame times (ms) while `interact` runs. */
export async function frameTimes(page: Page, interact: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    window.__probe.frames = [];
    window.__probe.recording = true;
  });
  await interact();
  await page.waitForTimeout(300);
  const stamps = await page.evaluate(() => {
    window.__probe.recording = false;
    return window.__probe.frames;
  });
  return stamps.slice(1).map((stamp, i) => stamp - stamps[i]!);
}

/** Wheel-zooms in and out over the middle of `selector`. */
export async function wheelZoom(page: Page, selector: string): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
  for (const delta of [...Array(5).fill(-120), ...Array(5).fill(120)]) {
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(60);
  }
}

/** Drags the timeline left then right. */
export async function dragPan(page: Page, selector: string): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  const y = box.y + box.height / 3;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(x - i * 25, y, { steps: 1 });
  for (let i = 11; i >= 0; i--) await page.mouse.move(x - i * 25, y, { steps: 1 });
  await page.mouse.up();
}

/** Used JS heap of the page's main thread, in MB (Chrome DevTools Protocol). */
export async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usedSize / 1_048_576;
}
