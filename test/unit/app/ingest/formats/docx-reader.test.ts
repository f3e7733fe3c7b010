// The DOCX reader on real files: pandoc's DOCX, a Word-style encrypted copy (officecrypto-tool), a zip
// without a document part, a text file named .docx (see test/fixtures/formats/make-fixtures.sh).
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxParagraphs } from '../../../../../app/ingest/formats/docx-paragraphs';
import { readDocx } from '../../../../../app/ingest/formats/docx-reader';
import { documentOf, readFormatFixture } from './read-format-fixture';

describe('readDocx', () => {
  it('reads the paragraphs in order, with a line break kept inside its paragraph', () => {
    const paragraphs = documentOf(readDocx(readFormatFixture('article.docx'))).text.split('\n\n');
    expect(paragraphs[0]).toBe('Norway and Chile agree to deepen ocean cooperation');
    expect(paragraphs[2]).toBe(
      'Norway’s Foreign Minister Espen Barth Eide met his Chilean counterpart Alberto van Klaveren in Oslo on Thursday for talks on ocean protection, critical minerals and trade.',
    );
    expect(paragraphs[3]).toContain('to Tromsø and Oslo in two decades.');
    expect(paragraphs[4]).toBe(
      'Both ministers said they would attend the Our Ocean Conference in Athens in April, where a new high-seas monitoring fund is expected to be launched.\nThe fund would be open to other coastal states.',
    );
    expect(paragraphs.at(-1)).toBe('Eide recalled that the two countries signed a memorandum on green hydrogen in Santiago in November last year.');
  });

  it('takes the title and the created / modified dates from docProps/core.xml', () => {
    const document = documentOf(readDocx(readFormatFixture('article.docx')));
    expect(document.metadataTitle).toBe('Norway and Chile agree to deepen ocean cooperation');
    expect(document.metadataDates).toEqual([
      { value: '2024-03-14T10:00:00Z', source: 'the document creation date' },
      { value: '2024-03-14T10:00:00Z', source: 'the document modification date' },
    ]);
  });

  it.each([
    ['encrypted.docx', 'the Word document is encrypted (password protected)'],
    ['no-document.docx', 'not a Word document (the archive has no word/document.xml)'],
    ['not-a-zip.docx', 'not a Word (DOCX) file (content does not match the extension)'],
  ])('%s → %s', (name, problem) => {
    expect(readDocx(readFormatFixture(name))).toEqual({ ok: false, problem });
  });

  it('reports a truncated archive and an old binary .doc file', () => {
    const docx = readFormatFixture('article.docx');
    expect(readDocx(docx.subarray(0, docx.length - 200))).toEqual({ ok: false, problem: 'the Word document is damaged or truncated' });
    const doc = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new TextEncoder().encode('WordDocument'));
    expect(readDocx(doc)).toEqual({ ok: false, problem: 'this is an old Word 97-2003 (.doc) file, not DOCX; save it as .docx first' });
  });

  it('refuses a document part that unpacks beyond the limit (zip bomb guard)', () => {
    const xml = new TextEncoder().encode(`<w:document><w:body><w:p><w:r><w:t>${'a'.repeat(5000)}</w:t></w:r></w:p></w:body></w:document>`);
    const bomb = zipSync({ 'word/document.xml': xml });
    expect(readDocx(bomb, 1000)).toEqual({ ok: false, problem: 'the Word document is too large when unpacked (word/document.xml is over 1 KB)' });
    expect(documentOf(readDocx(bomb)).text).toBe('a'.repeat(5000));
  });
});

describe('docxParagraphs', () => {
  it('reads runs, tabs and breaks, decodes entities, and leaves out deleted text and field codes', () => {
    const xml =
      '<w:body><w:p><w:r><w:t xml:space="preserve">Talks in </w:t></w:r><w:r><w:t>Oslo &amp; Bergen</w:t><w:tab/><w:t>(1)</w:t></w:r></w:p>' +
      '<w:p/><w:p><w:del><w:r><w:delText>removed</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText><w:t>kept</w:t><w:br/><w:t>&#8212;next</w:t></w:r></w:p></w:body>';
    expect(docxParagraphs(xml)).toEqual(['Talks in Oslo & Bergen\t(1)', 'kept\n—next']);
  });
});
