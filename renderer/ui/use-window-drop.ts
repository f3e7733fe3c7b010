// Makes the whole window a drop zone for files: tracks whether files are being dragged over it (for the
// overlay) and hands the dropped files over. Drags of anything but files are ignored.
// The listeners sit on window in the capture phase, so they run before any element under the pointer:
// vis-timeline stops the propagation of drops on its items and item rows, which a bubbling listener never
// sees. File drags are not passed on to the page's elements. The overlay clears on drop, on dragend, when
// the drag leaves the window, on Escape, on blur, and when no dragover has arrived for a while (a drag that
// ended outside the page sends nothing else), so it can never stay on.

import { useEffect, useState } from 'react';

/** The browser repeats dragover every few hundred ms while a drag is over the page; silence longer than this means it is gone. */
export const DRAG_SILENCE_MS = 2_000;

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * True when a dragleave goes out of the window rather than from one element to another: nothing to enter
 * next, at (or past) the window's edge. Where a browser leaves that unclear, the dragover silence decides.
 */
function leavesWindow(event: DragEvent): boolean {
  if (event.relatedTarget !== null) return false;
  const { clientX: x, clientY: y } = event;
  return x <= 1 || y <= 1 || x >= window.innerWidth - 1 || y >= window.innerHeight - 1;
}

export function useWindowDrop(onFiles: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let silence: ReturnType<typeof setTimeout> | undefined;
    const stop = (): void => {
      clearTimeout(silence);
      silence = undefined;
      setDragging(false);
    };
    const alive = (): void => {
      clearTimeout(silence);
      silence = setTimeout(stop, DRAG_SILENCE_MS);
      setDragging(true);
    };
    const enter = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      alive();
    };
    const over = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault(); // makes the whole window a valid drop target, whatever element is under the pointer
      event.stopPropagation();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      alive();
    };
    const leave = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.stopPropagation();
      if (leavesWindow(event)) stop();
    };
    const drop = (event: DragEvent): void => {
      stop();
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) onFiles(files);
    };
    const key = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') stop();
    };
    // All in the capture phase except blur (the window's own blur, not every element's).
    const listeners: Array<[string, (event: never) => void, boolean?]> = [
      ['dragenter', enter],
      ['dragover', over],
      ['dragleave', leave],
      ['drop', drop],
      ['dragend', stop],
      ['keydown', key],
      ['blur', stop, false],
    ];
    for (const [type, listener, capture = true] of listeners) window.addEventListener(type, listener as EventListener, capture);
    return () => {
      clearTimeout(silence);
      for (const [type, listener, capture = true] of listeners) window.removeEventListener(type, listener as EventListener, capture);
    };
  }, [onFiles]);
  return dragging;
}
