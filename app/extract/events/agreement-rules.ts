// Trigger rules for agreements (treaties, deals, accords, ceasefires, memoranda): verbs of signing and agreeing, and
// the agreement nouns themselves, guarded against the non-event senses of "deal" ("a great deal of", "to deal with").

import type { TriggerRule } from './trigger-rules';

/** Nouns that name an agreement by themselves ("contract", "declaration", "charter" are too often not one). */
const AGREEMENT_NOUN =
  '(?:deals?|treat(?:y|ies)|agreements?|accords?|pacts?|memorand(?:um|a)\\s+of\\s+understanding|mous?|ceasefires?|truces?|armistice)';

export const AGREEMENT_RULES: readonly TriggerRule[] = [
  {
    id: 'agreement-signed',
    type: 'agreement',
    pattern:
      "\\b(?:signed|signs|sign|signing|inked|concluded|struck|reached|clinched|sealed)\\s+(?:[\\w’'-]+\\s+){0,5}?(?:deals?|treat(?:y|ies)|agreements?|accords?|pacts?|memorand(?:um|a)|contracts?|MoUs?|declaration|charter)\\b",
    example: 'Egypt and Israel signed a gas export agreement on Wednesday.',
    confidence: 0.9,
  },
  {
    id: 'agreement-was-signed',
    type: 'agreement',
    pattern:
      '\\b(?:deal|treaty|agreement|accord|pact|memorandum)\\s+(?:was|were|has\\s+been|had\\s+been|will\\s+be|is\\s+to\\s+be)\\s+signed\\b',
    example: 'The treaty was signed in Lisbon in 2007.',
    confidence: 0.9,
  },
  {
    id: 'agreement-agreed',
    type: 'agreement',
    pattern:
      '\\bagreed\\s+(?:to|on|upon)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:ceasefire|truce|deal|framework|peace\\s+plan)\\b',
    example: 'The warring parties agreed to a 72-hour ceasefire.',
    confidence: 0.85,
  },
  {
    id: 'agreement-ratified',
    type: 'agreement',
    pattern: `\\b(?:ratified|ratifies|ratify|ratifying|ratification\\s+of)\\s+(?:[\\w’'-]+\\s+){0,5}?${AGREEMENT_NOUN}\\b|\\b(?:treaty|agreement|accord|pact|deal)\\s+(?:was|were|has\\s+been|had\\s+been)\\s+ratified\\b`,
    example: 'The parliament ratified the free trade agreement with Canada.',
    confidence: 0.9,
  },
  {
    id: 'agreement-agreed-to-act',
    type: 'agreement',
    pattern:
      '\\b(?:agreed|agree|agrees)\\s+to\\s+(?:buy|purchase|sell|acquire|merge|supply|exchange|swap|release|withdraw|resume|extend|cut|reduce|cooperate|establish|restore|normali[sz]e|lease|set\\s+up|form|allow|give|lift|halt|end)\\b',
    example: 'The two governments agreed to restore diplomatic relations.',
    notBefore: /\b(?:not|never|n['’]t|refused\s+to|would\s+not)\s+(?:\w+\s+)?$/i,
    confidence: 0.75,
  },
  {
    id: 'agreement-agreed-with',
    type: 'agreement',
    // Two parties agreeing on a course of action: "X agreed with Y to hold a referendum", "agreed with Kyiv on a truce".
    // Agreeing with an opinion is not an agreement: "agreed with Apple Computer's defence that ..." has no "to" or "on".
    pattern:
      "\\b(?:agreed|agrees|agree)\\s+with\\s+(?:(?!that\\b|to\\b|on\\b)[\\w.’'-]+\\s+){1,6}?(?:to\\s+(?!(?:the|a|an|this|that|his|her|their|its|some|all)\\b)[a-z]+|" +
      'on\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:ceasefire|truce|deal|framework|plan|roadmap|agreement|terms|schedule))\\b',
    example: 'Britain agreed with the Irish government to set up a joint commission on the border.',
    notBefore: /\b(?:not|never|n['’]t|refused\s+to|would\s+not)\s+(?:\w+\s+)?$/i,
    confidence: 0.75,
  },
  {
    id: 'agreement-noun',
    type: 'agreement',
    pattern: `\\b${AGREEMENT_NOUN}\\b`,
    example: 'The deal was approved unanimously by the board of directors.',
    // "a great deal of", "a big deal", "to deal with", "the deal of the century" idioms, "in agreement", "contract killer".
    notBefore:
      /\b(?:great|good|big|raw|fair|square|real|to|will|can|could|must|should|would|cannot|in|broad|general|social|new\s+deal\s+for)\s+$/i,
    notAfter:
      /^\s+(?:of\s+(?:time|money|work|attention|interest|pressure|the\s+century)|with\s+(?:it|this|that|the\s+(?:problem|issue|crisis|fallout|consequences))|breakers?|killers?|killing|workers?|law|bridge|organi[sz]ation)\b/i,
    // "the Warsaw Pact", "the North Atlantic Treaty Organization": a name, not a signing.
    notInName: true,
    confidence: 0.6,
  },
];
