// Builds the DOM content of one aggregate (a time bucket of a lane holding more events than can be drawn): the
// count, and a bar split in the type colours by share. Clicking it (or Enter) zooms into its days, where it
// expands into its events. Text goes in with textContent only.

import { EVENT_TYPES } from '../../app/model/event-types';
import type { BucketCell } from '../../app/view/buckets';
import { formatCount } from '../../app/model/format-count';

export interface BucketPresentation {
  cell: BucketCell;
  /** ISO first and last day of the bucket. */
  first: string;
  last: string;
  laneLabel: string;
  /** The band of a lane's wide events (ranges covering much of the window): zooming out expands them. */
  wide?: boolean;
}

export function bucketDescription({ cell, first, last, laneLabel, wide }: BucketPresentation): string {
  const parts = EVENT_TYPES.filter((type) => cell.byType[type.id]).map((type) => `${cell.byType[type.id]} ${type.label.toLowerCase()}`);
  if (wide) {
    const where = laneLabel ? ` in ${laneLabel}` : '';
    const what = `${cell.count} longer event${cell.count === 1 ? '' : 's'} (week, month or year ranges)${where}`;
    return `${what} across this period: ${parts.join(', ')}. Click to widen the view.`;
  }
  const days = first === last ? first : `${first} to ${last}`;
  const what = `${cell.count} event${cell.count === 1 ? '' : 's'}${laneLabel ? ` in ${laneLabel}` : ''}`;
  return `${what}, ${days}: ${parts.join(', ')}. Click to expand.`;
}

/** CSS gradient of the type shares, left to right in legend order. */
export function typeGradient(cell: BucketCell): string {
  let at = 0;
  const stops: string[] = [];
  for (const type of EVENT_TYPES) {
    const share = (cell.byType[type.id] ?? 0) / Math.max(cell.count, 1);
    if (share <= 0) continue;
    const next = at + share * 100;
    stops.push(`${type.color} ${at.toFixed(1)}% ${next.toFixed(1)}%`);
    at = next;
  }
  return `linear-gradient(90deg, ${stops.join(', ')})`;
}

export function createBucketElement(presentation: BucketPresentation, doc: Document = document): HTMLElement {
  const { cell } = presentation;
  const root = doc.createElement('span');
  root.className = 'bucket-content';
  root.tabIndex = 0;
  root.setAttribute('role', 'button');
  const description = bucketDescription(presentation);
  root.setAttribute('aria-label', description);
  root.title = description;
  root.dataset.bucketCount = String(cell.count);
  root.dataset.bucketStart = presentation.first;
  root.dataset.bucketEnd = presentation.last;
  root.dataset.lane = cell.lane;
  if (presentation.wide) root.dataset.wide = 'true';
  for (const [type, count] of Object.entries(cell.byType)) root.dataset[`count${type[0]!.toUpperCase()}${type.slice(1)}`] = String(count);
  const bar = doc.createElement('span');
  bar.className = 'bucket-bar';
  bar.style.background = typeGradient(cell);
  const count = doc.createElement('span');
  count.className = 'bucket-count';
  count.textContent = presentation.wide ? `${formatCount(cell.count)} longer events across this period` : formatCount(cell.count);
  root.append(bar, count);
  return root;
}
