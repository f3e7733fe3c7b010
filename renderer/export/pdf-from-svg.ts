// The browser build's PDF: the exported SVG drawn into a one-page PDF by jsPDF + svg2pdf.js as vector
// shapes and real text in the bundled export font (registered with jsPDF, which embeds a subset), so the
// event names can be selected, searched and extracted. The page is the drawing's size (1 px = 1 pt).

import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { base64Encode } from '../../app/export/font/base64';
import type { ExportFont } from '../../app/export/font/export-font';
import type { PixelSize } from '../../app/export/raster-size';

export async function pdfFromSvg(svg: string, size: PixelSize, font: ExportFont, title: string): Promise<Uint8Array> {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (parsed.querySelector('parsererror')) throw new Error('the exported SVG could not be read');
  const orientation = size.width >= size.height ? 'landscape' : 'portrait';
  const doc = new jsPDF({ unit: 'pt', format: [size.width, size.height], orientation, compress: true });
  const fileName = `${font.family.replace(/\s+/g, '')}.ttf`;
  doc.addFileToVFS(fileName, base64Encode(font.sfnt));
  doc.addFont(fileName, font.family, 'normal');
  doc.setFont(font.family, 'normal');
  doc.setProperties({ title, creator: 'Event Timeline' });
  // svg2pdf reads computed geometry of nothing but the element itself: a detached document is enough.
  await svg2pdf(parsed.documentElement, doc, { x: 0, y: 0, width: size.width, height: size.height });
  return new Uint8Array(doc.output('arraybuffer'));
}
