// The windows a timeline load reads for a visible window (loadedWindowsOf): the case's start-up prefetch and the
// window loader both ask it, so the prefetched reads are the ones the first load makes.

import { describe, expect, it } from 'vitest';
import { loadedWindowsOf } from '../../../renderer/timeline/timeline-window';

describe('loadedWindowsOf', () => {
  it('draws a quarter of the span on each side of the visible window, as inclusive ISO days', () => {
    const windows = loadedWindowsOf(new Date(2023, 0, 5), new Date(2023, 0, 9));
    expect(windows.visible).toEqual({ start: '2023-01-05', end: '2023-01-08' });
    expect(windows.drawn).toEqual({ start: '2023-01-04', end: '2023-01-09' });
  });

  it('gives a one-day visible window for a window inside a day', () => {
    const windows = loadedWindowsOf(new Date(2024, 5, 1, 8), new Date(2024, 5, 1, 20));
    expect(windows.visible).toEqual({ start: '2024-06-01', end: '2024-06-01' });
    expect(windows.drawn).toEqual({ start: '2024-06-01', end: '2024-06-01' });
  });
});
