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
    expect(paragraphs.at(-1)).toBe(
      'Eide recalled that the two countries signed a memorandum on green hydrogen in Santiago in November last year.',
    );
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
    expect(readDocx(bomb, 1000)).toEqual({
      ok: false,
      problem: 'the Word document is too large when unpacked (word/document.xml is over 1 KB)',
    });
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

describe('DOCX faults', () => {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
  const paragraph = (text: string, prefix = 'w'): string =>
    `<${prefix}:p><${prefix}:r><${prefix}:t>${text}</${prefix}:t></${prefix}:r></${prefix}:p>`;

  it('reads a text box once: the mc:Choice, not also its mc:Fallback', () => {
    const xml =
      `<w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body><w:p><w:r><mc:AlternateContent>` +
      `<mc:Choice Requires="wps"><w:txbxContent>${paragraph('Box text.')}</w:txbxContent></mc:Choice>` +
      `<mc:Fallback><w:pict><w:txbxContent>${paragraph('Box text.')}</w:txbxContent></w:pict></mc:Fallback>` +
      `</mc:AlternateContent></w:r><w:r><w:t>Anchor.</w:t></w:r></w:p></w:body></w:document>`;
    expect(docxParagraphs(xml)).toEqual(['Box text.', 'Anchor.']);
    const fallbackOnly = `<w:body xmlns:w="${W}" xmlns:mc="${MC}"><mc:AlternateContent><mc:Fallback>${paragraph('Only.')}</mc:Fallback></mc:AlternateContent></w:body>`;
    expect(docxParagraphs(fallbackOnly)).toEqual(['Only.']);
  });

  it('reads a non-breaking hyphen as "-"', () => {
    const xml = `<w:body xmlns:w="${W}"><w:p><w:r><w:t>Co</w:t><w:noBreakHyphen/><w:t>operation</w:t></w:r></w:p></w:body>`;
    expect(docxParagraphs(xml)).toEqual(['Co-operation']);
  });

  it('resolves WordprocessingML by its namespace URI, whatever the prefix', () => {
    const xml = `<x:document xmlns:x="${W}" xmlns:w="urn:other"><x:body>${paragraph('Talks in Oslo.', 'x')}${paragraph('Not Word text.')}</x:body></x:document>`;
    expect(docxParagraphs(xml)).toEqual(['Talks in Oslo.']);
    const strictDefault = `<document xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main"><body><p><r><t>Strict.</t></r></p></body></document>`;
    expect(docxParagraphs(strictDefault)).toEqual(['Strict.']);
  });

  it('reports a part whose zip headers understate its size as truncated, never cutting it silently', () => {
    const xml = new TextEncoder().encode(`<w:document xmlns:w="${W}"><w:body>${paragraph('word '.repeat(2000))}</w:body></w:document>`);
    const zip = zipSync({ 'word/document.xml': xml });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint32(22, 100, true); // local header: uncompressed size
    let central = 0;
    for (let i = zip.length - 22; i >= 0; i--) if (view.getUint32(i, true) === 0x06054b50) central = view.getUint32(i + 16, true);
    view.setUint32(central + 24, 100, true); // central directory: uncompressed size
    const result = readDocx(zip);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/truncated or damaged: word\/document\.xml does not have the size its zip header states/);
    // and a part that lies about its size AND unpacks past the limit is stopped while inflating
    expect(readDocx(zip, 1000)).toEqual({
      ok: false,
      problem: 'the Word document is too large when unpacked (word/document.xml is over 1 KB)',
    });
  });
});
