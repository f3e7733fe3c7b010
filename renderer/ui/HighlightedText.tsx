// Article text with marked ranges (evidence sentences, participants, places, dates) rendered as <mark>s.
// Plain text rendering only (React escapes it); scrolls the first evidence mark into view of its own box.

import { useEffect, useMemo, useRef } from 'react';
import { segmentText, type MarkedRange } from '../lib/text-segments';

interface Props {
  text: string;
  ranges: readonly MarkedRange[];
  /** Changing this value re-scrolls to the first evidence mark. */
  scrollKey?: string;
  className?: string;
  label: string;
}

export function HighlightedText({ text, ranges, scrollKey, className, label }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => segmentText(text, ranges), [text, ranges]);

  useEffect(() => {
    const box = boxRef.current;
    const first = box?.querySelector<HTMLElement>('mark.mark-evidence');
    if (!box || !first) return;
    const offset = first.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    box.scrollTop = Math.max(0, offset - box.clientHeight / 3);
  }, [segments, scrollKey]);

  return (
    <div ref={boxRef} className={`article-text ${className ?? ''}`} tabIndex={0} role="document" aria-label={label}>
      {segments.map((segment) =>
        segment.marks.length === 0 ? (
          <span key={segment.start}>{segment.text}</span>
        ) : (
          <mark key={segment.start} className={segment.marks.map((m) => `mark-${m}`).join(' ')}>
            {segment.text}
          </mark>
        ),
      )}
    </div>
  );
}

/** Marks for events: every evidence span, plus each participant, place and date mention. */
export function eventRanges(
  events: ReadonlyArray<{
    evidence: ReadonlyArray<{ start: number; end: number }>;
    mentions: ReadonlyArray<{ start: number; end: number; role: string }>;
  }>,
): MarkedRange[] {
  const ranges: MarkedRange[] = [];
  for (const event of events) {
    for (const e of event.evidence) ranges.push({ start: e.start, end: e.end, mark: 'evidence' });
    for (const m of event.mentions) ranges.push({ start: m.start, end: m.end, mark: m.role });
  }
  return ranges;
}
