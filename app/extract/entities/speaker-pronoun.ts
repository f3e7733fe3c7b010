// "it" right after a company's or a state's reporting verb stands for the one who reports: "Cilcorp Inc., Peoria,
// Ill., said it agreed to acquire the businesses of Hunter Environmental Services Inc." and "RJR Nabisco Inc. said it
// agreed to sell its Baby Ruth, Butterfinger and Pearson candy businesses" (TimeBank). The speaker reports and takes
// no part in what is reported (arguments.ts); the pronoun is the subject of the reported clause and does: "China
// Eastern Airlines stated on Thursday that it had signed a contract to purchase a score of Airbus A320 passenger jets"
// (MEANTIME dev). A mention with the speaker's name is added on the pronoun. "The ministry said it was a provocation"
// gets one too, harmlessly: "it" there is the subject of no event trigger.

import { firstIndexAtOrAfter } from '../text/sorted-search';
import type { SentenceTokens } from './sentence-tokens';
import type { EntityMention } from './types';

export const SPEAKER_PRONOUN_RULE = 'speaker-pronoun';

/** The reporting verb (where it matches, the verb starts), a day ("on Thursday", "last week") and "that" (both optional). */
const REPORTING_VERB_BEFORE =
  /\b(?:said|says|announced|announces|stated|added|confirmed|disclosed|reported)\s+(?:(?:on|last|this)\s+\w+\s+)?(?:that\s+)?$/;
/** Between the speaker and its verb: nothing, or an appositive between commas (", Peoria, Ill.,"). */
const SPEAKER_TO_VERB = /^\s*(?:(?:,[^,;]{1,40}){1,3},\s*)?$/;

/** Mentions (sorted by start) with one added on each "it" that stands for the company or state reporting (see the header). */
export function addSpeakerPronouns(text: string, sentences: readonly SentenceTokens[], mentions: EntityMention[]): EntityMention[] {
  const added: EntityMention[] = [];
  for (const { sentence, tokens } of sentences) {
    for (const token of tokens) {
      if (token.text !== 'it') continue;
      const from = Math.max(sentence.start, token.start - 40);
      const verb = REPORTING_VERB_BEFORE.exec(text.slice(from, token.start));
      if (!verb) continue;
      const verbStart = from + verb.index;
      const speaker = speakerBefore(text, mentions, sentence.start, verbStart);
      if (speaker)
        added.push({
          ...speaker,
          start: token.start,
          end: token.end,
          text: token.text,
          ruleId: SPEAKER_PRONOUN_RULE,
          possessive: undefined,
        });
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** The organisation or country mention that is the subject of the reporting verb starting at `verbStart`. */
function speakerBefore(
  text: string,
  mentions: readonly EntityMention[],
  sentenceStart: number,
  verbStart: number,
): EntityMention | undefined {
  const at = firstIndexAtOrAfter(mentions, verbStart, (m) => m.start);
  for (let k = at - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.start < sentenceStart) return undefined;
    if (m.end > verbStart) continue;
    if (!SPEAKER_TO_VERB.test(text.slice(m.end, verbStart))) {
      if (m.kind === 'place') continue; // ", Peoria, Ill.,": places of the appositive
      return undefined;
    }
    return m.kind === 'organisation' || m.kind === 'country' ? m : undefined;
  }
  return undefined;
}
