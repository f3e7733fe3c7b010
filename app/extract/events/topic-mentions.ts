// An attack named only as the topic of another event: the object of a link phrase of an investigation or arrest
// ("those involved in the failed attack", "detained in connection with the terrorist attack", "searches related to the
// attacks") or of a reaction ("responded to the bombing", "condemns this cowardly attack", "blamed the attack on"),
// as a definite, demonstrative or possessive noun phrase (WikiEvents dev). The sentence reports the arrest, the probe
// or the statement, not the attack again, so the mention is no trigger once the article has reported an attack
// before it. The first report of an attack in the article is still read even in such a frame ("President Ghani
// condemned the Taliban attack on the hospital" opening an article), and so is an indefinite new report ("arrested
// two men in connection with an attack on a checkpoint") and the attack itself ("militants attacked").

import { sentenceTextBefore, type TriggerMatch } from './find-triggers';

/** The frame, ending just before the trigger: link or reaction words, then a determiner or possessive and modifiers. */
const TOPIC_FRAME_BEFORE =
  /\b(?:involved\s+in|in\s+connection\s+with|related\s+to|linked\s+to|responded\s+to|responses?\s+to|condemns?|condemned|condemning|deplored|deplores|blamed|blames)\s+(?:the|this|that|these|those|its|their|\p{Lu}\p{L}*['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Whether an attack trigger is named only as the topic of an investigation or a reaction (see the header). */
function isTopicOfAnotherEvent(t: TriggerMatch): boolean {
  return t.type === 'attack' && TOPIC_FRAME_BEFORE.test(sentenceTextBefore(t, 60));
}

/** The triggers (in text order) without the topic mentions of an attack that follow an earlier attack trigger. */
export function withoutTopicMentions(triggers: readonly TriggerMatch[]): TriggerMatch[] {
  let attackSeen = false;
  return triggers.filter((t) => {
    if (t.type !== 'attack') return true;
    if (attackSeen && isTopicOfAnotherEvent(t)) return false;
    attackSeen = true;
    return true;
  });
}
