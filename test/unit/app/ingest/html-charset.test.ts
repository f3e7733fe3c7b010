// The HTML standard's charset prescan (html-encoding-sniffer): only real <meta> declarations count, and a
// declared UTF-16 on single-byte bytes is read as UTF-8 (or, when that fails, Windows-1252 with a warning).
import { describe, expect, it } from 'vitest';
import { declaredHtmlCharset } from '../../../../app/ingest/decode/html-charset';
import { ingestFile } from '../../../../app/ingest/ingest';

const latin1Bytes = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const PAGE_BODY = '<body><p>Переговоры</p></body>';

describe('declaredHtmlCharset', () => {
  it('reads <meta charset> and the http-equiv form', () => {
    expect(declaredHtmlCharset(new TextEncoder().encode('<head><meta charset="KOI8-R">'))).toBe('koi8-r');
    const pragma = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">';
    expect(declaredHtmlCharset(new TextEncoder().encode(pragma))).toBe('windows-1251');
  });

  it('does not honour a <meta charset> inside a comment or a data-charset attribute', () => {
    expect(declaredHtmlCharset(new TextEncoder().encode('<!-- <meta charset="koi8-r"> --><p>x</p>'))).toBeNull();
    expect(declaredHtmlCharset(new TextEncoder().encode('<div data-charset="koi8-r">x</div>'))).toBeNull();
    expect(declaredHtmlCharset(new TextEncoder().encode('<meta data-charset="koi8-r" content="x">'))).toBeNull();
  });

  it('maps a declared UTF-16 to UTF-8, as the standard says', () => {
    expect(declaredHtmlCharset(new TextEncoder().encode('<meta charset="utf-16">'))).toBe('utf-8');
  });
});

describe('ingesting pages with misleading declarations', () => {
  it('ignores a commented-out declaration: valid UTF-8 stays UTF-8, legacy bytes are not read as KOI8-R', async () => {
    const utf8 = new TextEncoder().encode(`<!-- <meta charset="koi8-r"> -->${PAGE_BODY}`);
    const utf8Outcome = await ingestFile({ fileName: 'page.html', bytes: utf8 });
    expect(utf8Outcome.ok && utf8Outcome.article.text).toBe('Переговоры');
    const legacy = latin1Bytes('<!-- <meta charset="koi8-r"> --><body><p>Caf\u00e9 talks.</p></body>');
    const legacyOutcome = await ingestFile({ fileName: 'page.html', bytes: legacy });
    expect(legacyOutcome.ok && legacyOutcome.article.text).toBe('Café talks.');
  });

  it('reads single-byte text declared as UTF-16 without CJK mojibake, with a warning', async () => {
    const bytes = latin1Bytes('<meta charset="utf-16"><body><p>Caf\u00e9 talks in Z\u00fcrich on Monday.</p></body>');
    const outcome = await ingestFile({ fileName: 'page.html', bytes });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.article.text).toBe('Café talks in Zürich on Monday.');
    expect(outcome.warnings.join(' ')).toMatch(/not valid UTF-8/);
  });
});
