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

/**
 * What a filler does in its event, per type: meeting/agreement `party`; visit `visitor`, `destination`, `host`;
 * forum `name`, `host-city`, `attendee`; invasion/attack `attacker`, `target`, `victim`, `weapon`; agreement `name`;
 * any type `place`. Reporting speakers, sources and commentators are never role fillers.
 */
export type EventRoleName =
  'party' | 'visitor' | 'destination' | 'host' | 'name' | 'host-city' | 'attendee' | 'attacker' | 'target' | 'victim' | 'weapon' | 'place';

/** One role filler of an event, with the span it was read from (absent when the analyst typed it). */
export interface EventRole {
  role: EventRoleName;
  /** Canonical name (an entity name, or a phrase such as "five police officers"). */
  value: string;
  evidence?: Evidence;
}

/** Fields an analyst can change by hand; an edited field keeps the analyst's value through re-extraction. */
export type EditableField = 'label' | 'type' | 'start' | 'end' | 'precision' | 'status' | 'participants' | 'places' | 'notes' | 'roles';

/** The analyst's verdict on an event; absent means not reviewed yet. */
export type ReviewState = 'accepted' | 'rejected';

/** Where an event came from: found by the engine in an article, or added by the analyst by hand. */
export type EventOrigin = 'extracted' | 'analyst';

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
  /** Who did what to whom, by role (absent on rows stored before roles existed: use participants/places). */
  roles?: EventRole[];
  /** 'analyst' for an event added by hand (it has no evidence); absent means extracted. */
  origin?: EventOrigin;
  /** Fields the analyst changed by hand. */
  editedFields?: EditableField[];
  /** The analyst's review verdict. */
  reviewState?: ReviewState;
  /** The analyst's free-text notes. */
  notes?: string;
}
