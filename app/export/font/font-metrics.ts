// Advance widths of a TrueType/OpenType font read straight from its tables (head: units per em; hhea +
// hmtx: advances; cmap format 4 or 12: characters to glyphs), so the export measures label widths with
// the very font it embeds. Kerning is ignored (it only ever narrows Latin text by a few per cent).

export interface FontMetrics {
  unitsPerEm: number;
  /** Advance width in em of a code point, or undefined when the font has no glyph for it. */
  advance(codePoint: number): number | undefined;
}

function tableDirectory(view: DataView): Map<string, { offset: number; length: number }> {
  const tables = new Map<string, { offset: number; length: number }>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return tables;
}

/** Code point → glyph id from the best Unicode cmap subtable (format 12 preferred, else format 4). */
function readCmap(view: DataView, cmapOffset: number): Map<number, number> {
  const glyphs = new Map<number, number>();
  const count = view.getUint16(cmapOffset + 2);
  const subtables = Array.from({ length: count }, (_, i) => {
    const at = cmapOffset + 4 + i * 8;
    const offset = cmapOffset + view.getUint32(at + 4);
    return { platform: view.getUint16(at), encoding: view.getUint16(at + 2), offset, format: view.getUint16(offset) };
  }).filter((t) => t.platform === 0 || (t.platform === 3 && (t.encoding === 1 || t.encoding === 10)));
  const best = subtables.find((t) => t.format === 12) ?? subtables.find((t) => t.format === 4);
  if (!best) throw new Error('the font has no Unicode character map');
  if (best.format === 12) {
    const groups = view.getUint32(best.offset + 12);
    for (let g = 0; g < groups; g++) {
      const at = best.offset + 16 + g * 12;
      const [first, last, glyph] = [view.getUint32(at), view.getUint32(at + 4), view.getUint32(at + 8)];
      for (let cp = first; cp <= last && cp - first < 0x10000; cp++) glyphs.set(cp, glyph + cp - first);
    }
    return glyphs;
  }
  const segments = view.getUint16(best.offset + 6) / 2;
  const ends = best.offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const [end, start] = [view.getUint16(ends + s * 2), view.getUint16(starts + s * 2)];
    const [delta, rangeOffset] = [view.getInt16(deltas + s * 2), view.getUint16(rangeOffsets + s * 2)];
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) glyphs.set(cp, glyph);
    }
  }
  return glyphs;
}

/** Reads the metrics of an sfnt (TrueType/OpenType) font file. */
export function readFontMetrics(sfnt: Uint8Array): FontMetrics {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const tables = tableDirectory(view);
  const [head, hhea, hmtx, cmap] = ['head', 'hhea', 'hmtx', 'cmap'].map((tag) => tables.get(tag));
  if (!head || !hhea || !hmtx || !cmap) throw new Error('the font lacks a head, hhea, hmtx or cmap table');
  const unitsPerEm = view.getUint16(head.offset + 18);
  const metricCount = view.getUint16(hhea.offset + 34);
  const advanceOfGlyph = (glyph: number): number => view.getUint16(hmtx.offset + Math.min(glyph, metricCount - 1) * 4);
  const glyphs = readCmap(view, cmap.offset);
  const cache = new Map<number, number | undefined>();
  return {
    unitsPerEm,
    advance(codePoint) {
      if (!cache.has(codePoint)) {
        const glyph = glyphs.get(codePoint);
        cache.set(codePoint, glyph === undefined ? undefined : advanceOfGlyph(glyph) / unitsPerEm);
      }
      return cache.get(codePoint);
    },
  };
}
