// Dates by reference to another event of the same article: "During the visit he will meet Xi Jinping" takes the
// visit's date, "At the summit on Friday, Widodo met Li Qiang" the summit's. The phrase must stand in the trigger's
// sentence before the trigger; the event referred to is the latest earlier event of the named type with a date read
// from the text (explicit or context), never one placed by the publication date.
// So is the gathering a journey of the same sentence was made for: "Blinken arrived in Tel Aviv on Monday for talks
// with Israeli leaders" (the talks are on Monday), "Sytenko left Tuesday for consultations with the government"
// (TimeBank), "flew back to Belfast ... for their emergency meeting" (WikiEvents dev).

import type { TimelineEvent } from '../../model/event';
import type { EventTypeId } from '../../model/event-types';

/** Example: "During the visit, Putin will meet Xi" → the visit. */
const REFERENCE = new RegExp(
  '\\b(?:during|at|on\\s+the\\s+(?:sidelines|margins)\\s+of|in\\s+the\\s+course\\s+of)\\s+(?:the|this|that|his|her|their|its)\\s+' +
    '(?:[\\w-]+\\s+){0,3}?(visit|trip|tour|summit|forum|conference|meeting|talks)\\b',
  'gi',
);

const TYPE_OF_NOUN: Readonly<Record<string, EventTypeId>> = {
  visit: 'visit',
  trip: 'visit',
  tour: 'visit',
  summit: 'forum',
  forum: 'forum',
  conference: 'forum',
  meeting: 'meeting',
  talks: 'meeting',
};

/** A gathering named as a journey's purpose: "for talks", "for their emergency meeting", "to attend a summit". */
const PURPOSE_BEFORE = /\b(?:for|to\s+attend)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,3}?$/i;
const GATHERING_TYPES: ReadonlySet<EventTypeId> = new Set(['meeting', 'forum']);

/**
 * The earlier event whose date the text before a trigger refers to ("during the visit"), or the journey of the same
 * sentence made for it (`sentenceStart`: where the trigger's sentence starts), if any.
 */
export function referencedEvent(
  textBeforeTrigger: string,
  earlier: readonly TimelineEvent[],
  ownType: EventTypeId,
  sentenceStart = Infinity,
): TimelineEvent | undefined {
  if (GATHERING_TYPES.has(ownType) && PURPOSE_BEFORE.test(textBeforeTrigger)) {
    const journey = earlier.findLast(
      (e) =>
        e.type === 'visit' &&
        e.dateBasis !== 'publication' &&
        e.mentions.some((m) => m.role === 'trigger' && m.start >= sentenceStart && m.start < sentenceStart + textBeforeTrigger.length),
    );
    if (journey) return journey;
  }
  REFERENCE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = REFERENCE.exec(textBeforeTrigger); m; m = REFERENCE.exec(textBeforeTrigger)) last = m;
  const type = last ? TYPE_OF_NOUN[last[1]!.toLowerCase()] : undefined;
  if (!type || type === ownType) return undefined;
  return earlier.findLast((e) => e.type === type && e.dateBasis !== 'publication');
}
