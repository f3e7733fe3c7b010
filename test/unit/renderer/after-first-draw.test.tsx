// @vitest-environment jsdom
// Start-up order (renderer/ui/use-after-first-draw.ts): the deferred reads (the article list) wait for the
// timeline's first draw, start in a task after it, and start anyway after the fallback delay when no draw comes.

import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_DRAW_FALLBACK_MS, useAfterFirstDraw, type FirstDraw } from '../../../renderer/ui/use-after-first-draw';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let latest: FirstDraw;

function Probe() {
  latest = useAfterFirstDraw();
  return null;
}

beforeEach(() => {
  vi.useFakeTimers();
  container = document.createElement('div');
  root = createRoot(container);
  act(() => root.render(createElement(Probe)));
});

afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

describe('useAfterFirstDraw', () => {
  it('is not drawn before the timeline reports a draw', () => {
    act(() => void vi.advanceTimersByTime(FIRST_DRAW_FALLBACK_MS - 1));
    expect(latest.drawn).toBe(false);
  });

  it('is drawn in the task after the first draw, and stays so', () => {
    act(() => latest.onDrawn());
    expect(latest.drawn).toBe(false); // not inside the draw's own task
    act(() => void vi.advanceTimersByTime(0));
    expect(latest.drawn).toBe(true);
    act(() => latest.onDrawn());
    act(() => void vi.advanceTimersByTime(FIRST_DRAW_FALLBACK_MS));
    expect(latest.drawn).toBe(true);
  });

  it('is drawn after the fallback delay when the timeline never draws', () => {
    act(() => void vi.advanceTimersByTime(FIRST_DRAW_FALLBACK_MS));
    expect(latest.drawn).toBe(true);
  });
});
