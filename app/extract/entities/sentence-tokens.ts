// Tokens of one sentence and which of them an entity mention already covers: what every entity pass reads and marks.

import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';

/** Tokens of one sentence and which of them an entity mention already covers. */
export interface SentenceTokens {
  sentence: Sentence;
  tokens: readonly Token[];
  covered: Uint8Array;
}

/** Marks tokens [from, to) of a sentence as covered by a mention. */
export function cover(st: SentenceTokens, from: number, to: number): void {
  st.covered.fill(1, from, to);
}
