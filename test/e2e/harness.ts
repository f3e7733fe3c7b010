// Shared set-up of the end-to-end tests: serve dist/renderer with `vite preview` on a free port, launch
// Chromium with a fresh persistent profile (so a reload keeps IndexedDB), record every request that
// leaves the preview server's origin, and helpers to drop files onto the window and save screenshots.

import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results/screenshots');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface AppSession {
  page: Page;
  context: BrowserContext;
  origin: string;
  /** URLs of requests to anything but the preview server (recorded, and blocked unless `blockForeign` is false). */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions of the page (CSP violations show up here too). */
  pageErrors: string[];
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface StartOptions {
  /**
   * Block foreign requests by intercepting every request (the default). Interception sends each request through the
   * test process and back, which delays every script and worker fetch: benchmarks turn it off and only record.
   */
  blockForeign?: boolean;
}

export async function startApp({ blockForeign = true }: StartOptions = {}): Promise<AppSession> {
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: path.join(REPO_ROOT, 'renderer'),
    configFile: path.join(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const origin = `http://127.0.0.1:${port}`;
  const profileDir = await mkdtemp(path.join(tmpdir(), 'timeline-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    timezoneId: 'UTC',
    locale: 'en-GB',
  });
  const foreignRequests: string[] = [];
  if (blockForeign)
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url === origin) return route.continue();
      foreignRequests.push(url);
      return route.abort('blockedbyclient');
    });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:') && !foreignRequests.includes(url))
      foreignRequests.push(url);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A failed load names its resource only in its location. Chromium asks any document without an icon link for
    // /favicon.ico: the app's page names its icon, the seeding page (a static CSS file, seed-events.ts) cannot.
    const url = message.location().url;
    if (url && new URL(url).pathname === '/favicon.ico') return;
    pageErrors.push(`${message.text()}${url ? ` (${url})` : ''}`);
  });
  await page.goto(`${origin}/`);
  await page.getByRole('toolbar', { name: 'Timeline tools' }).waitFor();
  return {
    page,
    context,
    origin,
    foreignRequests,
    pageErrors,
    close: async () => {
      await context.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

export interface DroppedFile {
  name: string;
  /** File content as base64 (so any bytes, including none, can be sent). */
  base64: string;
  type?: string;
}

export const textFile = (name: string, text: string, type = 'text/plain'): DroppedFile => ({
  name,
  base64: Buffer.from(text, 'utf8').toString('base64'),
  type,
});

/** Simulates dragging files from the desktop onto the window: dragenter, dragover, drop with a DataTransfer. */
export async function dropFiles(page: Page, files: DroppedFile[]): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name, { type: file.type ?? '' }));
    }
    const target = document.querySelector('.timeline-area') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, files);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** The data-* attributes of the event items the timeline currently draws. */
export async function timelineItems(page: Page): Promise<Array<Record<string, string>>> {
  return page.$$eval('.vis-item .event-item-content', (nodes) =>
    nodes.map(
      (node) =>
        ({ ...(node as HTMLElement).dataset, label: node.querySelector('.event-item-label')?.textContent ?? '' }) as Record<string, string>,
    ),
  );
}
