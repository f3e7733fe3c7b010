// A small part-of-speech tagger for clause structure: closed-class lexicon, reporting and common verbs, then
// capitalisation, suffix and neighbour rules. It tags what the argument rules need (verbs, auxiliaries, nouns and
// names, prepositions, subordinators) and is linear in the sentence.
// Own tagger, not wink-nlp, measured (2026-12-02) by swapping wink-nlp 2.4 + wink-eng-lite-web-model 1.8 in behind
// tagSentence: eval:events gave identical figures on every corpus part; of 1,972 clause decisions (voice, shared
// subject, speaker) at the triggers and names of the development parts 9 differed, of which this tagger had 6 right
// and wink-nlp 2 (1 unclear); the clause pass took twice as long, and the model adds about 4 MB to a bundle (the
// extraction worker must stay under 3 MB).

import type { Token } from '../text/tokens';
import { sentenceTokens } from '../text/sentence-token-cache';
import { CLOSED_CLASS, NOT_VERBS, REPORTING_VERBS, VERBS, type PosTag } from './pos-lexicon';

export interface TaggedToken extends Token {
  tag: PosTag;
  lower: string;
}

const NUMBER = /^\d[\d,.:]*(?:st|nd|rd|th|s)?$/;
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;

function baseTag(token: Token, index: number): PosTag {
  const lower = token.text.toLowerCase();
  if (PUNCTUATION.test(token.text)) return /^['’]s?$/.test(token.text) ? 'POSS' : 'PUNCT';
  if (NUMBER.test(token.text)) return 'NUM';
  const closed = CLOSED_CLASS.get(lower);
  // A capitalised closed-class word inside a sentence is still that word ("The", "In"), except "US"/"IT".
  if (closed && (index === 0 || token.text !== token.text.toUpperCase() || token.text.length === 1)) return closed;
  if (REPORTING_VERBS.has(lower) && !/^\p{Lu}/u.test(token.text)) return 'REPORT';
  if (/^\p{Lu}/u.test(token.text) && index > 0) return 'PROPN';
  if (VERBS.has(lower)) return 'VERB';
  if (NOT_VERBS.has(lower)) return 'NOUN';
  if (/ly$/.test(lower) && lower.length > 4) return 'ADV';
  if (/(?:ed|ing)$/.test(lower) && lower.length > 4) return 'VERB';
  if (/(?:ous|ive|al|ic|ful|less|ian|ese|ish)$/.test(lower)) return 'ADJ';
  return 'NOUN';
}

/** Tags after neighbour rules: "the wounded" is a noun, "was attacked" a verb, a sentence-initial name a name. */
function refine(tokens: TaggedToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    // A possessive apostrophe is attached to its word; a detached or doubled one is a quote mark ('' said Jobs).
    if (t.tag === 'POSS' && (!prev || prev.end !== t.start || prev.text === t.text || tokens[i + 1]?.text === t.text)) t.tag = 'PUNCT';
    if (t.tag === 'VERB' && prev && (prev.tag === 'DET' || prev.tag === 'ADJ' || prev.tag === 'POSS'))
      t.tag = /ed$/.test(t.lower) ? 'ADJ' : 'NOUN';
    // "could use", "to carry", "will not meet": a word after a modal or "to" (adverbs and "not" skipped) is a verb.
    if (t.tag === 'NOUN' || t.tag === 'ADJ') {
      let k = i - 1;
      while (k >= 0 && (tokens[k]!.tag === 'ADV' || tokens[k]!.tag === 'NEG')) k--;
      if (k >= 0 && (tokens[k]!.tag === 'MODAL' || tokens[k]!.tag === 'TO')) t.tag = 'VERB';
    }
    if (i === 0 && /^\p{Lu}/u.test(t.text) && !CLOSED_CLASS.has(t.lower) && !REPORTING_VERBS.has(t.lower)) t.tag = 'PROPN';
    // "X attacks Y": a bare -s word between a name and a name or determiner is a verb.
    if (t.tag === 'NOUN' && /s$/.test(t.lower) && prev && (prev.tag === 'PROPN' || prev.tag === 'PRON')) {
      const next = tokens[i + 1];
      if (next && (next.tag === 'PROPN' || next.tag === 'DET' || next.tag === 'NUM')) t.tag = 'VERB';
    }
  }
}

const cache = new WeakMap<object, TaggedToken[]>();

/** Tagged tokens of a sentence (article offsets); cached per sentence object. */
export function tagSentence(sentence: { text: string; start: number }): TaggedToken[] {
  let tagged = cache.get(sentence);
  if (!tagged) {
    // Own objects (the cached tokens are shared), built field by field: a `{ ...t }` copy of the ~100,000 tokens of
    // the 256 TempEval-3 articles took ~200 ms in a fresh process, these literals ~18 ms.
    tagged = sentenceTokens(sentence).map((t, i) => ({
      text: t.text,
      start: t.start,
      end: t.end,
      lower: t.text.toLowerCase(),
      tag: baseTag(t, i),
    }));
    refine(tagged);
    cache.set(sentence, tagged);
  }
  return tagged;
}
