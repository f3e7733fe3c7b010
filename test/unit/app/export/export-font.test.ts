// The bundled export font: its WOFF unpacks to a valid sfnt, its metrics are the font's own advances, and
// measured label widths follow them (narrow "i" vs wide "W"), falling back to estimates for missing glyphs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { base64Encode } from '../../../../app/export/font/base64';
import { fontFaceCss, loadExportFont } from '../../../../app/export/font/export-font';
import { woffToSfnt } from '../../../../app/export/font/woff-to-sfnt';
import { estimateTextWidth, fontTextMeasure } from '../../../../app/export/text-width';

export const EXPORT_WOFF_PATH = path.resolve(
  __dirname,
  '../../../../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
);

describe('the export font', () => {
  const woff = new Uint8Array(readFileSync(EXPORT_WOFF_PATH));
  const font = loadExportFont(woff);

  it('unpacks WOFF to a TrueType file with the same tables', () => {
    const view = new DataView(font.sfnt.buffer);
    expect(view.getUint32(0)).toBe(0x00010000); // TrueType outlines
    expect(view.getUint16(4)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint16(12));
    expect(font.sfnt.byteLength).toBeGreaterThan(woff.byteLength);
  });

  it('rejects files that are not WOFF, and damaged ones', () => {
    expect(() => woffToSfnt(new Uint8Array(100))).toThrow(/not a WOFF/);
    expect(() => woffToSfnt(woff.subarray(0, 2000))).toThrow(/damaged/);
  });

  it('reads the advance widths of the font', () => {
    expect(font.metrics.unitsPerEm).toBe(1000);
    const advance = (ch: string) => font.metrics.advance(ch.codePointAt(0)!)!;
    expect(advance('i')).toBeLessThan(advance('n'));
    expect(advance('n')).toBeLessThan(advance('W'));
    expect(advance('ø')).toBeGreaterThan(0.4);
    expect(font.metrics.advance('中'.codePointAt(0)!)).toBeUndefined();
  });

  it('measures text with those advances, estimating characters the font lacks', () => {
    const measure = fontTextMeasure(font.metrics);
    expect(measure('iiii', 10)).toBeLessThan(measure('WWWW', 10));
    expect(measure('Wang Yi meets Vladimir Putin', 12)).not.toBe(estimateTextWidth('Wang Yi meets Vladimir Putin', 12));
    expect(measure('中', 12)).toBe(estimateTextWidth('中', 12));
  });

  it('embeds as a base64 data: URL in an @font-face rule', () => {
    expect(base64Encode(new Uint8Array([77, 97, 110]))).toBe('TWFu');
    expect(base64Encode(new Uint8Array([77, 97]))).toBe('TWE=');
    expect(base64Encode(new Uint8Array([77]))).toBe('TQ==');
    const css = fontFaceCss(font);
    expect(css).toContain(`url(data:font/woff;base64,${Buffer.from(woff).toString('base64')})`);
    expect(css).toContain("font-family: 'Export Sans'");
  });
});
