// "King Hussein of Jordan", "President Hashemi Rafsanjani of Iran" (TempEval-3 TimeBank, a development part): a
// state named right after a person and "of" says whom the person represents. It is part of the person's description,
// not a party, destination or place of the event: "King Hussein of Jordan arrived in Washington" is no visit to Jordan.

import type { EntityMention } from '../entities/types';

const OF_BETWEEN = /^\s+of\s+(?:the\s+)?$/;

/** Whether `e` is a state that describes the person named just before it ("<person> of <state>"). */
export function isCountryOfPerson(e: EntityMention, entities: readonly EntityMention[], text: string): boolean {
  if (e.kind !== 'country') return false;
  return entities.some(
    (p) => p.kind === 'person' && p.end <= e.start && e.start - p.end <= 9 && OF_BETWEEN.test(text.slice(p.end, e.start)),
  );
}
