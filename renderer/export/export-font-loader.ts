// Loads the bundled export font once: the WOFF file is inlined by Vite as a data: URL into this lazily
// imported chunk (about 22 KB), decoded here and parsed by app/export/font/export-font.ts.

import { loadExportFont, type ExportFont } from '../../app/export/font/export-font';
import woffDataUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?inline';

let font: ExportFont | null = null;

function dataUrlBytes(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export function exportFont(): ExportFont {
  font ??= loadExportFont(dataUrlBytes(woffDataUrl));
  return font;
}
