// Attack verbs that characterise a group instead of reporting an attack: a relative clause in the present tense of
// habit ("the desert ... is rife with insurgents who continue to ambush pro-Syrian regime forces", WikiEvents dev)
// says what the group keeps doing, not that an attack took place. A past attack in a relative clause ("the gunmen who
// attacked the hotel") and an attack to come ("the opportunity to attack") keep their trigger.

import { sentenceTailBefore, type TriggerMatch } from './find-triggers';

/** A relative pronoun, then a present verb or adverb of habit, ending just before the trigger: "who continue to". */
const HABIT_BEFORE = new RegExp(
  [
    String.raw`\b(?:who|which|that)\s+(?:still\s+)?`,
    // "who continue to ambush", "that keep attacking", "who regularly shell", "which often raid"
    String.raw`(?:continues?\s+to|keeps?(?:\s+on)?|regularly|routinely|often|frequently|repeatedly)\s+$`,
  ].join(''),
  'i',
);
/** The trigger is a present or base verb form or a gerund: "ambush", "attacks", "attacking"; not "attacked". */
const PRESENT_VERB = /^(?!.*ed$)\S+$/i;

/** Whether an attack trigger is a habit of the group in its relative clause (see the header). */
export function isHabitualAttack(t: TriggerMatch): boolean {
  return t.type === 'attack' && PRESENT_VERB.test(t.text) && HABIT_BEFORE.test(sentenceTailBefore(t));
}
