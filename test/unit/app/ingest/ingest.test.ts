// ingestFile / ingestPastedText end to end: formats, titles, ids, publication dates and every error.
import { describe, expect, it } from 'vitest';
import { ingestFile, ingestPastedText, type IngestOutcome } from '../../../../app/ingest/ingest';
import type { Article } from '../../../../app/model/article';
import { readFixture } from './read-fixture';

function article(outcome: IngestOutcome): Article {
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.article;
}

describe('ingestFile errors', () => {
  it.each([
    ['notes.xyz', readFixture('article-utf8.txt'), 'notes.xyz: unsupported file type'],
    ['report.pdf', new Uint8Array(0), 'report.pdf: file is empty'],
    ['x.pdf', new TextEncoder().encode('%PDF-1.7 ...'), 'x.pdf: the PDF is damaged or truncated'],
    ['memo.docx', Uint8Array.of(0x50, 0x4b, 3, 4), 'memo.docx: the Word document is damaged or truncated'],
    ['mail.eml', new TextEncoder().encode('From: a'), 'mail.eml: no text found in the file'],
    ['x.rtf', new TextEncoder().encode('{\\rtf1'), 'x.rtf: no text found in the file'],
    ['list.csv', readFixture('binary-garbage.txt'), 'list.csv: not a text file (binary content)'],
    ['binary-garbage.txt', readFixture('binary-garbage.txt'), 'binary-garbage.txt: not a text file (binary content)'],
    ['blank.html', new TextEncoder().encode('<html><script>x()</script></html>'), 'blank.html: no text found in the file'],
  ])('%s', async (fileName, bytes, error) => {
    expect(await ingestFile({ fileName, bytes })).toEqual({ ok: false, fileName, error });
  });

  it('rejects files over the 50 MB limit with their size', async () => {
    const outcome = await ingestFile({ fileName: 'x.txt', bytes: new Uint8Array(62 * 1024 * 1024).fill(0x61) });
    expect(outcome).toEqual({ ok: false, fileName: 'x.txt', error: 'x.txt: file is too large (62 MB; limit 50 MB)' });
  });
});

