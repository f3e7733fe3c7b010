// One reported mention of an event: its trigger, arguments, governing date and status, before coreference.

import type { EventStatus } from '../../model/event';
import type { EntityMention } from '../entities/types';
import { attachArguments, type EventArguments } from './arguments';
import { nearestOtherPerson } from './participant-completion';
import { reanchorForPlannedEvent, type DatedTimex } from './dates';
import type { TriggerMatch } from './find-triggers';
import { mentionStatus } from './status';
import { sentenceTailBefore } from './find-triggers';

export interface EventMention extends EventArguments {
  trigger: TriggerMatch;
  date?: DatedTimex;
  status: EventStatus;
}

/** Before a gathering noun used to date another event: "during the", "at the", "on the sidelines of the". */
const REFERRING_BEFORE = new RegExp(
  '\\b(?:during|at|on\\s+the\\s+(?:sidelines|margins)\\s+of|in\\s+the\\s+course\\s+of)\\s+' +
    '(?:the|this|that|his|her|their|its)\\s+(?:[\\w-]+\\s+){0,3}?$',
  'i',
);

/**
 * Types whose participants are people coming together: a lone or missing participant is completed from the sentence.
 * Not forums: a forum's attendees are only those the text says attended it (forum-attendance.ts).
 */
const GATHERING_TYPES = new Set(['meeting', 'visit']);

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
  // "During the visit, he met X": a gathering named to date another event refers back to one already reported; the
  // nearest person is a party of the other event, not of this one.
  if (GATHERING_TYPES.has(trigger.type) && !REFERRING_BEFORE.test(sentenceTailBefore(trigger))) {
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
