// Trigger rules for talks and negotiations named as nouns ("the peace talks", "Israel-Syrian talks", "in negotiations
// with film studios"), talks announced in the passive ("talks will be held in Geneva", "talks are scheduled for May"),
// and arrivals on a bare weekday ("arrived Thursday"). The verb "talks" ("he talks to reporters") is not an event:
// the noun is recognised by what qualifies it, by the preposition before it or by the passive after it.

import type { TriggerRule } from './trigger-rules';

/**
 * Words that qualify "talks" or "negotiations" as a noun: kinds of talks, "X-Y talks", possessives. A bare determiner
 * does not ("The talks come two years after ..." refers back to talks the article has already named).
 */
const NOUN_QUALIFIER =
  '(?:peace|trade|nuclear|border|ceasefire|truce|bilateral|trilateral|multilateral|multi-?party|all-party|' +
  'direct|indirect|face-to-face|secret|high-level|top-level|formal|informal|preliminary|exploratory|fresh|renewed|new|further|crisis|' +
  "emergency|round\\s+of|week['’]s|month['’]s|[a-z]+-[a-z]+|[a-z]+['’]s)";

/** A request or a wish for talks is not talks held ("demand negotiations with", "called for talks"). */
const WISHED_FOR_BEFORE =
  /\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|seek(?:s|ing)?|sought|want(?:s|ed)?|offer(?:s|ed)?|propos(?:e|es|ed|al\s+for)|refus(?:e|es|ed)|reject(?:s|ed)?)\s+(?:\S+\s+){0,2}$/i;

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

export const TALKS_RULES: readonly TriggerRule[] = [
  {
    id: 'meeting-talks-passive',
    type: 'meeting',
    // Talks held, scheduled or about to start, in the passive or with "to": "talks will be held", "talks are due to resume".
    pattern:
      '\\b(?:talks|negotiations)\\s+(?:will|would|are|were|is|was|have\\s+been|had\\s+been|has\\s+been)\\s+(?:\\w+\\s+)?(?:be\\s+)?' +
      '(?:(?:due|expected|set|scheduled)\\s+to\\s+(?:be\\s+held|take\\s+place|begin|start|resume|open|continue)|held|scheduled|planned|set|slated|under\\s?way)\\b',
    example: 'Talks will be held in Geneva next week between the foreign ministers.',
    confidence: 0.85,
  },
  {
    id: 'meeting-talks-noun',
    type: 'meeting',
    // "talks" after a qualifier or a preposition: "the multi-party talks", "Israel-Syrian talks", "expelled from the talks".
    pattern: `\\b(?:${NOUN_QUALIFIER}|in|into|from|to|at|during|after|before|for|of)\\s+(?:(?:peace|trade|nuclear|border|direct|formal|multi-?party)\\s+)?talks\\b`,
    example: 'Syria wants to renew the long-stalled peace talks between the two countries.',
    notBefore: WISHED_FOR_BEFORE,
    // "talks to", "talks about" after a name or a pronoun are the verb ("as he talks to the assistant secretary").
    notAfter: /^\s+(?:to|about|of)\s+(?:him|her|them|us|me|reporters|journalists|the\s+press)\b/i,
    confidence: 0.7,
  },
  {
    id: 'meeting-negotiations-noun',
    type: 'meeting',
    // Negotiations with or between named parties, or under way: "in negotiations with film studios", "the negotiations".
    pattern: `\\b(?:in|into)\\s+negotiations\\b|\\bnegotiations\\s+(?:with|between)\\b|\\b${NOUN_QUALIFIER}\\s+negotiations\\b`,
    example: 'Apple executives are in negotiations with film studios to arrange the deal.',
    notBefore: WISHED_FOR_BEFORE,
    confidence: 0.7,
  },
  {
    id: 'visit-arrived-weekday',
    type: 'visit',
    // An arrival dated by a bare weekday, the way news reports a delegation's coming: "Ritter, who arrived Thursday".
    pattern: `\\b(?:arrived|arrives|arriving)\\s+(?=${WEEKDAY}\\b)${WEEKDAY}\\b`,
    example: 'Ritter, who arrived Thursday with some 50 inspectors, began the tour of the palaces.',
    confidence: 0.75,
  },
];
