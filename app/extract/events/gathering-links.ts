// Links between gathering mentions (meeting ↔ forum ↔ talks) that make them one event:
// - "X will host Y at an Arctic summit in Tromsø": a meeting trigger ("host", "hold talks", "meet") linked by "at" to a
//   forum trigger of the same clause is the forum itself, with the meeting's participants (but a meeting at a named
//   multilateral forum, "met Xi at the G20 summit", stays a bilateral of its own);
// - "the meeting", "the summit", "the talks" later in the article, with no participants, place or date of their own,
//   refer back to the most recent gathering instead of opening a new, undated event.

import type { EventMention } from './event-mention';

const GATHERING_TYPES = new Set(['meeting', 'forum']);
/** Between a meeting trigger and a forum trigger: "... at an Arctic summit", "... at the annual forum". */
const AT_FORUM_BETWEEN =
  /^(?:(?![;:“”"]|\b(?:said|says|told|but|while|after|before|which|who|when|then)\b)[^.!?])*?\bat\s+(?:an?|the|this|that|its|their|next\s+\w+['’]s)\s+(?:[\p{L}\d'’-]+\s+){0,3}$/iu;

/** The forum mention `forum` is where the meeting mention `meeting` takes place ("host X at an Arctic summit"). */
export function meetingHeldAtForum(meeting: EventMention, forum: EventMention, text: string): boolean {
  if (meeting.trigger.type !== 'meeting' || forum.trigger.type !== 'forum') return false;
  if (meeting.trigger.sentence !== forum.trigger.sentence || forum.trigger.start < meeting.trigger.end) return false;
  // "Biden met Xi at the G20 summit": at a named multilateral forum, a meeting is a bilateral on its sidelines (its own
  // event); hosting someone there ("will host Putin at the Belt and Road Forum") is still the forum itself.
  if (forum.trigger.rule.id !== 'forum-word' && meeting.trigger.rule.id !== 'meeting-received') return false;
  return AT_FORUM_BETWEEN.test(text.slice(meeting.trigger.end, forum.trigger.start));
}

/** "the meeting", "this summit", "the two-hour talks": a definite gathering noun. */
const DEFINITE_BEFORE = /\b(?:the|this|that)\s+(?:[\p{Ll}\d-]+\s+)?$/u;
const GATHERING_NOUN_RULES = new Set(['meeting-noun', 'forum-word']);

/** A definite gathering noun that names nothing new (no participants, place or date of its own). */
export function isBareDefiniteGathering(m: EventMention, text: string): boolean {
  if (!GATHERING_NOUN_RULES.has(m.trigger.rule.id)) return false;
  if (m.agents.length > 0 || m.patients.length > 0 || m.places.length > 0 || m.date) return false;
  return DEFINITE_BEFORE.test(text.slice(Math.max(0, m.trigger.start - 40), m.trigger.start));
}

/** Whether a cluster whose first mention is `first` can be the antecedent of a bare definite gathering noun. */
export function isGatheringAntecedent(first: EventMention): boolean {
  return GATHERING_TYPES.has(first.trigger.type) && first.status !== 'denied' && first.status !== 'hypothetical';
}
