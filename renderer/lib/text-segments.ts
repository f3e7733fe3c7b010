// Splits an article's text into runs for highlighting: every run carries the set of marks (evidence,
// participant, place, date, ...) whose character ranges cover it. Ranges may overlap or nest.

export interface MarkedRange {
  start: number; // UTF-16 offset, inclusive
  end: number; // exclusive
  mark: string;
}

export interface TextSegment {
  start: number;
  text: string;
  marks: string[];
}

/** Cuts `text` at every range boundary; ranges outside the text are clipped, empty ones ignored. */
export function segmentText(text: string, ranges: readonly MarkedRange[]): TextSegment[] {
  const valid = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end), mark: r.mark }))
    .filter((r) => r.end > r.start);
  const cuts = new Set<number>([0, text.length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const marks = [...new Set(valid.filter((r) => r.start <= start && r.end >= end).map((r) => r.mark))].sort();
    segments.push({ start, text: text.slice(start, end), marks });
  }
  return segments;
}
