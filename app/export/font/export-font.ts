// The font exports are drawn in, bundled with the app (Noto Sans, Latin subset, SIL Open Font License, from
// @fontsource/noto-sans): the SVG embeds it as an @font-face data: URL, jsPDF registers its sfnt bytes, and
// labels are measured with its own advance widths, so an export looks and lays out the same on every machine.
// The caller supplies the WOFF bytes (the renderer from its bundle, tests from node_modules).

import { base64Encode } from './base64';
import { readFontMetrics, type FontMetrics } from './font-metrics';
import { woffToSfnt } from './woff-to-sfnt';

export const EXPORT_FONT_FAMILY = 'Export Sans';

export interface ExportFont {
  family: string;
  /** The WOFF file, as embedded in the SVG. */
  woff: Uint8Array;
  /** The TrueType bytes inside it, for PDF writers. */
  sfnt: Uint8Array;
  metrics: FontMetrics;
}

export function loadExportFont(woff: Uint8Array, family = EXPORT_FONT_FAMILY): ExportFont {
  const sfnt = woffToSfnt(woff);
  return { family, woff, sfnt, metrics: readFontMetrics(sfnt) };
}

/** The @font-face rule embedding the font (CSP: needs `font-src data:`, which main/csp.ts allows). */
export function fontFaceCss(font: ExportFont): string {
  return `@font-face { font-family: '${font.family}'; font-style: normal; font-weight: 400; src: url(data:font/woff;base64,${base64Encode(font.woff)}) format('woff'); }`;
}
