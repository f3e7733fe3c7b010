// The similarity test between two TimelineEvents from (possibly) different articles: applies the
// blocking rules of merge-rules.ts, then scores the match. Pure and symmetric.

import type { TimelineEvent } from '../model/event';
import { spansEqual, spansOverlap } from './date-spans';
import { MERGE_RULES, type MergeRuleId } from './merge-rules';
import { countSharedNames } from './names';

export type MergeVerdict = { same: true; score: number } | { same: false; blockedBy: MergeRuleId };

type Comparable = Pick<TimelineEvent, 'articleId' | 'type' | 'start' | 'end' | 'participants' | 'places'>;

/** True when both events name places and none of them match. */
export function placesContradict(a: Comparable, b: Comparable): boolean {
  return a.places.length > 0 && b.places.length > 0 && countSharedNames(a.places, b.places) === 0;
}

/** Whether `a` and `b` report the same event, and how strongly (higher score = better match). */
export function compareEvents(a: Comparable, b: Comparable): MergeVerdict {
  if (a.articleId === b.articleId) return { same: false, blockedBy: MERGE_RULES.differentArticles.id };
  if (a.type !== b.type) return { same: false, blockedBy: MERGE_RULES.sameType.id };
  if (!spansOverlap(a, b)) return { same: false, blockedBy: MERGE_RULES.overlappingDates.id };
  if (placesContradict(a, b)) return { same: false, blockedBy: MERGE_RULES.noContradictingPlace.id };
  const sharedParticipants = Math.min(countSharedNames(a.participants, b.participants), countSharedNames(b.participants, a.participants));
  const samePlace = countSharedNames(a.places, b.places) > 0;
  if (sharedParticipants === 0 && !samePlace) return { same: false, blockedBy: MERGE_RULES.sharedAnchor.id };
  const score =
    sharedParticipants * MERGE_RULES.sharedParticipant.weight +
    (samePlace ? MERGE_RULES.sharedPlace.weight : 0) +
    (spansEqual(a, b) ? MERGE_RULES.sameSpan.weight : 0);
  return { same: true, score };
}
