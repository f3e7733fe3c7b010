// The timeline's keys: Enter or Space opens the focused event or expands the focused aggregate, plus and minus
// zoom, the arrow keys pan by a fifth of the window.

import type { KeyboardEvent } from 'react';
import type { Timeline } from 'vis-timeline/peer';

interface KeyTargets {
  onSelect(eventId: string): void;
  /** Expands the aggregate whose drawn content is `content`. */
  expandBucketOf(content: HTMLElement): void;
}

export function handleTimelineKey(event: KeyboardEvent<HTMLDivElement>, timeline: Timeline, targets: KeyTargets): void {
  const target = event.target as HTMLElement;
  const bucket = target.closest<HTMLElement>('.vis-item.bucket-item');
  if ((event.key === 'Enter' || event.key === ' ') && target.dataset.eventId) {
    event.preventDefault();
    targets.onSelect(target.dataset.eventId);
  } else if ((event.key === 'Enter' || event.key === ' ') && target.dataset.bucketStart && bucket) {
    event.preventDefault();
    targets.expandBucketOf(target);
  } else if (event.key === '+' || event.key === '=') timeline.zoomIn(0.5);
  else if (event.key === '-') timeline.zoomOut(0.5);
  else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
    const { start, end } = timeline.getWindow();
    const shift = (end.getTime() - start.getTime()) * 0.2 * (event.key === 'ArrowLeft' ? -1 : 1);
    timeline.setWindow(new Date(start.getTime() + shift), new Date(end.getTime() + shift), { animation: false });
  } else return;
  if (!target.dataset.eventId) event.preventDefault();
}
