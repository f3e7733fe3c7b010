// Estimates the rendered width of a label without a DOM (export runs in workers and Node too).
// Per-character widths, in ems, approximate a wide system sans-serif (DejaVu Sans, Verdana-like) and err
// on the wide side, so lanes packed with these estimates do not visually overlap.

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

/** Estimated width in pixels of `text` at `fontSize` pixels. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += charWidthEm(ch);
  return Math.ceil(ems * fontSize);
}

/** Shortens text to at most `maxChars` characters, ending with an ellipsis when cut. */
export function truncateLabel(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join('').trimEnd()}…`;
}
