// A gold-annotated document for event evaluation: sentences joined by newlines, and gold (sentence, type) pairs.

import type { EventTypeId } from '../../../app/model/event-types';

export interface GoldDocument {
  id: string;
  corpus: string;
  /** Sentences joined by "\n"; sentenceStarts[i] is the offset of sentence i. */
  text: string;
  sentenceStarts: number[];
  gold: { sentence: number; type: EventTypeId; trigger: string }[];
  /** Sentences [0, annotatedSentences) were annotated; system events after them are not scored. Absent: all were. */
  annotatedSentences?: number;
}

/** Joins sentence strings into one text and records where each starts. */
export function joinSentences(sentences: readonly string[]): { text: string; sentenceStarts: number[] } {
  const sentenceStarts: number[] = [];
  let text = '';
  for (const s of sentences) {
    if (text.length > 0) text += '\n';
    sentenceStarts.push(text.length);
    text += s;
  }
  return { text, sentenceStarts };
}

/** Index of the sentence containing `offset`. */
export function sentenceIndexAt(sentenceStarts: readonly number[], offset: number): number {
  let index = 0;
  for (let i = 0; i < sentenceStarts.length; i++) if (sentenceStarts[i]! <= offset) index = i;
  return index;
}
