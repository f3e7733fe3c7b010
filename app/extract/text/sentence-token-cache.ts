// The tokens of a sentence, tokenised once per sentence object and shared: the entity passes read every sentence's
// tokens and the tagger (syntax/tagger.ts) those of the sentences it tags; before, each tokenised on its own (on
// the 256 TempEval-3 articles the tagger tags ~830 of the ~4,050 sentences the entity passes tokenise).
// Callers must not change the arrays or their tokens.

import { tokenize, type Token } from './tokens';

const cache = new WeakMap<object, readonly Token[]>();

/** Tokens of a sentence with article offsets (tokenize(sentence.text, sentence.start)), cached per sentence object. */
export function sentenceTokens(sentence: { text: string; start: number }): readonly Token[] {
  let tokens = cache.get(sentence);
  if (!tokens) cache.set(sentence, (tokens = tokenize(sentence.text, sentence.start)));
  return tokens;
}
