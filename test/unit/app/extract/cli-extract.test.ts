// The extract CLI (main/cli/extract.ts): one JSON object for several files, shared ingest (publication date from
// the file name or --dct), and an "error" entry instead of "events" for a file that cannot be read. Built as
// package.json builds it (esbuild with code splitting): pdf.js is a chunk loaded only when a PDF is read.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../../../..');
const work = mkdtempSync(path.join(tmpdir(), 'extract-cli-'));
const cli = path.join(work, 'extract.mjs');

interface CliOutput {
  documents: {
    file: string;
    title?: string;
    published?: string;
    publishedSource?: string;
    error?: string;
    events?: {
      label: string;
      start: string;
      end: string;
      status: string;
      participants: string[];
      places: string[];
      evidence: { start: number; end: number; text: string }[];
    }[];
  }[];
}

function run(args: string[]): CliOutput {
  return JSON.parse(execFileSync('node', [cli, ...args], { encoding: 'utf8' })) as CliOutput;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  buildSync({
    entryPoints: [path.join(repoRoot, 'main/cli/extract.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    splitting: true,
    outdir: work,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
});

describe('extract CLI', () => {
  it('prints the events of each file and an error for a file that fails, without stopping', () => {
    const article = path.join(work, 'leaders-2024-03-18.txt');
    writeFileSync(article, 'Chancellor Olaf Scholz met Prime Minister Fumio Kishida in Tokyo on Monday.\n');
    const missing = path.join(work, 'missing.txt');
    const out = run([article, missing]);
    expect(out.documents).toHaveLength(2);
    const [ok, failed] = out.documents;
    expect(ok).toMatchObject({ file: article, published: '2024-03-18', publishedSource: 'filename' });
    expect(ok!.events!.map((e) => [e.label, e.start, e.end, e.status, e.participants, e.places])).toEqual([
      ['Olaf Scholz meets Fumio Kishida', '2024-03-18', '2024-03-18', 'occurred', ['Olaf Scholz', 'Fumio Kishida'], ['Tokyo']],
    ]);
    expect(ok!.events![0]!.evidence[0]!.text).toContain('met Prime Minister');
    expect(failed!.events).toBeUndefined();
    expect(failed!.error).toMatch(/ENOENT|no such file/);
  });

  it('lets --dct override the publication date', () => {
    const article = path.join(work, 'undated.txt');
    writeFileSync(article, 'Chancellor Olaf Scholz will visit Tokyo next month.\n');
    const out = run(['--dct', '2024-03-18', article]);
    expect(out.documents[0]).toMatchObject({ published: '2024-03-18', publishedSource: 'override' });
    expect(out.documents[0]!.events!.map((e) => [e.start, e.end, e.status])).toEqual([['2024-04-01', '2024-04-30', 'planned']]);
  });

  it('keeps pdf.js out of the entry file and still reads a PDF through the lazily loaded chunk', () => {
    // pdf.js is 3 MB of source; parsing it at start-up cost every run of the command, also on .txt input.
    const entry = readFileSync(cli, 'utf8');
    expect(entry).not.toContain('PDFDocumentProxy');
    expect(entry.length).toBeLessThan(2_000_000);
    const pdf = path.join(repoRoot, 'test/fixtures/formats/article.pdf');
    const out = run([pdf]);
    expect(out.documents[0]).toMatchObject({ title: 'Norway and Chile agree to deepen ocean cooperation', published: '2024-03-14' });
    expect(out.documents[0]!.events!.map((e) => e.label)).toContain('Espen Barth Eide meets Alberto van Klaveren');
  });
});
