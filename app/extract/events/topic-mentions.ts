// An attack named only as the topic of another event: the object of a link phrase of an investigation or arrest
// ("those involved in the failed attack", "detained in connection with the terrorist attack", "searches related to the
// attacks"), of a reaction ("responded to the bombing", "condemns this cowardly attack", "blamed the attack on"), of a
// picture ("video purporting to show the explosion") or of a feeling ("frustration ... about Saturday’s attack"),
// as a definite, demonstrative or possessive noun phrase (WikiEvents dev). The sentence reports the arrest, the probe
// or the statement, not the attack again, so the mention is no trigger once the article has reported an attack
// before it. The first report of an attack in the article is still read even in such a frame ("President Ghani
// condemned the Taliban attack on the hospital" opening an article), and so is an indefinite new report ("arrested
// two men in connection with an attack on a checkpoint") and the attack itself ("militants attacked").

import { sentenceTextBefore, type TriggerMatch } from './find-triggers';

/** The frames, as data, each with an example (WikiEvents dev); a determiner and the trigger follow them. */
const FRAMES: readonly string[] = [
  // Link phrases of an investigation or arrest: "the number of people involved in the assassination attempt".
  String.raw`involved\s+in|in\s+connection\s+with|related\s+to|linked\s+to`,
  // Verbs of reaction: "responded to the bombing", "condemns this cowardly attack", "blamed the attack on".
  String.raw`responded\s+to|responses?\s+to|condemns?|condemned|condemning|deplored|deplores|blamed|blames`,
  // A picture of the attack: "Video purporting to show the explosion circulated on social media this week".
  String.raw`(?:videos?|footage|images?|photos?|photographs?|pictures?|clips?)\s+` +
    String.raw`(?:(?:purporting|appearing|said|claiming)\s+to\s+|that\s+(?:appears?\s+to\s+|purports?\s+to\s+)?)?show(?:s|ed|ing)?`,
  // A feeling about the attack: "there is deep frustration in Downing Street about Saturday’s attack".
  String.raw`(?:frustration|anger|outrage|shock|grief|fury|horror|dismay|revulsion)\s+(?:[\p{L}-]+\s+){0,3}?(?:about|over|at)`,
];

/** The frame, ending just before the trigger: one of FRAMES, then a determiner or possessive and modifiers. */
const TOPIC_FRAME_BEFORE = new RegExp(
  String.raw`\b(?:${FRAMES.join('|')})\s+(?:the|this|that|these|those|its|their|\p{Lu}\p{L}*['’]s)\s+(?:[\p{L}-]+\s+){0,2}$`,
  'iu',
);

/** Whether an attack trigger is named only as the topic of a probe, a reaction, a picture or a feeling (see the header). */
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
