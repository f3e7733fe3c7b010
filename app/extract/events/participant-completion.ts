// Completes the parties of a meeting or visit that names too few in its own clause ("Speaking at a meeting with
// X, Y said": Y met X) with the nearest person of the sentence who is no source of the report and not staying away.

import type { EntityMention } from '../entities/types';
import { reportsClauseWith } from '../syntax/clause';
import { ABSENCE_BETWEEN, INVITER_AFTER, MAX_SIDE_CHARS } from './arguments';
import type { TriggerMatch } from './find-triggers';

/** The nearest person of the sentence not yet an argument (for "Speaking at a meeting with X, Y said"). */
export function nearestOtherPerson(
  trigger: TriggerMatch,
  sentenceEntities: readonly EntityMention[],
  taken: ReadonlySet<string>,
  text: string,
): EntityMention | undefined {
  const distance = (e: EntityMention): number => (e.end <= trigger.start ? trigger.start - e.end : e.start - trigger.end);
  const candidates = sentenceEntities
    .filter((e) => e.kind === 'person' && !taken.has(e.name) && distance(e) >= 0)
    .sort((a, b) => distance(a) - distance(b));
  // Checked nearest first, so only the few nearest candidates have their text scanned.
  return candidates.find(
    (e) =>
      !INVITER_AFTER.test(text.slice(e.end, e.end + 14)) &&
      !reportsClauseWith(trigger.sentence, e.start, e.end, trigger.start) &&
      !(e.end <= trigger.start && ABSENCE_BETWEEN.test(text.slice(Math.max(e.end, trigger.start - MAX_SIDE_CHARS), trigger.start))),
  );
}
