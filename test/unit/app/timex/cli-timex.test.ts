// The timex CLI (main/cli/timex.ts): reads a file through the shared ingest, anchors on --dct or the date the
// ingest finds, and prints TIMEX3 expressions with offsets into the decoded text.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../../../..');
const work = mkdtempSync(path.join(tmpdir(), 'timex-cli-'));
const cli = path.join(work, 'timex.mjs');
const example = path.resolve(repoRoot, '../shared/articles/wang-yi-putin-2023-09-21.txt');

interface PrintedTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

function run(args: string[]): PrintedTimex[] {
  return JSON.parse(execFileSync('node', [cli, ...args], { encoding: 'utf8' })) as PrintedTimex[];
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  buildSync({
    entryPoints: [path.join(repoRoot, 'main/cli/timex.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: cli,
    logLevel: 'warning',
  });
});

describe('timex CLI', () => {
  it('anchors on the date in the file name and gives offsets into the text', () => {
    const timexes = run([example]);
    const text = readFileSync(example, 'utf8');
    const byText = new Map(timexes.map((t) => [t.text, t.value]));
    expect(byText.get('next month')).toBe('2023-10');
    expect(byText.get('February last year')).toBe('2022-02');
    for (const t of timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('lets --dct override the publication date', () => {
    const byText = new Map(run(['--dct', '2024-03-10', example]).map((t) => [t.text, t.value]));
    expect(byText.get('next month')).toBe('2024-04');
    expect(byText.get('February last year')).toBe('2023-02');
  });

  it('decodes HTML through the ingest: offsets point into the extracted text, not the markup', () => {
    const page = path.join(work, 'story.html');
    writeFileSync(
      page,
      '<html><head><meta property="article:published_time" content="2024-05-03T08:00:00Z"><script>var x="2019";</script></head><body><p>The talks resumed <b>yesterday</b>.</p></body></html>',
    );
    expect(run([page]).map((t) => [t.text, t.value])).toEqual([['yesterday', '2024-05-02']]);
  });

  it('exits non-zero with the file name for a bad file or a bad --dct', () => {
    const missing = spawnSync('node', [cli, path.join(work, 'missing.txt')], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('missing.txt');
    const badDct = spawnSync('node', [cli, '--dct', '21/09/2023', example], { encoding: 'utf8' });
    expect(badDct.status).toBe(2);
    expect(badDct.stderr).toContain('--dct must be YYYY-MM-DD');
  });
});
