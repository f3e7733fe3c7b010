// How one event looks on the timeline: point or range, colour by type, uncertain dates as hatched
// translucent ranges, planned events dashed with a "planned" marker; the review state as a class (accepted:
// settled; rejected: faded; flagged and not reviewed: a mark). Pure data, no DOM, so it is testable.

import { sourcesBadge } from '../../app/merge/collapse';
import { eventTypeInfo } from '../../app/model/event-types';
import type { TimelineEvent } from '../../app/model/event';
import { needsReview } from '../../app/model/review-flags';
import { formatEventDate, isUncertainPrecision } from '../lib/format-date';
import { addDaysIso, isoToLocalDate } from '../lib/iso-date';

/** Statuses drawn as "not (yet) real": dashed outline and a marker word. */
const MARKED_STATUSES: Partial<Record<TimelineEvent['status'], string>> = {
  planned: 'planned',
  cancelled: 'cancelled',
  denied: 'denied',
  hypothetical: 'hypothetical',
};

export interface ItemPresentation {
  id: string;
  /** vis-timeline item type: a box for a day, a range for an uncertain or multi-day span. */
  type: 'box' | 'range';
  start: Date;
  /** Exclusive end (the day after the event's last day), only for ranges. */
  end?: Date;
  className: string;
  /** Inline CSS custom property carrying the type colour. */
  style: string;
  label: string;
  /** Marker word shown next to the label ("planned"), or null. */
  statusMarker: string | null;
  /** "×2 sources" when several articles report the event (merged cluster), or null. */
  sourcesBadge: string | null;
  /** Accessible description: label, type, date with precision, status. */
  description: string;
  /** data-* attributes of the item's content element (read by the end-to-end tests and the side panel). */
  dataset: Record<string, string>;
}

/** `sourceCount`: how many articles' reports the item stands for (its cluster size). */
export function presentEvent(event: TimelineEvent & { sourcesDisagree?: boolean }, sourceCount = 1): ItemPresentation {
  const info = eventTypeInfo(event.type);
  const uncertain = isUncertainPrecision(event.precision);
  const isRange = uncertain || event.end > event.start;
  const statusMarker = MARKED_STATUSES[event.status] ?? null;
  const classes = ['event-item', `event-type-${event.type}`, `event-status-${event.status}`];
  if (uncertain) classes.push('is-uncertain');
  if (statusMarker) classes.push('is-marked-status');
  if (event.reviewState) classes.push(`is-${event.reviewState}`);
  else if (needsReview(event)) classes.push('needs-review');
  const date = formatEventDate(event);
  const badge = sourcesBadge(sourceCount);
  const presentation: ItemPresentation = {
    id: event.id,
    type: isRange ? 'range' : 'box',
    start: isoToLocalDate(event.start),
    className: classes.join(' '),
    style: `--event-color: ${info.color};`,
    label: event.label,
    statusMarker,
    sourcesBadge: badge,
    description: `${event.label}. ${info.label}, ${date}${statusMarker ? `, ${statusMarker}` : ''}${badge ? `, reported by ${sourceCount} sources` : ''}.`,
    dataset: {
      eventId: event.id,
      eventType: event.type,
      start: event.start,
      end: event.end,
      precision: event.precision,
      status: event.status,
      sources: String(sourceCount),
      review: event.reviewState ?? (needsReview(event) ? 'flagged' : 'none'),
    },
  };
  if (isRange) presentation.end = isoToLocalDate(addDaysIso(event.end, 1));
  return presentation;
}
