// A gold-annotated document for event evaluation: sentences joined by newlines, gold event mentions with their
// trigger, role-labelled arguments and (where the corpus gives one) date window, and the annotated names.

import type { EventTypeId } from '../../../app/model/event-types';
import type { GoldRoleClass } from './role-classes';

/** Which part of its corpus a document belongs to (see splits.ts): tune on 'dev' only. */
export type SplitPart = 'dev' | 'test';

/** A character span of the document text with its text. */
export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

/** One argument of a gold event: its role class (for scoring), the corpus's own role name, and whether it is a name. */
export interface GoldArgument extends GoldSpan {
  roleClass: GoldRoleClass | null;
  corpusRole: string;
  /** A proper name (what the timeline can show); only named arguments must be found. */
  named: boolean;
}

export interface GoldEvent {
  sentence: number;
  type: EventTypeId;
  trigger: string;
  arguments: GoldArgument[];
  /** ISO date window [start, end] the event lies in, when the corpus anchors it to a date. */
  date?: { start: string; end: string; value: string };
}

export type GoldNameType = 'PER' | 'LOC' | 'ORG';

/** An annotated entity mention; `type` null for mentions of other kinds (dates, products, ...) and for non-names. */
export interface GoldName extends GoldSpan {
  type: GoldNameType | null;
  /** A proper name whose entity type the corpus does not give (a MEANTIME name linked to no entity): not scored. */
  untyped?: boolean;
}

export interface GoldDocument {
  id: string;
  corpus: string;
  /** Sub-corpus (MEANTIME topic) or file the document came from. */
  section: string;
  split: SplitPart;
  /** Sentences joined by "\n"; sentenceStarts[i] is the offset of sentence i. */
  text: string;
  sentenceStarts: number[];
  /** Publication date passed to the extractor (the corpus's creation time, or a fixed date when it has none). */
  published: string;
  gold: GoldEvent[];
  /** Annotated entity mentions (all kinds); the entity evaluation scores the PER/LOC/ORG names among them. */
  names: GoldName[];
  /**
   * Arguments of the events that state an attack's toll (WikiEvents Life.Die / Life.Injure: victims, killers), per
   * sentence: allowed among the fillers of an attack in that sentence, never required (events/argument-scoring.ts).
   */
  casualties?: { sentence: number; arguments: GoldArgument[] }[];
  /** Sentences [0, annotatedSentences) were annotated; system output after them is not scored. Absent: all were. */
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

const NOT_A_NAME = /^(?:he|she|they|it|we|i|you|them|him|her|his|their|its|this|that|these|those|the|a|an|who|which|one|some|all|both)\b/i;

/**
 * Whether an annotated span is a proper name: it starts with a capital letter and is not a pronoun or determiner.
 * With `context`, a single word opening its sentence ("Militants attacked ...", "Firearms are ubiquitous") is a name
 * only if the document never writes it in lower case: a capital there says nothing.
 */
export function looksLikeName(text: string, context?: { sentenceInitial: boolean; documentText: string }): boolean {
  if (!/^\p{Lu}/u.test(text) || NOT_A_NAME.test(text)) return false;
  if (!context?.sentenceInitial || /\s/.test(text.trim())) return true;
  const lower = text.charAt(0).toLowerCase() + text.slice(1);
  return !context.documentText.split(/[^\p{L}\p{N}-]+/u).includes(lower);
}
