// Exports end to end in the browser build: the example article plus an analyst's event list whose labels
// are spreadsheet formulas, exported through the Export… dialog as CSV (formula cells neutralised), JSON
// (the right events with their sources), PDF (event names as extractable text, read back with pdfjs-dist),
// PNG at 3× scale, SVG with title and subtitle, a custom date range that leaves events out, every format (and the
// Table view) under a filter and a search together, and Copy image.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, REPO_ROOT, screenshot, SHARED_DIR, startApp, textFile, type AppSession } from './harness';

const ARTICLE_NAME = 'wang-yi-putin-2023-09-21.txt';
const FORMULAS = ['=HYPERLINK("http://evil.example/x","Click me")', "+1+cmd|' /C calc'!A0", '-2+3 talks', '@SUM(1+1) summit'];
const EVENT_LIST = [
  'When;Until;Event;Category;Where;Who;Status;Notes;Source',
  ...FORMULAS.map((label, i) => `2023-09-${25 + i};;"${label.replace(/"/g, '""')}";meeting;Moscow;Sergei Lavrov;occurred;;`),
].join('\r\n');

let app: AppSession;

interface JsonExport {
  eventCount: number;
  events: {
    label: string;
    type: string;
    start: string;
    end: string;
    sources: { fileName: string; articleTitle: string; sentences: string[] }[];
  }[];
}

/** A small RFC 4180 reader for the exported CSV. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let [row, field, quoted] = [[] as string[], '', false];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') [row, field] = [[...row, field], ''];
    else if (ch === '\r' && text[i + 1] === '\n') [rows[rows.length], row, field, i] = [[...row, field], [], '', i + 1];
    else field += ch;
  }
  return rows;
}

/** Opens the export dialog, picks the format, lets `configure` set options, exports and returns the download. */
async function exportAs(format: 'PNG' | 'SVG' | 'PDF' | 'CSV' | 'JSON', configure?: () => Promise<void>): Promise<Buffer> {
  const { page } = app;
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  await configure?.();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: `Export ${format}` }).click()]);
  const saved = path.join(REPO_ROOT, 'test-results/exports', `e2e-${download.suggestedFilename()}`);
  await download.saveAs(saved);
  await dialog.waitFor({ state: 'detached' });
  return readFile(saved);
}

const dialog = () => app.page.getByRole('dialog', { name: 'Export' });
const allEvents = async () => void (await dialog().getByRole('radio', { name: 'All events' }).check());

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join('\n');
}

let exported: JsonExport;
/** Labels of the example article's events (from the JSON export, i.e. from the data). */
let articleLabels: string[];

beforeAll(async () => {
  app = await startApp();
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  const article = await readFile(path.join(SHARED_DIR, 'articles', ARTICLE_NAME), 'utf8');
  await dropFiles(app.page, [textFile(ARTICLE_NAME, article), textFile('formula-events.csv', EVENT_LIST, 'text/csv')]);
  for (const name of [ARTICLE_NAME, 'formula-events.csv'])
    await app.page.locator(`.import-row[data-file-name="${name}"][data-state="imported"]`).waitFor({ timeout: 30_000 });
  const card = app.page.locator('.article-card').filter({ hasText: 'wang-yi-putin' });
  await card.getByLabel('Publication date').fill('2023-09-21');
  await card.getByLabel('Publication date').press('Enter');
  await app.page.waitForFunction(() => document.querySelectorAll('.vis-item .event-item-content').length >= 8, undefined, {
    timeout: 20_000,
  });
}, 120_000);
afterAll(async () => app?.close());

