// The rules deciding whether two events reported by different articles are one event, as data: each has
// an id, what it checks, and an example. similarity.ts applies them in this order; the first failing
// blocking rule explains why two events were kept apart.

export interface MergeRule {
  id: string;
  /** Blocking rules veto a merge; scoring rules add `weight` to the match score. */
  kind: 'blocking' | 'scoring';
  weight: number;
  description: string;
  example: string;
}

export const MERGE_RULES = {
  differentArticles: {
    id: 'merge.different-articles',
    kind: 'blocking',
    weight: 0,
    description: 'Events of the same article are never merged: the pipeline already joined its repeated mentions.',
    example: 'Two meetings in one article (Monday and Friday) stay two items.',
  },
  sameType: {
    id: 'merge.same-type',
    kind: 'blocking',
    weight: 0,
    description: 'Only events of the same type merge.',
    example: 'A visit and a meeting on the same day with the same people stay apart.',
  },
  overlappingDates: {
    id: 'merge.overlapping-dates',
    kind: 'blocking',
    weight: 0,
    description: 'The [start, end] spans must overlap; a month-precision span overlaps any day inside it.',
    example: '"Belt and Road Forum in October 2023" merges with "the forum on 2023-10-17"; meetings on 2023-09-21 and 2023-09-25 do not.',
  },
  noContradictingPlace: {
    id: 'merge.no-contradicting-place',
    kind: 'blocking',
    weight: 0,
    description: 'When both events name places, at least one must be shared.',
    example: '"Putin visits China, Oct 2023" and "Putin visits Russia, Oct 2023" stay apart.',
  },
  sharedAnchor: {
    id: 'merge.shared-participant-or-place',
    kind: 'blocking',
    weight: 0,
    description: 'At least one participant (names folded, surname matches full name) or the place must be shared.',
    example: '"Mr. Støre" and "Jonas Gahr Støre" share a participant; "Putin visits China" vs "Xi visits Russia" share nothing.',
  },
  sharedParticipant: {
    id: 'merge.score.participant',
    kind: 'scoring',
    weight: 2,
    description: 'Each shared participant adds to the score (used to pick the best of several matching clusters).',
    example: 'Wang Yi + Putin shared → 4; only Putin shared → 2.',
  },
  sharedPlace: {
    id: 'merge.score.place',
    kind: 'scoring',
    weight: 2,
    description: 'A shared place adds to the score.',
    example: 'Both in Saint Petersburg → +2.',
  },
  sameSpan: {
    id: 'merge.score.same-span',
    kind: 'scoring',
    weight: 1,
    description: 'Identical date spans add a little, preferring the cluster dated like the new report.',
    example: 'Both 2023-10-17 → +1; 2023-10 vs 2023-10-17 → +0.',
  },
} as const satisfies Record<string, MergeRule>;

/** The rule id behind each possible verdict of `compareEvents`. */
export type MergeRuleId = (typeof MERGE_RULES)[keyof typeof MERGE_RULES]['id'];
