// The RTF reader on pandoc's RTF (with an \info group, see make-fixtures.sh) and on small RTF snippets for
// the escapes and destinations pandoc does not write.
import { describe, expect, it } from 'vitest';
import { readRtf } from '../../../../../app/ingest/formats/rtf-reader';
import { rtfToText } from '../../../../../app/ingest/formats/rtf-to-text';
import { documentOf, readFormatFixture } from './read-format-fixture';

const bytesOf = (source: string): Uint8Array => Uint8Array.from(source, (c) => c.charCodeAt(0));

describe('readRtf', () => {
  it('reads the paragraphs of the body, not the font, colour or style tables or the info group', () => {
    const document = documentOf(readRtf(readFormatFixture('article.rtf')));
    const paragraphs = document.text.split('\n\n');
    expect(paragraphs[0]).toBe('Norway and Chile agree to deepen ocean cooperation');
    expect(paragraphs[1]).toMatch(/^Norway’s Foreign Minister Espen Barth Eide met/);
    expect(paragraphs[2]).toContain('a Chilean head of state to Tromsø and Oslo');
    expect(paragraphs[3]).toMatch(/launched\.\nThe fund would be open/);
    expect(paragraphs).toHaveLength(5);
    expect(document.text).not.toMatch(/Helvetica|Courier|Normal|Staff reporter|\\/);
  });

  it('takes the title and the creation time from the \\info group', () => {
    const document = documentOf(readRtf(readFormatFixture('article.rtf')));
    expect(document.metadataTitle).toBe('Norway and Chile agree to deepen ocean cooperation');
    expect(document.metadataDates).toEqual([{ value: '2024-03-14T09:30', source: 'the RTF creation time' }]);
  });

  it('reports a file that is not RTF and warns about a truncated one', () => {
    expect(readRtf(readFormatFixture('not-a-pdf.pdf'))).toEqual({
      ok: false,
      problem: 'not an RTF file (content does not match the extension)',
    });
    const truncated = readFormatFixture('article.rtf').subarray(0, 700);
    expect(documentOf(readRtf(truncated)).warnings).toEqual(['the RTF file ends early (unclosed groups); the text may be incomplete']);
  });
});

describe('rtfToText', () => {
  it("decodes \\'hh in the document code page, \\uN with its \\ucN fallback skipped, and symbols", () => {
    const source =
      "{\\rtf1\\ansi\\ansicpg1252 Caf\\'e9 \\'93quoted\\'94\\par \\uc2\\u21271\\'b1\\'b1 and\\uc1 \\u8212? end\\tab x\\emdash y \\u-3913?}";
    expect(rtfToText(source).text).toBe('Café “quoted”\n\n北 and— end\tx—y \uf0b7');
  });

  it('reads \\ansicpg1251 bytes as Cyrillic', () => {
    expect(rtfToText("{\\rtf1\\ansi\\ansicpg1251 \\'cc\\'ee\\'f1\\'ea\\'e2\\'e0}").text).toBe('Москва');
  });

  it('skips \\* destinations, pictures, headers and field instructions but keeps field results', () => {
    const source =
      '{\\rtf1{\\*\\generator Word;}{\\header Page header}{\\pict\\pngblip 89504e47}' +
      '{\\field{\\*\\fldinst HYPERLINK "https://x"}{\\fldrslt the summit}} opened\\line in Paris.\\par}';
    expect(rtfToText(source).text).toBe('the summit opened\nin Paris.');
  });

  it('reads escaped braces and backslashes as text', () => {
    expect(rtfToText('{\\rtf1 a \\{b\\} c\\\\d}').text).toBe('a {b} c\\d');
  });

  it('reads \\revtim as a second date and a title with escapes', () => {
    const converted = rtfToText("{\\rtf1{\\info{\\title Talks in Troms\\'f8}{\\revtim\\yr2023\\mo9\\dy21}}Body}");
    expect(converted).toMatchObject({ title: 'Talks in Tromsø', created: null, revised: '2023-09-21', text: 'Body' });
  });
});

describe('bytes', () => {
  it('reads raw 8-bit characters in the code page', () => {
    expect(documentOf(readRtf(bytesOf('{\\rtf1\\ansi\\ansicpg1252 na\u00efve}'))).text).toBe('naïve');
  });
});

describe('rtfToText: fonts, binary data and hidden text', () => {
  it('decodes hex escapes in the code page of the current font (\\fcharset204 → windows-1251, as WordPad writes Russian)', () => {
    const rtf =
      '{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil\\fcharset204 Calibri;}{\\f1\\fnil\\fcharset0 Arial;}' +
      "{\\f2\\fnil\\fcharset238 Arial CE;}}\\f0 \\'cf\\'f3\\'f2\\'e8\\'ed \\f1 caf\\'e9 \\f2 \\'8aa\\'9ei\\'e6}";
    expect(rtfToText(rtf).text).toBe('Путин café Šažić');
  });

  it('uses the default font (\\deffN) when no \\f is given, and the \\ansicpg page for charset 0', () => {
    const rtf =
      "{\\rtf1\\ansi\\ansicpg1251\\deff1{\\fonttbl{\\f0\\fcharset0 A;}{\\f1\\fcharset204 B;}}\\'cf\\'f3\\'f2\\'e8\\'ed {\\f0 \\'cf}}";
    expect(rtfToText(rtf).text).toBe('Путин П');
  });

  it('skips \\binN data, whatever bytes it holds', () => {
    expect(rtfToText('{\\rtf1 Before \\bin6 {}\\\\x}after.}').text).toBe('Before after.');
  });

  it('hides \\v hidden text until \\v0 or the end of its group', () => {
    expect(rtfToText('{\\rtf1 Shown{\\v  secret} text\\v  also hidden\\v0  visible.}').text).toBe('Shown text visible.');
  });
});
