// The event model: what the extraction pipeline produces, the database stores and the timeline shows.
// Every extracted value keeps its provenance: the rule that produced it and UTF-16 offsets into the article text.

import type { EventTypeId } from './event-types';

/** How finely a date is known. A month-precision event spans its first to its last day. */
export type DatePrecision = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'half' | 'year' | 'decade' | 'century';

/** Whether the article reports the event as having happened, as coming, or as not happening. */
export type EventStatus = 'occurred' | 'ongoing' | 'planned' | 'cancelled' | 'denied' | 'hypothetical';

/** A span of the article text that supports a value, with the rule that matched it. */
export interface Evidence {
  start: number; // UTF-16 code unit offset, inclusive
  end: number; // exclusive
  text: string;
  ruleId: string;
}

/** One argument of an event (who, where, when) and where it was read from. */
export interface Mention extends Evidence {
  role: 'trigger' | 'participant' | 'place' | 'date';
  /** Normalised value: a canonical entity name, or a TIMEX3 value for dates. */
  value: string;
}

/** How the event's date was chosen, most reliable first. */
export type DateBasis = 'explicit' | 'context' | 'publication';

export interface TimelineEvent {
  id: string;
  articleId: string;
  type: EventTypeId;
  label: string;
  start: string; // ISO date YYYY-MM-DD, first day
  end: string; // ISO date YYYY-MM-DD, last day (inclusive)
  precision: DatePrecision;
  /** The TIMEX3 value the date came from, e.g. "2023-10" (absent when taken from the publication date). */
  dateValue?: string;
  dateBasis: DateBasis;
  status: EventStatus;
  participants: string[];
  places: string[];
  confidence: number; // 0..1
  /** Sentences / trigger spans that report the event; several when it is mentioned more than once. */
  evidence: Evidence[];
  /** Where each participant, place, date and trigger came from. */
  mentions: Mention[];
  /** Rule that produced the event (the trigger rule of its first mention). */
  ruleId: string;
}
