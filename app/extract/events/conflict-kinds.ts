// The means an attack trigger names, for coreference: a bombing is not a shooting. "their posts in Anderstown and the
// Old Park Road came under intense gunfire ... The Provisional IRA accepted responsibility for the bombings"
// (WikiEvents dev): "the bombings" points back, but to the bombs, not to the gunfire. Triggers that name no means
// ("the attack", "the raid", "killed") can refer to an attack of any kind, unless a modifier of the noun names one:
// "the van-and-knife attack in the London Bridge district" (WikiEvents dev) is not "the Manchester suicide bombing".

import { sentenceTextBefore, type TriggerMatch } from './find-triggers';

/** Rule id → the means its triggers name; rules not listed name none. */
const MEANS_OF_RULE: Readonly<Record<string, string>> = {
  'attack-bombing': 'explosive',
  'attack-explosive-went-off': 'explosive',
  'attack-shooting': 'firearm',
  'attack-shelling': 'artillery',
};

/** The means an attack trigger of `ruleId` names ("explosive", "firearm", "artillery"), or undefined. */
export function meansOfTrigger(ruleId: string): string | undefined {
  return MEANS_OF_RULE[ruleId];
}

/** Modifiers of an attack noun that name its means, as data: [pattern on the text just before the noun, means]. */
const MEANS_MODIFIERS: readonly [RegExp, string][] = [
  [/\b(?:knife|stabbing|machete|axe)\b[\w\s-]{0,12}$/i, 'knife'],
  [/\b(?:van|truck|lorry|car-ramming|vehicle|ramming)\b[\w\s-]{0,12}$/i, 'vehicle'],
  [/\b(?:gun|shooting|gunfire|sniper|rifle)\b[\w\s-]{0,12}$/i, 'firearm'],
  [/\b(?:bomb|car\s+bomb|suicide|IED|grenade)\b[\w\s-]{0,12}$/i, 'explosive'],
];

/** The means an attack mention names: by its rule ("bombing", "shooting", "fired shells at"), else by a modifier ("a knife attack"). */
export function meansOfMention(trigger: TriggerMatch): string | undefined {
  if (/^stabbings?$/i.test(trigger.text)) return 'knife'; // the shooting rule's one word of another means
  if (trigger.rule.id === 'attack-fired-projectile') return /mortar|shell/i.test(trigger.text) ? 'artillery' : 'missile'; // "fired rockets at"
  const byRule = MEANS_OF_RULE[trigger.rule.id];
  if (byRule || trigger.rule.id !== 'attack-word') return byRule;
  const before = sentenceTextBefore(trigger, 30);
  return MEANS_MODIFIERS.find(([pattern]) => pattern.test(before))?.[1];
}

/** Whether a mention naming `means` can be the same attack as an event whose triggers named `eventMeans`. */
export function meansAgree(eventMeans: ReadonlySet<string> | undefined, means: string | undefined): boolean {
  return means === undefined || !eventMeans || eventMeans.size === 0 || eventMeans.has(means);
}
