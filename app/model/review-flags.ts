// Which events the analyst should look at (the Review panel's list, the timeline's mark): events the engine was
// unsure of (confidence below REVIEW_CONFIDENCE_THRESHOLD), undated ones placed by the publication date, and
// merged events whose sources disagree on the date or the place. Events added by hand are never flagged.

import type { TimelineEvent } from './event';

/** Below this confidence an event is flagged (an explicit-date meeting with named parties scores 0.85–0.9). */
export const REVIEW_CONFIDENCE_THRESHOLD = 0.6;

export type ReviewFlag = 'low-confidence' | 'publication-date' | 'sources-disagree';

export const REVIEW_FLAG_TEXT: Record<ReviewFlag, string> = {
  'low-confidence': 'low confidence',
  'publication-date': 'undated: placed by the publication date',
  'sources-disagree': 'its sources disagree on the date or the place',
};

type Flaggable = Pick<TimelineEvent, 'confidence' | 'dateBasis' | 'origin'> & { sourcesDisagree?: boolean };

export function reviewFlags(event: Flaggable): ReviewFlag[] {
  if (event.origin === 'analyst') return [];
  const flags: ReviewFlag[] = [];
  if (event.confidence < REVIEW_CONFIDENCE_THRESHOLD) flags.push('low-confidence');
  if (event.dateBasis === 'publication') flags.push('publication-date');
  if (event.sourcesDisagree) flags.push('sources-disagree');
  return flags;
}

/** Flagged and not reviewed yet: what the timeline marks and the Review panel walks through. */
export function needsReview(event: Flaggable & Pick<TimelineEvent, 'reviewState'>): boolean {
  return !event.reviewState && reviewFlags(event).length > 0;
}
