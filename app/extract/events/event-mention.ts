// One reported mention of an event: its trigger, arguments, governing date and status, before coreference.

import type { EventStatus } from '../../model/event';
import type { EntityMention } from '../entities/types';
import { attachArguments, nearestOtherPerson, type EventArguments } from './arguments';
import { reanchorForPlannedEvent, type DatedTimex } from './dates';
import type { TriggerMatch } from './find-triggers';
import { mentionStatus } from './status';

export interface EventMention extends EventArguments {
  trigger: TriggerMatch;
  date?: DatedTimex;
  status: EventStatus;
}

/** Types whose participants are people coming together: a lone or missing participant is completed from the sentence. */
const GATHERING_TYPES = new Set(['meeting', 'visit', 'forum']);

/** Builds the mention of one trigger from its sentence's entities and its governing timex. */
export function buildEventMention(
  trigger: TriggerMatch,
  sentenceEntities: readonly EntityMention[],
  date: DatedTimex | undefined,
  text: string,
  published: string | null,
  nextTriggerStart = Infinity,
): EventMention {
  const args = attachArguments(trigger, sentenceEntities, text, nextTriggerStart);
  if (GATHERING_TYPES.has(trigger.type)) {
    const people = (): EntityMention[] => [...args.agents, ...args.patients].filter((e) => e.kind === 'person');
    const wanted = trigger.type === 'meeting' ? 2 : 1;
    while (people().length < wanted) {
      const taken = new Set(people().map((e) => e.name));
      const extra = nearestOtherPerson(trigger, sentenceEntities, taken, text);
      if (!extra) break;
      args.agents.unshift(extra);
    }
  }
  const undatedStatus = mentionStatus({ trigger, published });
  const anchoredDate = date && undatedStatus === 'planned' ? reanchorForPlannedEvent(date, published) : date;
  const status = mentionStatus({ trigger, dateStart: anchoredDate?.start, dateEnd: anchoredDate?.end, published });
  return { ...args, trigger, date: anchoredDate, status };
}

/** Distinct canonical names of mentions, in order. */
export function distinctNames(mentions: readonly EntityMention[]): string[] {
  return [...new Set(mentions.map((m) => m.name))];
}
