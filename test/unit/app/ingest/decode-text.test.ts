// Decoding: every encoding path produces the same text from real files made with iconv/printf.
import { describe, expect, it } from 'vitest';
import { decodeText, detectBom, looksBinary } from '../../../../app/ingest/decode/decode-text';
import { decodeWindows1252 } from '../../../../app/ingest/decode/windows-1252';
import { readFixture } from './read-fixture';

const reference = new TextDecoder().decode(readFixture('article-utf8.txt'));

describe('decodeText', () => {
  it('reads plain UTF-8', () => {
    const decoded = decodeText(readFixture('article-utf8.txt'));
    expect(decoded).toMatchObject({ encoding: 'utf-8', hadBom: false });
    expect(decoded.text).toContain('Valparaíso');
    expect(decoded.text).toBe(reference);
  });

  it('drops a UTF-8 BOM', () => {
    const decoded = decodeText(readFixture('article-utf8-bom.txt'));
    expect(decoded).toMatchObject({ encoding: 'utf-8', hadBom: true, text: reference });
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it.each([
    ['article-utf16le.txt', 'utf-16le'],
    ['article-utf16be.txt', 'utf-16be'],
  ])('reads %s by its BOM', (file, encoding) => {
    const decoded = decodeText(readFixture(file));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(reference);
  });

  it('recognises UTF-16 LE without a BOM by its zero bytes', () => {
    const decoded = decodeText(readFixture('article-utf16le-nobom.txt'));
    expect(decoded).toMatchObject({ encoding: 'utf-16le', hadBom: false, text: reference });
  });

  it('falls back to Windows-1252 for invalid UTF-8, including the 0x80–0x9F punctuation', () => {
    const decoded = decodeText(readFixture('article-cp1252.txt'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(reference); // ’ “ ” — € é all round-trip
  });

  it('normalises CRLF and lone CR to LF so offsets point into the stored text', () => {
    const decoded = decodeText(readFixture('article-crlf.txt'));
    expect(decoded.text).toBe(reference);
    expect(decodeText(new TextEncoder().encode('a\rb\r\nc\n')).text).toBe('a\nb\nc\n');
  });
});

describe('declared HTML charsets', () => {
  it('reads a KOI8-R page in the charset its <meta> declares', async () => {
    const { declaredHtmlCharset } = await import('../../../../app/ingest/decode/html-charset');
    const bytes = readFixture('article-koi8r.html');
    expect(declaredHtmlCharset(bytes)).toBe('koi8-r');
    const decoded = decodeText(bytes, 'koi8-r');
    expect(decoded.encoding).toBe('koi8-r');
    expect(decoded.text).toContain('Переговоры в Казани');
    expect(decodeText(bytes).text).not.toContain('Казани'); // without the declaration: Windows-1252 fallback
  });

  it('still prefers valid UTF-8 and a BOM over the declaration, and uses its own table for latin1', () => {
    expect(decodeText(readFixture('article-utf8.txt'), 'koi8-r').encoding).toBe('utf-8');
    expect(decodeText(readFixture('article-utf16le.txt'), 'koi8-r').encoding).toBe('utf-16le');
    expect(decodeText(readFixture('article-cp1252.txt'), 'iso-8859-1')).toMatchObject({ encoding: 'windows-1252', text: reference });
  });
});

describe('decodeWindows1252', () => {
  it('maps the C1 range through the table and keeps Latin-1 above it', () => {
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x93, 0x94, 0x96, 0x97, 0x9f, 0x81, 0xe9, 0x41))).toBe('€“”–—Ÿ\u0081éA');
  });
  it('keeps ASCII and Latin-1 bytes as the same code points, one unit per byte', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    for (const byte of [0x00, 0x0a, 0x41, 0x7f, 0xa0, 0xc9, 0xff]) expect(text.charCodeAt(byte)).toBe(byte);
  });
});

describe('byte sniffing', () => {
  it('flags binary files and not text ones', () => {
    expect(looksBinary(readFixture('binary-garbage.txt'))).toBe(true);
    expect(looksBinary(readFixture('article-utf8.txt'))).toBe(false);
    expect(looksBinary(readFixture('article-utf16le.txt'))).toBe(false); // NULs are expected in UTF-16
    expect(looksBinary(readFixture('article-utf16le-nobom.txt'))).toBe(false);
  });
  it('detects BOMs', () => {
    expect(detectBom(readFixture('article-utf16be.txt'))).toEqual({ encoding: 'utf-16be', length: 2 });
    expect(detectBom(readFixture('article-utf8.txt'))).toBeNull();
  });
});

describe('UTF-16 with an odd final byte', () => {
  it('shows the lone byte as U+FFFD with a warning instead of dropping it silently', async () => {
    const { ODD_UTF16_BYTE_WARNING } = await import('../../../../app/ingest/decode/decode-text');
    const le = Uint8Array.of(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00, 0x21);
    expect(decodeText(le)).toMatchObject({ text: 'Hi\ufffd', encoding: 'utf-16le', warnings: [ODD_UTF16_BYTE_WARNING] });
    expect(decodeText(Uint8Array.of(0xff, 0xfe, 0x48, 0x00)).warnings).toBeUndefined();
  });
});
