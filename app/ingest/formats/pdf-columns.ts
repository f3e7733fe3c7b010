// Finds the columns of a PDF page and returns its text in reading order as blocks: within a band of the
// page, the first column top to bottom, then the next; text that crosses a column gutter (a headline, a
// full-width caption) is a block of its own, between the bands above and below it.
// A gutter is a vertical strip, at least one body-text em wide, that (almost) no body-size text crosses, with
// body text on both sides on several lines. Pages without one are a single block.

import type { PositionedText } from './pdf-text-layout';

/** Fragments whose baselines differ by less than this share of the font size are on one line. */
export const SAME_LINE_SHARE = 0.4;
/** A horizontal gap wider than this many ems splits a line into separate segments. */
const SEGMENT_GAP_EMS = 1;
/** A gutter must be at least this many body ems wide ... */
const MIN_GUTTER_EMS = 1;
/** ... and have body text on both sides on at least this many lines ... */
const MIN_LINES_BESIDE_GUTTER = 3;
/** ... while at most this share of the body lines (at least one line) crosses it. */
const MAX_CROSSING_SHARE = 0.05;

interface Segment {
  fragments: PositionedText[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Fragments grouped by baseline, top to bottom, each line left to right. */
export function groupByBaseline(fragments: readonly PositionedText[]): PositionedText[][] {
  const sorted = fragments.slice().sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PositionedText[][] = [];
  for (const fragment of sorted) {
    const current = lines[lines.length - 1];
    const anchor = current?.[0];
    if (current && anchor && Math.abs(anchor.y - fragment.y) < Math.max(anchor.size, fragment.size) * SAME_LINE_SHARE)
      current.push(fragment);
    else lines.push([fragment]);
  }
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

function segmentsOf(fragments: readonly PositionedText[]): Segment[] {
  const segments: Segment[] = [];
  for (const line of groupByBaseline(fragments)) {
    let current: Segment | null = null;
    for (const fragment of line) {
      const end = fragment.x + fragment.width;
      if (current && fragment.x - current.x1 <= SEGMENT_GAP_EMS * fragment.size) {
        current.fragments.push(fragment);
        current.x1 = Math.max(current.x1, end);
        current.size = Math.max(current.size, fragment.size);
      } else {
        current = { fragments: [fragment], x0: fragment.x, x1: end, y: fragment.y, size: fragment.size };
        segments.push(current);
      }
    }
  }
  return segments;
}

/** The font size carrying the most characters. */
function bodySize(segments: readonly Segment[]): number {
  const weight = new Map<number, number>();
  for (const segment of segments) {
    for (const f of segment.fragments) weight.set(Math.round(f.size), (weight.get(Math.round(f.size)) ?? 0) + f.text.length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Gutters as [from, to] x-ranges, left to right: strips crossed by at most a stray body line or two. */
function findGutters(segments: readonly Segment[], body: number): [number, number][] {
  const bodySegments = segments.filter((s) => Math.abs(s.size - body) <= body * 0.2);
  if (bodySegments.length === 0) return [];
  const left = Math.floor(Math.min(...bodySegments.map((s) => s.x0)));
  const right = Math.ceil(Math.max(...bodySegments.map((s) => s.x1)));
  const crossings = new Array<number>(right - left + 2).fill(0);
  for (const s of bodySegments) {
    crossings[Math.floor(s.x0) - left]! += 1;
    crossings[Math.ceil(s.x1) - left + 1]! -= 1;
  }
  const tolerated = Math.max(1, Math.floor(bodySegments.length * MAX_CROSSING_SHARE));
  const gutters: [number, number][] = [];
  let covering = 0;
  let openedAt: number | null = null;
  for (let x = left; x <= right; x++) {
    covering += crossings[x - left]!;
    if (covering <= tolerated && openedAt === null) openedAt = x;
    else if (covering > tolerated && openedAt !== null) {
      if (x - openedAt >= MIN_GUTTER_EMS * body) gutters.push([openedAt, x]);
      openedAt = null;
    }
  }
  return gutters.filter(([from, to]) => {
    const near = (side: 'left' | 'right'): number =>
      new Set(
        bodySegments
          .filter((s) => (side === 'left' ? s.x1 <= from + 1 && s.x1 > from - 6 * body : s.x0 >= to - 1 && s.x0 < to + 6 * body))
          .map((s) => Math.round(s.y)),
      ).size;
    return near('left') >= MIN_LINES_BESIDE_GUTTER && near('right') >= MIN_LINES_BESIDE_GUTTER;
  });
}

/** The page's fragments as blocks in reading order (see the header). */
export function readingBlocks(fragments: readonly PositionedText[]): PositionedText[][] {
  const segments = segmentsOf(fragments);
  const gutters = findGutters(segments, bodySize(segments));
  if (gutters.length === 0) return fragments.length > 0 ? [fragments.slice()] : [];
  const columnOf = (segment: Segment): number | null => {
    let column = 0;
    for (const [from, to] of gutters) {
      if (segment.x0 >= to) column++;
      else if (segment.x1 > from) return null; // crosses this gutter
    }
    return column;
  };
  const blocks: PositionedText[][] = [];
  let band: PositionedText[][] = gutters.map(() => []).concat([[]]);
  const closeBand = (): void => {
    blocks.push(...band.filter((column) => column.length > 0));
    band = band.map(() => []);
  };
  for (const segment of segments) {
    const column = columnOf(segment);
    if (column === null) {
      closeBand();
      blocks.push(segment.fragments);
    } else band[column]!.push(...segment.fragments);
  }
  closeBand();
  return blocks;
}
