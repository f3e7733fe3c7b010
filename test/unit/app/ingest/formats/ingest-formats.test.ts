// ingestFile end to end on the PDF, DOCX, EML, RTF, CSV and JSON fixtures: text, title, the publication date
// taken from the document's metadata, and errors that start with the file name.
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../../app/extract/pipeline';
import { ingestFile, type IngestOutcome } from '../../../../../app/ingest/ingest';
import type { Article } from '../../../../../app/model/article';
import { readFormatFixture } from './read-format-fixture';

async function ingest(fileName: string, fixture = fileName): Promise<IngestOutcome> {
  return ingestFile({ fileName, bytes: readFormatFixture(fixture) });
}

function articleOf(outcome: IngestOutcome): Article {
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.article;
}

const TITLE = 'Norway and Chile agree to deepen ocean cooperation';

describe('ingestFile with documents', () => {
  it.each([
    ['article.pdf', 'pdf', "from the PDF creation date '2024-03-14T09:30:00+01:00'"],
    ['article.docx', 'docx', "from the document creation date '2024-03-14T10:00:00Z'"],
    ['article.rtf', 'rtf', "from the RTF creation time '2024-03-14T09:30'"],
  ])('%s: title and publication date from the metadata, text with the meeting', async (fileName, format, note) => {
    const article = articleOf(await ingest(fileName));
    expect(article).toMatchObject({ format, title: TITLE, published: '2024-03-14', publishedSource: 'metadata', publishedNote: note });
    expect(article.text).toContain('met his Chilean counterpart Alberto van Klaveren in Oslo on Thursday');
    expect(article.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('article.eml: the Subject as title, the Date header as publication date, attachments listed', async () => {
    const outcome = await ingest('article.eml');
    const article = articleOf(outcome);
    expect(article).toMatchObject({
      format: 'eml',
      published: '2024-03-14',
      publishedSource: 'metadata',
      publishedNote: "from the e-mail Date header 'Thu, 14 Mar 2024 09:30:00 +0100'",
    });
    expect(article.title).toMatch(/^Oslo talks – Norway and Chile/);
    expect(outcome.ok && outcome.warnings[0]).toMatch(/^1 attachment\(s\) not opened: briefing note\.pdf/);
  });

  it.each(['article.pdf', 'article.docx', 'article.rtf', 'article.eml'])(
    '%s: the extraction finds the Oslo meeting on the metadata date',
    async (fileName) => {
      const article = articleOf(await ingest(fileName));
      const events = extractArticleEvents(article);
      const meeting = events.find((event) => event.type === 'meeting');
      expect(meeting).toMatchObject({ start: '2024-03-14', status: 'occurred', places: ['Oslo'] });
      expect(events.find((event) => event.type === 'forum')?.places).toEqual(['Athens']);
      for (const event of events)
        for (const evidence of event.evidence) expect(article.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    },
  );

  it('a user override still wins over the metadata', async () => {
    const outcome = await ingestFile({ fileName: 'article.pdf', bytes: readFormatFixture('article.pdf'), publishedOverride: '2024-03-13' });
    expect(articleOf(outcome)).toMatchObject({ published: '2024-03-13', publishedSource: 'override' });
  });

  it.each([
    ['encrypted.pdf', 'encrypted.pdf: the PDF is encrypted (password protected)'],
    ['truncated.pdf', 'truncated.pdf: the PDF is damaged or truncated'],
    ['not-a-pdf.pdf', 'not-a-pdf.pdf: not a PDF file (content does not match the extension)'],
    ['no-text.pdf', 'no-text.pdf: the PDF has no text layer (scanned pages need OCR first)'],
    ['encrypted.docx', 'encrypted.docx: the Word document is encrypted (password protected)'],
    ['no-document.docx', 'no-document.docx: not a Word document (the archive has no word/document.xml)'],
    ['not-a-zip.docx', 'not-a-zip.docx: not a Word (DOCX) file (content does not match the extension)'],
  ])('%s fails with a specific error', async (fileName, error) => {
    expect(await ingest(fileName)).toEqual({ ok: false, fileName, error });
  });

  it('a PDF is renamed .rtf / .eml: specific errors, no crash', async () => {
    expect(await ingest('x.rtf', 'article.pdf')).toEqual({
      ok: false,
      fileName: 'x.rtf',
      error: 'x.rtf: not an RTF file (content does not match the extension)',
    });
    expect(await ingest('x.eml', 'article.pdf')).toEqual({
      ok: false,
      fileName: 'x.eml',
      error: 'x.eml: not an e-mail message (no mail headers found)',
    });
  });

  it('refuses oversized files of every format before parsing them', async () => {
    const bytes = new Uint8Array(51 * 1024 * 1024);
    bytes.set(readFormatFixture('article.pdf'));
    for (const fileName of ['big.pdf', 'big.docx', 'big.eml', 'big.rtf', 'big.csv', 'big.json']) {
      expect(await ingestFile({ fileName, bytes })).toEqual({
        ok: false,
        fileName,
        error: `${fileName}: file is too large (51 MB; limit 50 MB)`,
      });
    }
  });
});

describe('ingestFile with event lists', () => {
  it('events.csv: rows kept on the article, no dateline from the first row, warnings for rows that make no event', async () => {
    const outcome = await ingest('events.csv');
    const article = articleOf(outcome);
    expect(article).toMatchObject({ format: 'csv', title: 'Event list (6 rows)', published: null, publishedSource: 'none' });
    expect(article.rows).toHaveLength(6);
    expect(article.text.slice(article.rows![1]!.lineStart, article.rows![1]!.lineEnd)).toBe(
      '2024-04 — Boric state visit to Norway — state visit — Oslo — Gabriel Boric — planned',
    );
    expect(outcome.ok && outcome.warnings).toEqual(["row 5: unknown event type 'regatta'; skipped", 'row 6: no date; skipped']);
  });

  it('events-2023-10-01.json: the publication date from the file name', async () => {
    const article = articleOf(await ingest('events-2023-10-01.json', 'events.json'));
    expect(article).toMatchObject({ format: 'json', published: '2023-10-01', publishedSource: 'filename' });
    expect(article.rows?.map((row) => row.rowNumber)).toEqual([1, 2, 3]);
  });
});
