// Dates by reference to another event of the same article: "During the visit he will meet Xi Jinping" takes the
// visit's date, "At the summit on Friday, Widodo met Li Qiang" the summit's. The phrase must stand in the trigger's
// sentence before the trigger; the event referred to is the latest earlier event of the named type with a date read
// from the text (explicit or context), never one placed by the publication date.

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

/** The earlier event whose date the text before a trigger refers to ("during the visit"), if any. */
export function referencedEvent(
  textBeforeTrigger: string,
  earlier: readonly TimelineEvent[],
  ownType: EventTypeId,
): TimelineEvent | undefined {
  REFERENCE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = REFERENCE.exec(textBeforeTrigger); m; m = REFERENCE.exec(textBeforeTrigger)) last = m;
  const type = last ? TYPE_OF_NOUN[last[1]!.toLowerCase()] : undefined;
  if (!type || type === ownType) return undefined;
  return earlier.findLast((e) => e.type === type && e.dateBasis !== 'publication');
}
