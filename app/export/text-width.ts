// Text width for laying out export labels. With the bundled export font's metrics (font/export-font.ts) it
// sums the font's own advance widths, so measured boxes match what is drawn; characters the font lacks
// (CJK, Arabic, ...) and drawings without the font fall back to per-character estimates that err on the
// wide side (tuned on DejaVu Sans / Verdana-like fonts), so lanes packed with them never visually overlap.

import type { FontMetrics } from './font/font-metrics';

const NARROW = new Set("iljI.,:;'|!()[]{} ftr`".split(''));
const WIDE = new Set('mwMW@%'.split(''));

function charWidthEm(ch: string): number {
  if (NARROW.has(ch)) return ch === ' ' ? 0.33 : 0.36;
  if (WIDE.has(ch)) return 0.95;
  if (/[A-Z]/.test(ch)) return 0.75;
  if (/[0-9]/.test(ch)) return 0.64;
  if (/[a-z]/.test(ch)) return 0.62;
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return 1.0; // CJK and other full-width scripts
  return 0.62;
}

/** Measures text at a font size in pixels. */
export type TextMeasure = (text: string, fontSize: number) => number;

/** Estimated width in pixels of `text` at `fontSize` pixels. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += charWidthEm(ch);
  return Math.ceil(ems * fontSize);
}

/** A measure using the font's advances (the estimate for characters it has no glyph for). */
export function fontTextMeasure(metrics: FontMetrics): TextMeasure {
  return (text, fontSize) => {
    let ems = 0;
    for (const ch of text) ems += metrics.advance(ch.codePointAt(0) ?? 0) ?? charWidthEm(ch);
    return Math.ceil(ems * fontSize);
  };
}

/** Shortens text to at most `maxChars` characters, ending with an ellipsis when cut. */
export function truncateLabel(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars
    ? text
    : `${chars
        .slice(0, maxChars - 1)
        .join('')
        .trimEnd()}…`;
}
