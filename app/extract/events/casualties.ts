// What an attack did to whom, in the article's own words, for its label when no victim is named: "killing at least
// 12 people", "which killed 13 people", "killed five police officers", "where at least six people were killed"
// (WikiEvents dev: "a device that exploded on Friday, wounding 13 people", "a suicide bomber blew himself up, killing
// six NATO service members"). And who did it when the text only describes them: "a gunman", "a suicide bomber",
// "government forces" (a named attacker, "Hezbollah fighters", is the event's attacker already).
// The casualties must belong to the trigger's own clause: right after it, after a comma, or after "which", "that",
// "and" or ", where"; a killing reported after "after", "before" or another clause is another event's ("the IRA had
// experienced a ... boost after the Parachute Regiment killed 13 protesters", WikiEvents dev).

import { sentenceTailBefore, type TriggerMatch } from './find-triggers';

export interface Casualties {
  /** The verb in the third person singular: "kills", "wounds", "injures", "abducts", "kidnaps". */
  verb: string;
  /** The people struck, as the text counts them: "five police officers", "at least 12 people". */
  phrase: string;
}

const COUNT =
  '(?:(?:at\\s+least|more\\s+than|over|some|about|nearly|around|almost|up\\s+to)\\s+)?' +
  '(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
  'seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\\s+hundred|hundreds|dozens|scores|a\\s+dozen)';
/** Up to three describing words, then a plural or collective head: "Israeli soldiers", "NATO service members". */
const STRUCK =
  "(?:(?!(?:and|or|in|on|at|of|during|near|from|with|by|after|before|the|a|an)\\b)[\\p{L}'’-]+\\s+){0,3}" +
  "(?:people|persons|police|policemen|men|women|children|personnel|staff|[\\p{L}'’-]+s)\\b";
const ACTIVE_VERB = '(killed|killing|kills|wounded|wounding|wounds|injured|injuring|injures|abducted|abducting|kidnapped|kidnapping)';
const ACTIVE = new RegExp(`\\b${ACTIVE_VERB}\\s+(${COUNT}\\s+${STRUCK})`, 'iu');
const PASSIVE = new RegExp(
  `\\b(${COUNT}\\s+${STRUCK})\\s+(?:were|was|have\\s+been|had\\s+been|are)\\s+(killed|wounded|injured|abducted|kidnapped)\\b`,
  'iu',
);
/** What may stand between the trigger and its casualty clause. */
const SAME_CLAUSE = /^(?:\s*|[^;!?]{0,90}?,\s*(?:where\s+|and\s+)?|\s*,?\s*(?:which|that|and|who)\s+(?:also\s+|then\s+)?)$/i;
const OTHER_CLAUSE = /\b(?:after|before|when|while|since|because|although|but|as)\b/i;

const THIRD_PERSON: Readonly<Record<string, string>> = {
  kill: 'kills',
  wound: 'wounds',
  injur: 'injures',
  abduct: 'abducts',
  kidnap: 'kidnaps',
};

function thirdPerson(verb: string): string {
  const stem = /^(kill|wound|injur|abduct|kidnap)/i.exec(verb)?.[1]?.toLowerCase() ?? 'kill';
  return THIRD_PERSON[stem]!;
}

/** The casualties of the trigger's clause, or undefined when it counts none ("others" alone counts no one in particular). */
export function casualtiesOf(trigger: TriggerMatch): Casualties | undefined {
  const sentence = trigger.sentence.text;
  const from = trigger.start - trigger.sentence.start;
  const after = sentence.slice(from, from + 240);
  const triggerLength = trigger.end - trigger.start;
  for (const [regex, verbGroup, phraseGroup] of [
    [ACTIVE, 1, 2],
    [PASSIVE, 2, 1],
  ] as const) {
    const m = regex.exec(after);
    if (!m) continue;
    const between = m.index > triggerLength ? after.slice(triggerLength, m.index) : '';
    if (!SAME_CLAUSE.test(between) || OTHER_CLAUSE.test(between)) continue;
    const phrase = m[phraseGroup]!.replace(/\s+/g, ' ');
    if (/\bothers$/i.test(phrase)) continue;
    return { verb: thirdPerson(m[verbGroup]!), phrase };
  }
  return undefined;
}

const ATTACKER_NOUNS =
  'gunm[ae]n|bombers?|attackers?|assailants?|militants|fighters|rebels|insurgents|guerrillas|jihadists|terrorists|' +
  'shooters?|militiamen|forces|troops|soldiers';
const ATTACKER_QUALIFIERS = 'armed|masked|lone|unidentified|unknown|suicide|government|pro-government|security|rebel|enemy';
/** A described attacker right before the trigger ("a suicide bomber blew himself up", "government forces shelled"). */
const ATTACKER_BEFORE = new RegExp(
  `(?:^|\\s)((?:(?:${ATTACKER_QUALIFIERS})\\s+)?(?:${ATTACKER_NOUNS}))\\s+(?:(?:also|reportedly|allegedly|then|later)\\s+)?$`,
  'i',
);
/** Or opening it (attack-by-result: "gunman killed"). */
const ATTACKER_OPENING = new RegExp(`^(${ATTACKER_NOUNS})\\b`, 'i');

/** "Gunman", "Suicide bomber", "Government forces": the attacker as the trigger's clause describes them, capitalised. */
export function describedAttacker(trigger: TriggerMatch): string | undefined {
  const words = ATTACKER_OPENING.exec(trigger.text)?.[1] ?? ATTACKER_BEFORE.exec(sentenceTailBefore(trigger))?.[1];
  if (!words) return undefined;
  const text = words.replace(/\s+/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The verb of a casualty clause agreeing with a described attacker ("Gunman kills", "Gunmen kill", "Militants kill").
 * Names and attack nouns take the singular: "Hezbollah kills", "Explosion kills".
 */
export function verbAfterDescribed(described: string, casualties: Casualties): string {
  return /(?:men|s)$/i.test(described) ? casualties.verb.slice(0, -1) : casualties.verb;
}
