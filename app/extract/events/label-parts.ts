// Shared pieces of event labels (labels.ts, attack-label.ts, agreement-label.ts): what a label is made from, whether it
// names anything, how names are joined, and the lower-case qualifier of an unnamed gathering or agreement.

import type { EventTypeId } from '../../model/event-types';
import type { EventMention } from './event-mention';
import { sentenceTailBefore } from './find-triggers';

export interface LabelInput {
  type: EventTypeId;
  /** Participant names that are countries. */
  countries: ReadonlySet<string>;
  agents: string[];
  patients: string[];
  places: string[];
  mentions: readonly EventMention[];
  /** What the article is about (article-subject.ts): added to a label that names nobody and nowhere. */
  subject?: string;
}

export interface Label {
  text: string;
  /** The label is only a type word or a common-noun phrase ("Explosion", "Merger agreement"): it names nothing. */
  nameless: boolean;
}

export const named = (text: string): Label => ({ text, nameless: false });
export const nameless = (text: string): Label => ({ text, nameless: true });
/** A kind with a place is named ("Meeting in London"); without one it names nothing. */
export const kindIn = (kind: string, places: readonly string[]): Label => (places[0] ? named(`${kind} in ${places[0]}`) : nameless(kind));

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export const inPlace = (places: readonly string[]): string => (places[0] ? ` in ${places[0]}` : '');

/** The names of the persons among the agents and patients of the mentions. */
export function personNames(mentions: readonly EventMention[]): Set<string> {
  return new Set(
    mentions
      .flatMap((m) => [...m.agents, ...m.patients])
      .filter((e) => e.kind === 'person')
      .map((e) => e.name),
  );
}

/**
 * A lower-case qualifier of an unnamed gathering or agreement just before its noun: "a developers' conference",
 * "a large business forum", "the merger agreement", "a stock purchase agreement". Sizes, times and ordinals qualify
 * nothing an analyst can tell apart.
 */
const LOWER_MODIFIER_BEFORE = /\b(?:an?|the|this|that|its|their|his|her)\s+((?:[\p{Ll}][\p{Ll}'’-]*\s+){1,2})$/u;
export const NOT_QUALIFIERS =
  /^(?:large|small|major|big|huge|annual|new|first|last|next|recent|upcoming|forthcoming|planned|proposed|same|whole|previous|previously|announced|tentative|final|possible|potential|special|informal|formal|joint|separate|such|other|two|three|one-day|two-day|three-day|day-long|week-long|latest|historic|rare|key|initial|earlier|later|largest|biggest|multi-billion|\d[\w-]*|the|a|an|of|to|and|or|in|on|at|for|with|by|from|as|no|not|any|if|whether|this|that|these|those|his|her|its|their|our|my|your|what|which|who|whose|day|time|year|is|was|be|been|has|have|had|will|would|said|says)$/;

export function lowerModifier(mentions: readonly EventMention[], type: EventTypeId): string | undefined {
  for (const m of mentions) {
    if (m.trigger.type !== type || /\s/.test(m.trigger.text.trim())) continue; // "signed a deal": the verb, not a qualifier
    const words = LOWER_MODIFIER_BEFORE.exec(sentenceTailBefore(m.trigger))?.[1]?.trim().split(/\s+/) ?? [];
    while (words.length > 0 && NOT_QUALIFIERS.test(words[0]!)) words.shift();
    if (words.length > 0 && words.every((w) => !NOT_QUALIFIERS.test(w))) return words.join(' ');
  }
  return undefined;
}
