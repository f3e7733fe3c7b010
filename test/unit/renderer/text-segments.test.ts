// Splitting article text into highlighted runs for overlapping and nested evidence ranges.

import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../renderer/lib/text-segments';

describe('segmentText', () => {
  it('returns the whole text unmarked when there are no ranges', () => {
    expect(segmentText('abc', [])).toEqual([{ start: 0, text: 'abc', marks: [] }]);
  });

  it('cuts at every boundary and gives nested ranges both marks', () => {
    const text = 'Wang Yi met Putin in Saint Petersburg.';
    const segments = segmentText(text, [
      { start: 0, end: text.length, mark: 'evidence' },
      { start: 12, end: 17, mark: 'participant' },
    ]);
    expect(segments.map((s) => [s.text, s.marks])).toEqual([
      ['Wang Yi met ', ['evidence']],
      ['Putin', ['evidence', 'participant']],
      [' in Saint Petersburg.', ['evidence']],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('handles overlapping ranges and clips ranges that run past the text', () => {
    const segments = segmentText('abcdef', [
      { start: 1, end: 4, mark: 'x' },
      { start: 3, end: 99, mark: 'y' },
      { start: 5, end: 5, mark: 'empty' },
    ]);
    expect(segments.map((s) => [s.start, s.text, s.marks])).toEqual([
      [0, 'a', []],
      [1, 'bc', ['x']],
      [3, 'd', ['x', 'y']],
      [4, 'ef', ['y']],
    ]);
  });
});
