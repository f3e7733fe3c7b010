// The e-mail reader on messages composed by Python's `email` package (see make-fixtures.sh): nested
// multipart with quoted-printable text, HTML and a PDF attachment; an HTML-only ISO-8859-1 base64 message.
import { describe, expect, it } from 'vitest';
import { ATTACHMENTS_HEADING, readEml, SENDER_LABEL } from '../../../../../app/ingest/formats/eml-reader';
import { documentOf, readFormatFixture } from './read-format-fixture';

describe('readEml', () => {
  it('prefers the text/plain part, decoding quoted-printable UTF-8', async () => {
    const document = documentOf(await readEml(readFormatFixture('article.eml')));
    const paragraphs = document.text.split('\n\n');
    expect(paragraphs[0]).toBe(
      "Norway's Foreign Minister Espen Barth Eide met his Chilean counterpart Alberto van Klaveren in Oslo on Thursday for talks on ocean protection, critical minerals and trade.",
    );
    expect(paragraphs[1]).toContain('the first by a Chilean head of state to Tromsø in two decades.');
    expect(document.text).not.toContain('Should not be used');
  });

  it('lists the attachment (name, type, size) after the sender without opening it', async () => {
    const document = documentOf(await readEml(readFormatFixture('article.eml')));
    const attachmentSize = Math.round(readFormatFixture('article.pdf').byteLength / 1024);
    expect(document.text.split('\n\n').at(-1)).toBe(
      `${SENDER_LABEL} Nordic desk <desk@example.org>\n${ATTACHMENTS_HEADING}\n- briefing note.pdf (application/pdf, ${attachmentSize} KB)`,
    );
    expect(document.warnings).toEqual([`1 attachment(s) not opened: briefing note.pdf (application/pdf, ${attachmentSize} KB)`]);
  });

  it('decodes the folded, RFC 2047-encoded Subject as the title and keeps the Date header as written', async () => {
    const document = documentOf(await readEml(readFormatFixture('article.eml')));
    expect(document.metadataTitle).toBe(
      'Oslo talks – Norway and Chile agree to deepen ocean cooperation, ministers say after a long meeting',
    );
    expect(document.metadataDates).toEqual([{ value: 'Thu, 14 Mar 2024 09:30:00 +0100', source: 'the e-mail Date header' }]);
  });

  it('turns an HTML-only ISO-8859-1 base64 body into text without scripts or styles', async () => {
    const document = documentOf(await readEml(readFormatFixture('html-only.eml')));
    expect(document.text).toBe(
      `Chilean President Gabriel Boric will visit Tromsø next month.\n\nHe will meet Prime Minister Jonas Gahr Støre in Oslo.\n\n${SENDER_LABEL} Desk <desk@example.org>`,
    );
    expect(document.metadataTitle).toBe('Boric to visit Tromsø');
    expect(document.warnings).toEqual([]);
  });

  it('warns about a message cut off inside its attachment, still reading the text part', async () => {
    const bytes = readFormatFixture('article.eml');
    const cut = bytes.subarray(0, bytes.length - 400);
    const document = documentOf(await readEml(cut));
    expect(document.warnings.at(-1)).toBe('the e-mail message ends early (truncated); parts of it may be missing');
    expect(document.text).toContain('met his Chilean counterpart');
    expect(documentOf(await readEml(bytes)).warnings).not.toContain(
      'the e-mail message ends early (truncated); parts of it may be missing',
    );
  });

  it('reports a file without mail headers', async () => {
    expect(await readEml(readFormatFixture('not-a-pdf.pdf'))).toEqual({
      ok: false,
      problem: 'not an e-mail message (no mail headers found)',
    });
  });
});
