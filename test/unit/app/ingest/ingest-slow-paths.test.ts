// Hostile-but-plausible inputs that once made the ingest quadratic. Each input is generated here, large enough
// that a quadratic path would take minutes, with a generous time bound (several times the linear cost on a
// busy 2-core machine), so the test fails if the path turns quadratic again.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../../app/ingest/ingest';
import { markdownToText } from '../../../../app/ingest/markdown-to-text';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function timedIngest(fileName: string, text: string): Promise<{ ms: number; text: string }> {
  const started = performance.now();
  const outcome = await ingestFile({ fileName, bytes: encode(text) });
  const ms = performance.now() - started;
  if (!outcome.ok) throw new Error(outcome.error);
  return { ms, text: outcome.article.text };
}

function timed<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

const PARAGRAPH = 'Ministers met in Vienna on Monday to discuss the river accord and shipping lanes. ';

describe('HTML slow paths', () => {
  it('chooses the content root among 250 nested <article> elements around 1 MB of text in linear time', async () => {
    const body = `<p>${PARAGRAPH.repeat(12)}</p>`.repeat(1_000); // ~1 MB
    const html = `<html><body>${'<article>'.repeat(250)}${body}${'</article>'.repeat(250)}</body></html>`;
    const { ms, text } = await timedIngest('nested.html', html);
    expect(text.length).toBeGreaterThan(900_000);
    expect(ms).toBeLessThan(8_000);
  });

  it('reads a 100,000-level nested page', async () => {
    const html = `<body>${'<div><span>'.repeat(50_000)}<p>${PARAGRAPH}</p></body>`;
    const { ms, text } = await timedIngest('deep.html', html);
    expect(text).toBe(PARAGRAPH.trim());
    expect(ms).toBeLessThan(8_000);
  });

  it('reads a 1 MB line with no spaces, as HTML and as plain text', async () => {
    const line = 'x'.repeat(1 << 20);
    const html = await timedIngest('line.html', `<p>${line}</p>`);
    expect(html.text.length).toBe(1 << 20);
    expect(html.ms).toBeLessThan(8_000);
    const txt = await timedIngest('line.txt', line);
    expect(txt.text.length).toBe(1 << 20);
    expect(txt.ms).toBeLessThan(8_000);
  });

  it('keeps many <br>s in one paragraph linear', async () => {
    const { ms, text } = await timedIngest('breaks.html', `<p>${'a line<br>'.repeat(100_000)}</p>`);
    expect(text.split('\n')).toHaveLength(100_000);
    expect(ms).toBeLessThan(8_000);
  });
});

describe('Markdown slow paths', () => {
  it("reads '**a ' repeated to 160 KB in well under a second", () => {
    const source = '**a '.repeat(40_000);
    const { ms, value } = timed(() => markdownToText(source));
    expect(value.text.match(/a/g)).toHaveLength(40_000);
    expect(ms).toBeLessThan(1_000);
  });

  it("reads '[a](' repeated to 160 KB in well under a second", () => {
    const source = '[a]('.repeat(40_000);
    const { ms, value } = timed(() => markdownToText(source));
    expect(value.text.length).toBeGreaterThan(40_000);
    expect(ms).toBeLessThan(1_000);
  });

  it('reads other unclosed-delimiter floods in linear time', () => {
    for (const unit of ['*a ', '_a ', '`a ', '![a](', '[a]', '<a ', '~~a ', '&amp', '\\*a ']) {
      const { ms } = timed(() => markdownToText(unit.repeat(Math.ceil(160_000 / unit.length))));
      expect(ms, unit).toBeLessThan(1_500);
    }
  });
});
