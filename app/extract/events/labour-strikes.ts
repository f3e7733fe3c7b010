// A bare "strike" in a sentence about work or business, with nothing violent in it, is a labour strike, not an
// attack: "lost orders following prolonged labor talks and a threatened strike", "Eastern Airlines, which is in
// bankruptcy proceedings in the wake of a strike that began last spring" (TimeBank, the development part of
// TempEval-3). The sense guards of the strike rule (conflict-senses.ts) read only the words next to the trigger;
// these sentences name the labour sense further off. "A U.S. strike on the convoy killed six" and "a strike hit the
// company's warehouse in Kharkiv" name violence and stay attacks; "air strikes" and "drone strikes" are never bare.

import type { TriggerMatch } from './find-triggers';

const BARE_STRIKE = /^strikes?$/i;

/** Words of work and business: unions and pay, companies and their results. */
const WORK_OR_BUSINESS = new RegExp(
  [
    String.raw`\b(?:labou?r|unions?|workers|employees|strikers|walkouts?|pickets?|wages?|pay|salar(?:y|ies)|contracts?`,
    String.raw`|bargaining|management|airlines?|carriers?|company|companies|firms?|corp|inc|bankruptcy`,
    String.raw`|shares|stocks?|earnings|income|profits?|revenues?|sales|orders|output|production|plants?|factor(?:y|ies)`,
    String.raw`|quarter|fiscal|passengers?|traffic|routes)\b`,
  ].join(''),
  'i',
);

/** Words of violence: the dead and wounded, armed forces and their weapons, targets. */
const VIOLENCE = new RegExp(
  [
    String.raw`\b(?:kill\w*|dead|deaths?|died|wound\w*|injur\w*|casualt(?:y|ies)|troops|soldiers|military|army|forces`,
    String.raw`|militants?|rebels?|insurgents?|jihadists?|bomb\w*|missiles?|rockets?|drones?|jets?|warplanes?|aircraft`,
    String.raw`|targets?|targeted|retaliat\w*|war|weapons?|hit|destroy\w*|positions|convoy)\b`,
  ].join(''),
  'i',
);

/** Whether a trigger is a labour strike (see the header). */
export function isLabourStrike(t: TriggerMatch): boolean {
  if (t.type !== 'attack' || !BARE_STRIKE.test(t.text)) return false;
  const sentence = t.sentence.text;
  return WORK_OR_BUSINESS.test(sentence) && !VIOLENCE.test(sentence);
}
