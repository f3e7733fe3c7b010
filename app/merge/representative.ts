// Which member of a cluster stands for it on the timeline: the most precise date first (a day beats a
// month), then the highest confidence, then the smallest id so the choice is deterministic.

import type { TimelineEvent } from '../model/event';
import { PRECISION_RANK } from './date-spans';

type Ranked = Pick<TimelineEvent, 'id' | 'precision' | 'confidence'>;

/** Negative when `a` is the better representative. Example: day/0.6 beats month/0.9. */
export function compareRepresentatives(a: Ranked, b: Ranked): number {
  return (
    PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] || b.confidence - a.confidence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The representative of a non-empty list of members. */
export function pickRepresentative<T extends Ranked>(members: readonly T[]): T {
  if (members.length === 0) throw new Error('a cluster has at least one member');
  return members.reduce((best, member) => (compareRepresentatives(member, best) < 0 ? member : best));
}
