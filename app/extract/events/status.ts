// Decides whether a trigger reports an event as occurred, ongoing, planned, cancelled, denied or hypothetical,
// from cue words around it in its sentence and from whether its date lies after the publication date.

import type { EventStatus } from '../../model/event';
import type { TriggerMatch } from './find-triggers';

const DENIAL_BEFORE = /\b(?:denied|denies|deny|denying|rejected claims)\s+(?:that\s+)?(?:\S+\s+){0,7}$/i;
const NEGATION_BEFORE = /\b(?:not|never|no|n['’]t|denied|deny|denies|refused to|declined to|rejected)\s+(?:\w+\s+){0,2}$/i;
// A postponed event still takes place later: postponement is not cancellation.
const CANCEL_NEAR_BEFORE = /\b(?:cancel(?:l?ed|s|led)?|called off|call off|scrapped|scrap|abandoned)\s+(?:\S+\s+){0,3}$/i;
const CANCEL_NEAR_AFTER = /^\S*\s+(?:\S+\s+){0,8}?(?:was|were|has been|had been|is|have been)\s+(?:\w+\s+)?(?:cancel(?:l?ed)|called off|scrapped|abandoned)\b/i;
// Case-sensitive so that the month "May" is not read as the modal verb.
const HYPOTHETICAL_BEFORE = /\b(?:[Ii]f|[Uu]nless|could|might|may|would have|should|whether|possible|possibly|potential|proposed|threatened to|threatens to|calls? for|called for|urged)\s+(?:\S+\s+){0,4}$/;
/** "would visit the region if the truce held": a condition right after the trigger. */
const CONDITION_AFTER = /^[^,;.]{0,40}?\b(?:if|unless|provided that)\b/;
const PLANNED_BEFORE = /\b(?:will|shall|to|plans?(?:\s+to)?|planned|planning|set to|due to|expected to|scheduled|upcoming|forthcoming|next|invitation|invited|would|intends? to|is to|are to|preparing to|ahead of)\s+(?:\S+\s+){0,4}$/i;
const PLANNED_AFTER = /^\S*\s+(?:\S+\s+){0,5}?(?:will|would|is to|are to|is due|are due)\s+(?:\w+\s+)?(?:be\s+held|take\s+place|begin|start|open|be\s+hosted|convene)\b/i;
/** A future main clause ("Biden will travel to India ..., before a visit to Vietnam") makes later nominal triggers planned. */
const FUTURE_CLAUSE_BEFORE = /\b(?:will|is due to|are due to|is expected to|are expected to|plans to|plan to|is set to|are set to|is scheduled to|are scheduled to)\b/i;
const PAST_VERB = /(?:ed|met|held|took|began|signed)$/i;
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
  if (CANCEL_NEAR_BEFORE.test(before) || CANCEL_NEAR_AFTER.test(after)) return 'cancelled';
  if (NEGATION_BEFORE.test(before) || DENIAL_BEFORE.test(before)) return 'denied';
  if (HYPOTHETICAL_BEFORE.test(before) || CONDITION_AFTER.test(after)) return 'hypothetical';
  if (published && dateStart && dateStart > published) return 'planned';
  if (published && dateEnd && dateEnd < published) return 'occurred';
  if (trigger.rule.planned || PLANNED_BEFORE.test(before) || PLANNED_AFTER.test(after)) return 'planned';
  if (ONGOING_BEFORE.test(before) && /ing\b/.test(trigger.text)) return 'ongoing';
  if (!PAST_VERB.test(trigger.text) && FUTURE_CLAUSE_BEFORE.test(sentence.text.slice(Math.max(0, localStart - 300), localStart))) return 'planned';
  return 'occurred';
}
