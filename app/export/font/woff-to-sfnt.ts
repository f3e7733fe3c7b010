// Unpacks a WOFF 1.0 font (W3C WOFF spec: a header, a table directory, each table zlib-compressed unless
// compressing did not help) into the plain TrueType/OpenType (sfnt) file it wraps. The bundled export font
// ships as WOFF (small, and what the SVG embeds); jsPDF and the metrics reader need the sfnt bytes.
// Written here because no maintained library does just this: it is the spec's ~40-line inverse, on fflate.

import { unzlibSync } from 'fflate';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

function padded(length: number): number {
  return (length + 3) & ~3;
}

/** The sfnt bytes of a WOFF 1.0 file; throws on anything else or on a damaged file. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    return {
      tag: view.getUint32(at),
      offset: view.getUint32(at + 4),
      compLength: view.getUint32(at + 8),
      origLength: view.getUint32(at + 12),
      checksum: view.getUint32(at + 16),
    };
  });
  const headerLength = 12 + numTables * 16;
  const total = tables.reduce((sum, table) => sum + padded(table.origLength), headerLength);
  const sfnt = new Uint8Array(total);
  const out = new DataView(sfnt.buffer);
  const searchRange = 2 ** Math.floor(Math.log2(numTables)) * 16;
  out.setUint32(0, flavor);
  out.setUint16(4, numTables);
  out.setUint16(6, searchRange);
  out.setUint16(8, Math.floor(Math.log2(numTables)));
  out.setUint16(10, numTables * 16 - searchRange);
  let offset = headerLength;
  tables.forEach((table, i) => {
    if (table.offset + table.compLength > woff.byteLength) throw new Error('damaged WOFF font: a table runs past the end');
    const stored = woff.subarray(table.offset, table.offset + table.compLength);
    const data = table.compLength < table.origLength ? unzlibSync(stored) : stored;
    if (data.byteLength !== table.origLength) throw new Error('damaged WOFF font: a table has the wrong length');
    const entry = 12 + i * 16;
    out.setUint32(entry, table.tag);
    out.setUint32(entry + 4, table.checksum);
    out.setUint32(entry + 8, offset);
    out.setUint32(entry + 12, table.origLength);
    sfnt.set(data, offset);
    offset += padded(table.origLength);
  });
  return sfnt;
}