describe('exports', () => {
  it('exports JSON that parses to the events of both files, with sources and sentences', async () => {
    exported = JSON.parse((await exportAs('JSON', allEvents)).toString('utf8')) as JsonExport;
    expect(exported.eventCount).toBe(exported.events.length);
    const fromArticle = exported.events.filter((event) => event.sources.some((source) => source.fileName === ARTICLE_NAME));
    expect(fromArticle.map((event) => [event.type, event.start, event.end]).sort()).toEqual([
      ['forum', '2023-10-01', '2023-10-31'],
      ['invasion', '2022-02-01', '2022-02-28'],
      ['meeting', '2023-09-21', '2023-09-21'],
      ['visit', '2023-10-01', '2023-10-31'],
    ]);
    for (const event of fromArticle) expect(event.sources[0]!.sentences.join(' ').length).toBeGreaterThan(20);
    const formulaLabels = exported.events.filter((event) => FORMULAS.includes(event.label)).map((event) => event.label);
    expect(formulaLabels.sort()).toEqual([...FORMULAS].sort());
    articleLabels = fromArticle.map((event) => event.label);
  });

  it('exports CSV with one row per event and the formula labels neutralised', async () => {
    const text = (await exportAs('CSV', allEvents)).toString('utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = parseCsv(text);
    expect(header!.slice(0, 6)).toEqual(['id', 'start', 'end', 'precision', 'type', 'label']);
    expect(rows).toHaveLength(exported.events.length);
    const labels = rows.map((row) => row[5]!);
    for (const formula of FORMULAS) expect(labels).toContain(`'${formula}`);
    for (const label of articleLabels) expect(labels).toContain(label);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("exports a PDF whose text holds the names of the example article's events", async () => {
    const pdf = await exportAs('PDF', allEvents);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(pdf);
    for (const label of articleLabels) expect(text).toContain(label);
    expect(text).toContain('Event timeline');
  });

  it('exports a PNG at 3× scale of the chosen width', async () => {
    const widthAndScale = async () => {
      await allEvents();
      await dialog().getByLabel('Width (px)').fill('1000');
      await dialog().getByLabel('Scale').selectOption('3');
    };
    const svg = (await exportAs('SVG', widthAndScale)).toString('utf8');
    const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)?.[1]);
    const png = await exportAs('PNG', widthAndScale);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(3000);
    expect(png.readUInt32BE(20)).toBe(3 * height);
  });

  it('exports an SVG with the title and subtitle, lanes by type and the bundled font embedded', async () => {
    const svg = (
      await exportAs('SVG', async () => {
        await allEvents();
        await dialog().getByLabel('Title', { exact: true }).fill('Russia & China, 2022–2023');
        await dialog().getByLabel('Subtitle', { exact: true }).fill('From one TASS report');
        await dialog().getByLabel('Lanes').selectOption('type');
        await screenshot(app.page, 'export-dialog');
      })
    ).toString('utf8');
    const parsed = await app.page.evaluate((text) => {
      const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      const texts = (selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent);
      return {
        title: texts('text.title'),
        subtitle: texts('text.subtitle'),
        bands: texts('text.band-label'),
        labels: texts('g.event text'),
      };
    }, svg);
    expect(parsed.title).toEqual(['Russia & China, 2022–2023']);
    expect(parsed.subtitle).toEqual(['From one TASS report']);
    expect(parsed.bands).toEqual(['Meeting', 'Visit', 'Forum / summit', 'Invasion']);
    for (const label of articleLabels) expect(parsed.labels.some((drawn) => drawn?.startsWith(label))).toBe(true);
    expect(svg).toContain("@font-face { font-family: 'Export Sans'");
    expect(svg).toContain('data:font/woff;base64,');
  });

  it('leaves out events outside a custom date range', async () => {
    const customRange = async () => {
      await dialog().getByRole('radio', { name: 'Custom dates' }).check();
      await dialog().getByLabel('From', { exact: true }).fill('2023-09-01');
      await dialog().getByLabel('To', { exact: true }).fill('2023-09-30');
    };
    const rows = parseCsv((await exportAs('CSV', customRange)).toString('utf8').replace(/^\uFEFF/, '')).slice(1);
    const starts = rows.map((row) => row[1]!);
    expect(starts.length).toBeGreaterThanOrEqual(5); // the meeting and the four formula rows
    for (const start of starts) expect(start >= '2023-09-01' && start <= '2023-09-30').toBe(true);
    const invasion = exported.events.find((event) => event.type === 'invasion')!;
    const svg = (await exportAs('SVG', customRange)).toString('utf8');
    expect(svg).not.toContain(invasion.label);
    expect(svg).toContain('1 Sep 2023 – 30 Sep 2023');
  });

  it('exports only what the filters and the search show, in every format, as the Table view lists it', async () => {
    const { page } = app;
    // The formula rows name Sergei Lavrov (the article does not) and fall on 25–28 September; From 27 September keeps two.
    await page.getByRole('searchbox', { name: 'Search' }).fill('Lavrov');
    await expect
      .poll(() => page.getByRole('region', { name: 'Search results' }).locator('.search-hit').count(), { timeout: 20_000 })
      .toBe(4);
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('group', { name: 'Filters' }).getByLabel('From', { exact: true }).fill('2023-09-27');
    await page.getByRole('button', { name: 'Filters •' }).click();
    const wanted = FORMULAS.slice(2).sort();
    const others = [...FORMULAS.slice(0, 2), ...articleLabels];

    const csv = parseCsv((await exportAs('CSV', allEvents)).toString('utf8').replace(/^\uFEFF/, '')).slice(1);
    expect(csv.map((row) => row[5]!.replace(/^'/, '')).sort()).toEqual(wanted);
    const json = JSON.parse((await exportAs('JSON', allEvents)).toString('utf8')) as JsonExport & {
      search: string;
      filters: { from: string };
    };
    expect(json.events.map((event) => event.label).sort()).toEqual(wanted);
    expect([json.search, json.filters.from]).toEqual(['Lavrov', '2023-09-27']);
    const svg = (await exportAs('SVG', allEvents)).toString('utf8');
    const drawn = await page.evaluate(
      (text) =>
        [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('g.event text')].map((node) => node.textContent),
      svg,
    );
    expect(drawn).toHaveLength(2);
    for (const label of wanted) expect(drawn.some((text) => text?.startsWith(label))).toBe(true);
    const pdf = await pdfText(await exportAs('PDF', allEvents));
    for (const label of wanted) expect(pdf).toContain(label);
    for (const label of others) expect(pdf).not.toContain(label);
    await exportAs('PNG', allEvents);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/Exported 2 events/);

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.locator('.event-table[data-complete="true"]');
    await expect.poll(() => table.getAttribute('data-row-count'), { timeout: 10_000 }).toBe('2');
    await screenshot(page, 'table-filtered-and-searched');
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await expect.poll(() => page.locator('.vis-item .event-item-content').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(8);
  });

  it('puts the PNG on the clipboard with Copy image', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export…' }).click();
    await dialog().getByRole('button', { name: 'Copy image' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
      .toMatch(/Copied an image of \d+ events? to the clipboard/);
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item!.getType('image/png');
      return [...new Uint8Array(await blob.arrayBuffer()).subarray(0, 8)];
    });
    expect(copied).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
