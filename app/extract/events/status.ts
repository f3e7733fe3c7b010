// Decides whether a trigger reports an event as occurred, ongoing, planned, cancelled, denied or hypothetical,
// from cue words around it in its sentence and from whether its date lies after the publication date.

import type { EventStatus } from '../../model/event';
import type { TriggerMatch } from './find-triggers';

const DENIAL_BEFORE = /\b(?:denied|denies|deny|denying|rejected claims)\s+(?:that\s+)?(?:\S+\s+){0,7}$/i;
/** "did not meet", "refused to visit"; "could barely speak to them, let alone visit" / "much less visit" negate too. */
const NEGATION_BEFORE =
  /\b(?:not|never|no|n['’]t|denied|deny|denies|refused to|declined to|rejected|let\s+alone|(?:much|still|even)\s+less)\s+(?:\w+\s+){0,2}$/i;
/** "Biden will not attend the summit": a forum goes ahead without someone; his absence does not deny it. */
const ABSENCE_FROM_FORUM_BEFORE =
  /\b(?:not|never|n['’]t)\s+(?:attend|join|go\s+to|travel\s+to|be\s+at|take\s+part\s+in|participate\s+in)\s+(?:\S+\s+){0,3}$/i;
/** "The summit did not take place", "the meeting never happened": the event is denied after its trigger. */
const NEGATED_OCCURRENCE_AFTER =
  /^\S*\s+(?:\S+\s+){0,6}?(?:did\s+not|didn['’]t|never|has\s+not|hasn['’]t|have\s+not|haven['’]t)\s+(?:take\s+place|took\s+place|taken\s+place|happen|happened|occur|occurred|materiali[sz]ed?)\b/i;
const NOT_GONE_AHEAD_AFTER = /^\S*\s+(?:\S+\s+){0,6}?(?:did\s+not|didn['’]t|never|will\s+not|won['’]t)\s+go\s+ahead\b/i;
// A postponed event still takes place later: postponement is not cancellation, the event stays planned.
const POSTPONED_NEAR =
  /\b(?:postponed|postpones|postpone|postponing|delayed|deferred|rescheduled|pushed\s+back|put\s+off|moved)\s+(?:\S+\s+){0,3}$/i;
const POSTPONED_AFTER =
  /^\S*\s+(?:\S+\s+){0,8}?(?:was|were|has been|had been|is|have been|will be)\s+(?:\w+\s+)?(?:postponed|delayed|deferred|rescheduled|pushed\s+back|put\s+off)\b/i;
const CANCEL_NEAR_BEFORE = /\b(?:cancel(?:l?ed|s|led)?|called off|call off|scrapped|scrap|abandoned)\s+(?:\S+\s+){0,3}$/i;
const CANCEL_NEAR_AFTER =
  /^\S*\s+(?:\S+\s+){0,8}?(?:was|were|has been|had been|is|have been)\s+(?:\w+\s+)?(?:cancel(?:l?ed)|called off|scrapped|abandoned)\b/i;
// Case-sensitive so that the month "May" is not read as the modal verb.
const HYPOTHETICAL_BEFORE =
  /\b(?:could|might|may|would have|should|whether|possible|possibly|potential|proposed|threatened to|threatens to|calls? for|called for|urged)\s+(?:\S+\s+){0,4}$/;
/**
 * An attack only feared, threatened or guarded against: "the school might be a target for terrorist attacks", "to
 * protect the donor from possible attacks" (TimeBank), "the threat of attacks", "warned of further attacks". "The
 * convoy came under attack" and "the target of the attack" (a real one) are not.
 */
const POTENTIAL_ATTACK_BEFORE =
  /\b(?:targets?\s+for|threats?\s+of|fears?\s+of|risks?\s+of|danger\s+of|possibility\s+of|prospect\s+of|vulnerable\s+to|defen[cs]es?\s+against|protect\w*\s+(?:[\w'’-]+\s+){0,3}?(?:from|against)|warn\w*\s+(?:[\w'’-]+\s+){0,3}?of)\s+(?:(?:an?|any|possible|further|new|future|more)\s+)?(?:[\w-]+\s+)?$/i;
/** "If Vladimir Putin and Joe Biden meet": a condition clause reaches further back, up to its comma. */
const CONDITION_BEFORE = /\b(?:[Ii]f|[Uu]nless|[Ss]hould\s+(?:the|they|he|she))\s+[^,;.]{0,60}$/;
/** "would visit the region if the truce held": a condition right after the trigger. */
const CONDITION_AFTER = /^[^,;.]{0,40}?\b(?:if|unless|provided that)\b/;
const PLANNED_BEFORE =
  /\b(?:will|shall|plans?(?:\s+to)?|planned|planning|set to|due to|expected to|scheduled|upcoming|forthcoming|next|invitation|invited|would|intends? to|is to|are to|preparing to|ahead of)\s+(?:\S+\s+){0,4}$/i;
const PLANNED_AFTER =
  /^\S*\s+(?:\S+\s+){0,5}?(?:(?:will|would|is to|are to|is due|are due)\s+(?:\w+\s+)?(?:be\s+held|take\s+place|begin|start|open|be\s+hosted|convene)|(?:is|are)\s+(?:now\s+|tentatively\s+)?(?:scheduled|planned|slated|set)\s+(?:for|to)\b)\b/i;
/** "to visit", "agreed to pay a visit": an infinitive, unless a new clause starts in between ("to the president as he arrived"). */
const INFINITIVE_BEFORE =
  /\bto\s+(?:(?!(?:as|he|she|they|it|we|i|you|when|while|and|but|after|before|because|if|who|which)\b)\S+\s+){0,4}$/i;
/** A future main clause ("Biden will travel to India ..., before a visit to Vietnam") makes later nominal triggers planned. */
const FUTURE_CLAUSE_BEFORE =
  /\b(?:will|is due to|are due to|is expected to|are expected to|plans to|plan to|is set to|are set to|is scheduled to|are scheduled to)\b/i;
const PAST_VERB = /(?:ed|met|held|took|began|signed)$/i;
/** "hold off until Kofi Annan visits Baghdad": a present-tense event after "until" / "once" is still to come. */
const UNTIL_BEFORE = /\b(?:until|till|once)\s+(?:\S+\s+){0,7}$/i;
/** "The company is currently in talks with China": negotiations under way. */
const IN_TALKS_BEFORE = /\b(?:is|are|remain|remains)\s+(?:currently\s+|now\s+|still\s+)?in\s+(?:\w+\s+)?$/i;
/** A trigger that spans its own future or scheduling verb ("talks will be held", "talks are scheduled to resume"). */
const FUTURE_IN_TRIGGER = /\s(?:will|shall|(?:is|are)\s+(?:\w+\s+)?(?:scheduled|planned|set|slated|due|expected))\b/i;
const ONGOING_BEFORE = /\b(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?$/i;

export interface StatusInput {
  trigger: TriggerMatch;
  /** Dated span of the trigger's own timex, if any. */
  dateStart?: string;
  dateEnd?: string;
  published: string | null;
}

/** Status of one trigger mention. */
export function mentionStatus({ trigger, dateStart, dateEnd, published }: StatusInput): EventStatus {
  const { sentence } = trigger;
  const localStart = trigger.start - sentence.start;
  const localEnd = trigger.end - sentence.start;
  const before = sentence.text.slice(Math.max(0, localStart - 60), localStart);
  const after = sentence.text.slice(localEnd, localEnd + 80);
  if (CANCEL_NEAR_BEFORE.test(before) || CANCEL_NEAR_AFTER.test(after) || NOT_GONE_AHEAD_AFTER.test(after)) return 'cancelled';
  if (NEGATED_OCCURRENCE_AFTER.test(after)) return 'denied';
  const absentFromForum = trigger.type === 'forum' && ABSENCE_FROM_FORUM_BEFORE.test(before);
  if (!absentFromForum && (NEGATION_BEFORE.test(before) || DENIAL_BEFORE.test(before))) return 'denied';
  if (HYPOTHETICAL_BEFORE.test(before) || CONDITION_BEFORE.test(before) || CONDITION_AFTER.test(after)) return 'hypothetical';
  if ((trigger.type === 'attack' || trigger.type === 'invasion') && POTENTIAL_ATTACK_BEFORE.test(before)) return 'hypothetical';
  if (POSTPONED_NEAR.test(before) || POSTPONED_AFTER.test(after)) return 'planned';
  if (published && dateStart && dateStart > published) return 'planned';
  if (published && dateEnd && dateEnd < published) return 'occurred';
  if (
    trigger.rule.planned ||
    FUTURE_IN_TRIGGER.test(trigger.text) ||
    PLANNED_BEFORE.test(before) ||
    INFINITIVE_BEFORE.test(before) ||
    PLANNED_AFTER.test(after)
  )
    return 'planned';
  if (UNTIL_BEFORE.test(before) && !PAST_VERB.test(trigger.text.split(/\s+/)[0]!)) return 'planned';
  if (ONGOING_BEFORE.test(before) && /ing\b/.test(trigger.text)) return 'ongoing';
  if (IN_TALKS_BEFORE.test(before) && /^talks\b/i.test(trigger.text)) return 'ongoing';
  if (!PAST_VERB.test(trigger.text) && FUTURE_CLAUSE_BEFORE.test(sentence.text.slice(Math.max(0, localStart - 300), localStart)))
    return 'planned';
  return 'occurred';
}