describe('ingestFile articles', () => {
  it('reads a plain-text article: id, format, title from the file name, year-less dateline warning', async () => {
    const bytes = readFixture('article-utf8.txt');
    const outcome = await ingestFile({ fileName: 'article-utf8.txt', bytes });
    const read = article(outcome);
    expect(read).toMatchObject({ fileName: 'article-utf8.txt', format: 'txt', title: 'Article Utf8', byteLength: bytes.byteLength });
    expect(read.id).toMatch(/^[0-9a-f]{64}$/);
    expect(read.published).toBeNull();
    expect(outcome.ok && outcome.warnings.join(' ')).toMatch(/OSLO, March 14 \(Nordwire\) -' has no year/);
    expect(Date.now() - Date.parse(read.importedAt)).toBeLessThan(60_000);
  });

  it('gives the same id to the same bytes and different ids to different bytes', async () => {
    const first = article(await ingestFile({ fileName: 'a.txt', bytes: readFixture('article-utf8.txt') }));
    const again = article(await ingestFile({ fileName: 'renamed.txt', bytes: readFixture('article-utf8.txt') }));
    const bom = article(await ingestFile({ fileName: 'a.txt', bytes: readFixture('article-utf8-bom.txt') }));
    expect(again.id).toBe(first.id);
    expect(bom.id).not.toBe(first.id);
    // SHA-256 of the bytes "abc", a published test vector
    expect(article(await ingestFile({ fileName: 'abc.txt', bytes: new TextEncoder().encode('abc') })).id).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('uses the file-name year for a year-less dateline and a publishedOverride over everything', async () => {
    const bytes = readFixture('article-utf8.txt');
    expect(article(await ingestFile({ fileName: 'oslo-2024-03-15.txt', bytes }))).toMatchObject({
      published: '2024-03-14',
      publishedSource: 'dateline',
      title: 'Oslo',
    });
    expect(article(await ingestFile({ fileName: 'oslo-2024-03-15.txt', bytes, publishedOverride: '2024-03-10' }))).toMatchObject({
      published: '2024-03-10',
      publishedSource: 'override',
    });
  });

  it('reads every encoding fixture to the same text, warning about Windows-1252', async () => {
    const texts = new Set<string>();
    for (const name of [
      'article-utf8.txt',
      'article-utf8-bom.txt',
      'article-crlf.txt',
      'article-utf16le.txt',
      'article-utf16le-nobom.txt',
      'article-utf16be.txt',
      'article-cp1252.txt',
    ]) {
      const outcome = await ingestFile({ fileName: name, bytes: readFixture(name) });
      texts.add(article(outcome).text);
      expect(outcome.ok && outcome.warnings.some((w) => w.includes('Windows-1252'))).toBe(name === 'article-cp1252.txt');
    }
    expect(texts.size).toBe(1);
  });

  it('reads HTML with metadata title and date', async () => {
    const read = article(await ingestFile({ fileName: 'article.html', bytes: readFixture('article.html') }));
    expect(read).toMatchObject({
      format: 'html',
      title: 'Danube ministers sign river accord in Vienna',
      published: '2024-02-08',
      publishedSource: 'metadata',
    });
    expect(read.text).toContain('signed an accord on shipping lanes');
  });

  it('reads a legacy-charset HTML page by its declaration', async () => {
    const read = article(await ingestFile({ fileName: 'article-koi8r.html', bytes: readFixture('article-koi8r.html') }));
    expect(read.title).toBe('Переговоры в Казани');
    expect(read.text).toBe('КАЗАНЬ, 12 марта - Министры транспорта двух стран провели переговоры в Казани во вторник.');
  });

  it('reads markdown with front matter', async () => {
    const read = article(await ingestFile({ fileName: 'article.md', bytes: readFixture('article.md') }));
    expect(read).toMatchObject({
      format: 'md',
      title: 'Lisbon hosts Atlantic ports summit',
      published: '2024-05-06',
      publishedSource: 'metadata',
    });
  });

  it('takes a short first line without final period as the title', async () => {
    const bytes = new TextEncoder().encode('Ferry link talks resume\n\nOfficials met on Tuesday.');
    expect(article(await ingestFile({ fileName: 'x.txt', bytes })).title).toBe('Ferry link talks resume');
  });
});

describe('ingestPastedText', () => {
  it('hashes the UTF-8 bytes, normalises line endings and detects the dateline', async () => {
    const read = article(await ingestPastedText('September 21, 2023 — Talks were held.\r\nMore text.'));
    expect(read).toMatchObject({
      fileName: 'Pasted text',
      format: 'txt',
      text: 'September 21, 2023 — Talks were held.\nMore text.',
      published: '2023-09-21',
      publishedSource: 'dateline',
    });
    const same = article(await ingestPastedText('September 21, 2023 — Talks were held.\nMore text.'));
    expect(same.id).toBe(read.id);
  });

  it('records a date typed with the paste as the user’s, and uses the given title', async () => {
    const read = article(await ingestPastedText('Officials met.', { title: 'My note', published: '2023-09-21' }));
    expect(read).toMatchObject({ title: 'My note', published: '2023-09-21', publishedSource: 'user' });
  });

  it('rejects empty text and warns when no date is found', async () => {
    expect(await ingestPastedText('  \n ')).toEqual({ ok: false, fileName: 'Pasted text', error: 'Pasted text: text is empty' });
    const outcome = await ingestPastedText('Officials met on Tuesday.');
    expect(outcome.ok && outcome.warnings).toEqual(['no publication date found; set it to resolve relative dates']);
    expect(article(outcome).title).toBe('Pasted text');
  });
});
