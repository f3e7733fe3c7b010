// Puts the positioned text fragments of PDF pages back into reading order: the page is cut into blocks
// (columns, full-width headlines; see pdf-columns.ts), fragments on the same baseline become a line (left to
// right), lines become paragraphs (top to bottom) separated where the vertical gap or the font size changes,
// a word hyphenated at a line end is joined again ("inter-" + "national"), and a paragraph that runs on
// from one column (or page) into the next is joined again.

import { groupByBaseline, readingBlocks } from './pdf-columns';

/** One text fragment as the PDF draws it; x/y in PDF units, y growing upwards. */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the glyph box). */
  size: number;
}

interface Line {
  y: number;
  size: number;
  text: string;
}

/** A horizontal gap wider than this share of the font size separates two words. */
const WORD_GAP_SHARE = 0.15;
/** A gap between baselines wider than this multiple of the usual line spacing starts a paragraph. */
const PARAGRAPH_GAP_FACTOR = 1.4;
/** A font size change beyond this ratio (a headline) starts a paragraph. */
const SIZE_CHANGE_RATIO = 1.2;

function joinFragments(fragments: PositionedText[]): string {
  let text = '';
  let previousEnd: number | null = null;
  for (const fragment of fragments) {
    const gap = previousEnd === null ? 0 : fragment.x - previousEnd;
    const needsSpace = previousEnd !== null && gap > fragment.size * WORD_GAP_SHARE && !/\s$/.test(text) && !/^\s/.test(fragment.text);
    text += (needsSpace ? ' ' : '') + fragment.text;
    previousEnd = fragment.x + fragment.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Groups fragments into lines, top to bottom. */
function linesOfBlock(fragments: readonly PositionedText[]): Line[] {
  return groupByBaseline(fragments.filter((f) => f.text.trim() !== ''))
    .map((ordered) => ({ y: ordered[0]!.y, size: Math.max(...ordered.map((f) => f.size)), text: joinFragments(ordered) }))
    .filter((line) => line.text !== '');
}

function sizeChanged(a: Line, b: Line): boolean {
  return Math.max(a.size, b.size) / Math.max(0.1, Math.min(a.size, b.size)) > SIZE_CHANGE_RATIO;
}

/** Baseline gaps wider than this many ems are never line spacing (page furniture far below the text). */
const MAX_LINE_SPACING_EMS = 2.5;

/** The page's line spacing: the smallest baseline gap between lines of one font size (robust on short pages). */
function usualLineGap(lines: readonly Line[]): number {
  const gaps = lines.slice(1).flatMap((line, i) => {
    const previous = lines[i]!;
    const gap = previous.y - line.y;
    return !sizeChanged(previous, line) && gap >= line.size * 0.5 && gap <= line.size * MAX_LINE_SPACING_EMS ? [gap] : [];
  });
  return gaps.length > 0 ? Math.min(...gaps) : 0;
}

/** Joins a paragraph's lines, undoing end-of-line hyphenation of lower-case words. */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else text += ' ' + line;
  }
  return text;
}

interface Paragraph {
  text: string;
  /** Font size of its lines (of the first, when they differ). */
  size: number;
}

/** Paragraphs of one block (a column, or a whole single-column page) in reading order. */
function paragraphsOfBlock(fragments: readonly PositionedText[]): Paragraph[] {
  const lines = linesOfBlock(fragments);
  const usualGap = usualLineGap(lines);
  const paragraphs: { lines: string[]; size: number }[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const gap = previous ? previous.y - line.y : 0;
    const threshold = usualGap > 0 ? usualGap * PARAGRAPH_GAP_FACTOR : line.size * 1.9;
    const newParagraph = !previous || sizeChanged(previous, line) || gap > threshold;
    if (newParagraph) paragraphs.push({ lines: [line.text], size: line.size });
    else paragraphs[paragraphs.length - 1]!.lines.push(line.text);
  });
  return paragraphs.map((p) => ({ text: joinLines(p.lines), size: p.size }));
}

/**
 * True when a paragraph cut at a block end (column or page) goes on in the next block: same font size, no
 * closing punctuation, and a lower-case start.
 */
function runsOn(previous: Paragraph, next: Paragraph): boolean {
  const sameSize = Math.abs(previous.size - next.size) <= 0.1 * Math.max(previous.size, next.size);
  return sameSize && !/[.!?:;"”’)\]]$/.test(previous.text) && /^\p{Ll}/u.test(next.text);
}

/** "12", "Page 3", "3 of 10", "iv": a page number, when it is the first or last paragraph of a page. */
const PAGE_NUMBER = /^(?:page\s+)?(?:\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|[ivxlc]{1,7})$/i;

/** Paragraphs of one page, without a page number at its top or bottom. */
function paragraphsOfPage(fragments: readonly PositionedText[]): Paragraph[][] {
  const blocks = readingBlocks(fragments.filter((f) => f.text.trim() !== '')).map(paragraphsOfBlock);
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  if (first && first.length > 0 && PAGE_NUMBER.test(first[0]!.text)) first.shift();
  if (last && last.length > 0 && PAGE_NUMBER.test(last[last.length - 1]!.text)) last.pop();
  return blocks;
}

/** The text of all pages: paragraphs separated by blank lines. Whitespace-only fragments are left out. */
export function pagesToText(pages: readonly (readonly PositionedText[])[]): string {
  const paragraphs: Paragraph[] = [];
  for (const block of pages.flatMap(paragraphsOfPage)) {
    const [first, ...rest] = block;
    if (first === undefined) continue;
    const previous = paragraphs[paragraphs.length - 1];
    if (previous !== undefined && runsOn(previous, first))
      paragraphs[paragraphs.length - 1] = { text: joinLines([previous.text, first.text]), size: previous.size };
    else paragraphs.push(first);
    paragraphs.push(...rest);
  }
  return paragraphs.map((p) => p.text).join('\n\n');
}
