// The PDF reader on real PDFs made by ghostscript and qpdf (see test/fixtures/formats/make-fixtures.sh).
import { describe, expect, it } from 'vitest';
import { readPdf, readPdfMetadata } from '../../../../../app/ingest/formats/pdf-reader';
import { documentOf, readFormatFixture } from './read-format-fixture';

describe('readPdf', () => {
  it('puts text drawn out of order back into reading order, in paragraphs, with hyphenation undone', async () => {
    const document = documentOf(await readPdf(readFormatFixture('article.pdf')));
    const paragraphs = document.text.split('\n\n');
    expect(paragraphs).toEqual([
      'Norway and Chile agree to deepen ocean cooperation',
      'Norway’s Foreign Minister Espen Barth Eide met his Chilean counterpart Alberto van Klaveren in Oslo on Thursday for talks on ocean protection, critical minerals and trade.', // PostScript's quoteright
      'Van Klaveren told reporters that Chilean President Gabriel Boric would pay a state visit to Norway next month, the first by a Chilean head of state in two decades.',
      'Both ministers said they would attend the Our Ocean Conference in Athens in April, where a new high-seas monitoring fund is expected to be launched.',
      'Eide recalled that the two countries signed a memorandum on green hydrogen in Santiago in November last year.',
    ]);
  });

  it('reads a two-column page column by column, joining the paragraph that runs on across the gutter', async () => {
    const document = documentOf(await readPdf(readFormatFixture('two-columns.pdf')));
    expect(document.text.split('\n\n')).toEqual([
      'Ministers pledge funds at Athens ocean meeting',
      'ATHENS (Nordwire) - Ministers from more than forty coastal states pledged new funds for ocean monitoring at a conference in Athens on Tuesday.',
      'Greek Prime Minister Kyriakos Mitsotakis opened the two-day meeting and said the next conference would be held in Kenya next year. Norway’s Espen Barth Eide announced a contribution of 50 million euros to a high-seas observation programme.',
      'The ministers will meet again in Nairobi in March to review the pledges.',
      'Reporting by the Nordic desk; editing by the Athens bureau of the newswire service',
    ]);
    expect(document.metadataDates[0]?.value).toBe('2024-04-16T18:00:00+03:00');
  });

  it('reads the title and the creation date (before the modification date) from the document info', async () => {
    const document = documentOf(await readPdf(readFormatFixture('article.pdf')));
    expect(document.metadataTitle).toBe('Norway and Chile agree to deepen ocean cooperation');
    expect(document.metadataDates[0]).toEqual({ value: '2024-03-14T09:30:00+01:00', source: 'the PDF creation date' });
    expect(document.metadataDates.map((d) => d.value)).toContain('2024-03-20T12:00:00Z');
  });

  it('falls back to the XMP title and dates when the document info lacks them, and skips unreadable dates', () => {
    const xmp = new Map([
      ['dc:title', 'Summit ends'],
      ['xmp:createdate', '2023-09-21T08:00:00Z'],
      ['xmp:modifydate', '2023-09-22T08:00:00Z'],
    ]);
    const read = readPdfMetadata({
      info: { Title: '  ', CreationDate: 'garbage', ModDate: 'D:20230925' },
      metadata: { get: (name) => xmp.get(name) ?? null },
    });
    expect(read).toEqual({
      title: 'Summit ends',
      dates: [
        { value: '2023-09-21T08:00:00Z', source: 'the PDF XMP creation date' },
        { value: '2023-09-25', source: 'the PDF modification date' },
        { value: '2023-09-22T08:00:00Z', source: 'the PDF XMP modification date' },
      ],
    });
  });

  it.each(['Microsoft Word - draft3.docx', 'Untitled-1', 'report_final.pdf', 'Document1'])('ignores the placeholder title %j', (title) => {
    expect(readPdfMetadata({ info: { Title: title } }).title).toBeNull();
  });

  it('reports a password-protected PDF', async () => {
    expect(await readPdf(readFormatFixture('encrypted.pdf'))).toEqual({ ok: false, problem: 'the PDF is encrypted (password protected)' });
  });

  it('reads a PDF restricted by an owner password only, like any viewer', async () => {
    expect(documentOf(await readPdf(readFormatFixture('owner-restricted.pdf'))).text).toContain('Alberto van Klaveren in Oslo');
  });

  it('reports a scanned page without a text layer', async () => {
    expect(await readPdf(readFormatFixture('no-text.pdf'))).toEqual({
      ok: false,
      problem: 'the PDF has no text layer (scanned pages need OCR first)',
    });
  });

  it('reports a truncated PDF', async () => {
    expect(await readPdf(readFormatFixture('truncated.pdf'))).toEqual({ ok: false, problem: 'the PDF is damaged or truncated' });
  });

  it('reports a PDF whose body is garbage between a valid header and end marker', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n' + 'garbage '.repeat(50) + '\n%%EOF\n');
    expect(await readPdf(bytes)).toEqual({ ok: false, problem: 'the PDF is damaged or truncated' });
  });

  it('reports a text file named .pdf', async () => {
    expect(await readPdf(readFormatFixture('not-a-pdf.pdf'))).toEqual({
      ok: false,
      problem: 'not a PDF file (content does not match the extension)',
    });
  });

  it('reports a PDF with more pages than the limit', async () => {
    expect(await readPdf(readFormatFixture('article.pdf'), { maxPages: 1 })).toEqual({
      ok: false,
      problem: 'the PDF has too many pages (2; limit 1)',
    });
  });

  it('does not modify the caller’s bytes', async () => {
    const bytes = readFormatFixture('article.pdf');
    const copy = bytes.slice();
    await readPdf(bytes);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(bytes).toEqual(copy);
  });
});
