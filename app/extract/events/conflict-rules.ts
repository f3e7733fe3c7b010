// Trigger rules for invasions and attacks (part of TRIGGER_RULES, in its order), with the guards that tell an
// attack from an accident, a police raid, a workers' strike or a conflict word naming a kind of equipment.

import type { TriggerRule } from './trigger-rules';
import {
  CRITICISM_AFTER,
  FIGURATIVE_EXPLOSION_AFTER,
  FIGURATIVE_EXPLOSION_BEFORE,
  LABOUR_STRIKE_BEFORE,
  NON_VIOLENT_ATTACK_BEFORE,
  NOT_A_RAID_AFTER,
  OTHER_STRIKE_AFTER,
  SHOT_DOWN_NOT_AFTER,
  TAKEN_NOT_ATTACKED,
} from './conflict-senses';

/** Words that make an explosion an accident. */
const ACCIDENTAL_BEFORE =
  /\b(?:gas|gas\s+canister|accidental|premature|controlled|volcanic|methane|boiler|industrial|chemical\s+plant)\s+(?:\w+\s+)?$/i;
/** Words that make an explosion a figure of speech ("a population explosion"), not an accident. */
const FIGURE_BEFORE = /\b(?:population|data|price|sonic|supernova)\s+(?:\w+\s+)?$/i;
/** "detonated accidentally", "exploded prematurely": the explosion was an accident. */
const ACCIDENTAL_AFTER = /^\s+(?:accidentally|prematurely|by\s+accident)\b/i;

/** Whether an explosion word (with the sentence text before and after it) is named as an accident. */
export function isAccidentalExplosion(before: string, after: string): boolean {
  return ACCIDENTAL_BEFORE.test(before) || ACCIDENTAL_AFTER.test(after);
}
/**
 * Police or other law enforcement as the subject of a raid ("police raided", "police and counter-terror officers launched
 * raids"), but not as the source of a report ("police said gunmen raided").
 */
const LAW_ENFORCEMENT_BEFORE =
  /\b(?:police|policemen|officers|agents|detectives|investigators|FBI|authorities|customs|prosecutors|regulators|tax\s+inspectors)\b(?:(?!\b(?:said|says|say|told|reported|believe[sd]?|suspect(?:s|ed)?|that|when|after|as)\b)[^.;]){0,40}$|\b(?:police|dawn|drug|tax|immigration|anti-(?:drug|terror|corruption)|counter-?terror(?:ism)?)\s+$/i;

/**
 * A conflict word that modifies a noun of equipment or of a military unit names a kind of thing, not an event: "Army
 * air assault forces", "attack helicopters", "assault rifles", "detonating cord" (TimeBank). An event noun after it
 * still reports the event ("the bombing suspect", "the explosion area", "the assassination attempt": WikiEvents dev).
 */
const EQUIPMENT_OR_UNIT_AFTER =
  /^[\s-]+(?:rifles?|weapons?|guns?|helicopters?|choppers?|aircraft|planes?|jets?|boats?|craft|submarines?|vehicles?|dogs?|forces?|units?|teams?|squads?|brigades?|battalions?|divisions?|cords?|fuses?|capabilit(?:y|ies)|ships?)\b/i;
/** "a pre-attack message", "its pre-strike schedule", "post-blast analysis": a prefixed adjective, not the event. */
const PREFIXED_ADJECTIVE_BEFORE = /\b(?:pre|post|non)-$/i;

/** Whether a match (with the sentence text before and after it) is used as a modifier, per notModifier. */
export function isModifierUse(before: string, after: string): boolean {
  return PREFIXED_ADJECTIVE_BEFORE.test(before) || EQUIPMENT_OR_UNIT_AFTER.test(after);
}
/** "a miners' strike", "the dockers' strike": a strike owned by a group of workers (a plural possessive) is a stoppage. */
const WORKERS_POSSESSIVE_BEFORE = /\b\p{Ll}+s['’]\s+$/u;

export const CONFLICT_RULES: readonly TriggerRule[] = [
  // ---- invasion ----
  {
    id: 'invasion-noun',
    type: 'invasion',
    pattern: '\\b(?:full-scale\\s+)?(?:invasion|invasions|incursion|incursions)\\b',
    example: "Russia's invasion of Ukraine began in February 2022.",
    confidence: 0.9,
  },
  {
    id: 'invasion-verb',
    type: 'invasion',
    pattern: '\\b(?:invaded|invade|invades|invading|annexed|annex|annexation)\\b',
    example: 'Iraq invaded Kuwait in August 1990.',
    confidence: 0.9,
  },
  {
    id: 'invasion-offensive',
    type: 'invasion',
    pattern: '\\b(?:counter-?offensive|offensive|occupation)\\b',
    example: 'The army launched a ground offensive in the north of the country.',
    notBefore: /\b(?:his|her|their|your|my|charm)\s+$/i,
    notAfter: /^\s+(?:remarks?|comments?|language|behaviou?r|weapons?|capabilit\w*|posture|line|content|jokes?|words?|to)\b/i,
    confidence: 0.75,
  },
  // ---- attack ----
  {
    id: 'attack-airstrike',
    type: 'attack',
    pattern:
      '\\b(?:air\\s?strikes?|airstrikes?|drone\\s+strikes?|missile\\s+strikes?|rocket\\s+attacks?|missile\\s+attacks?|drone\\s+attacks?|air\\s+raids?|strikes?)\\b',
    example: 'An Israeli airstrike hit a building in Rafah overnight.',
    notBefore: [
      /\b(?:labou?r|general|hunger|workers['’]?|teachers['’]?|rail|national|nurses['’]?|doctors['’]?|lucky|first|\d+-(?:hour|day|week)|(?:opposition|union)(?:-called)?|Joint|stunning|superb|brilliant|long-range|curling|wonder|fine)\s+$/i,
      WORKERS_POSSESSIVE_BEFORE,
      LABOUR_STRIKE_BEFORE,
    ],
    // Sports and labour senses: "a stunning strike from 25 yards", "strike rate", "strike action".
    notAfter: [
      OTHER_STRIKE_AFTER,
      /^\s+(?:a\s+(?:deal|balance|chord|tone|note|pose)|deals?|action|ballot|fund|Fighter|Force|Group|Eagle|rate|zone|partner|from\s+(?:\d+|outside|distance|close\s+range|the\s+edge))\b/i,
    ],
    notModifier: true,
    confidence: 0.85,
  },
  {
    id: 'attack-shelling',
    type: 'attack',
    pattern: '\\b(?:shelling|shelled|bombardment|bombarded|bombard)\\b',
    example: 'Overnight shelling damaged homes in Kharkiv.',
    confidence: 0.9,
  },
  {
    id: 'attack-bombing',
    type: 'attack',
    pattern: '\\b(?:suicide\\s+)?(?:bombings?|bombed|bomb\\s+attacks?|explosions?|blasts?|exploded|exploding|detonated|detonating)\\b',
    example: 'A car bombing outside the ministry killed six people.',
    // Accidents and non-violent senses: "a gas explosion", "two accidental explosions", "a population explosion".
    notBefore: [ACCIDENTAL_BEFORE, FIGURE_BEFORE, FIGURATIVE_EXPLOSION_BEFORE],
    notAfter: [
      FIGURATIVE_EXPLOSION_AFTER,
      CRITICISM_AFTER,
      /^\s+(?:of\s+(?:laughter|anger|cold|colou?r|activity|interest|growth|demand))\b|^\s+(?:furnaces?|radius\s+of\s+the\s+(?:market|policy))\b/i,
      ACCIDENTAL_AFTER,
    ],
    notModifier: true,
    confidence: 0.8,
  },
  {
    id: 'attack-fired-projectile',
    type: 'attack',
    // An attack stated by its means: "fired mortar shells at a police station" (TimeBank), "fired rockets into Israel".
    // Only with a direction: "launched a missile test" and "fired a rocket" alone name no target; a launch into the sea
    // or space is a test, not an attack.
    pattern:
      '\\b(?:fired|fires|fire|firing|launched|launches|launch|launching|lobbed|lobbing)\\s+(?:(?:a|an|the|two|three|four|five|several|dozens\\s+of|' +
      'hundreds\\s+of|more\\s+than\\s+\\d+|\\d+)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:missiles?|rockets?|shells?|mortars?|mortar\\s+rounds?|' +
      'grenades?|projectiles?|Scuds?|shots)\\s+(?:at|into|on|toward|towards|across)\\b',
    example: 'Extremists have fired mortar shells at a police station.',
    notAfter: /^\s+(?:the\s+)?(?:sea|ocean|space|orbit|waters|air|Sea\s+of\s+Japan|East\s+Sea)\b/i,
    confidence: 0.85,
  },
  {
    id: 'attack-explosive-went-off',
    type: 'attack',
    pattern:
      '\\b(?:blew\\s+(?:himself|herself|themselves)\\s+up|(?:set|sets|setting)\\s+off\\s+(?:an?\\s+|the\\s+|two\\s+|several\\s+)?(?:[\\w-]+\\s+)?(?:bombs?|explosives?|devices?|explosions?)|(?:bombs?|devices?|explosives?)\\s+(?:had\\s+|has\\s+|have\\s+)?(?:went|gone|go|goes|going)\\s+off)\\b',
    example: 'A suicide bomber blew himself up at the checkpoint.',
    confidence: 0.85,
  },
  {
    id: 'attack-raid',
    type: 'attack',
    pattern: '\\b(?:raids?|raided|ambush|ambushed|ambushes|stormed)\\b',
    example: 'Gunmen ambushed a convoy near the border.',
    // Law-enforcement raids are searches and arrests: "police raided two apartments", "raids by counter-terror officers".
    notBefore: LAW_ENFORCEMENT_BEFORE,
    notAfter: [
      /^\s+(?:by|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|officers|agents|detectives|investigators|FBI|tax|customs|immigration)\b/i,
      NOT_A_RAID_AFTER,
    ],
    confidence: 0.75,
  },
  {
    id: 'attack-shooting',
    type: 'attack',
    pattern: '\\b(?:shootings?|shootouts?|gunfire|opened\\s+fire|open\\s+fire|shot\\s+dead|stabbings?|massacre)\\b',
    example: 'Police said the shooting at the market left four dead.',
    // Film and sports senses: "the film's shooting began", "a shooting guard", "shooting practice"; and a war fought
    // with arms, not one shooting: "said a shooting war could produce body bags courtesy of Baghdad" (TimeBank).
    notBefore: /\b(?:film|movie|video|photo|episode|scene|location|clay|skeet|trap|film['’]s|movie['’]s)\s+$/i,
    notAfter:
      /^\s+(?:guard|guards|star|percentage|range|schedule|script|season|practice|competition|club|gallery|wars?|of\s+(?:the\s+)?(?:film|movie|video|series|scene|episode))\b/i,
    confidence: 0.85,
  },
  {
    id: 'attack-shot-down',
    type: 'attack',
    // An aircraft or drone brought down by fire: "shot down a helicopter", "If you shoot it down", "was nearly downed".
    pattern: '\\b(?:shot|shoot|shoots|shooting)\\s+(?:(?:it|them)\\s+)?down\\b|\\bdowned\\b',
    example: 'Rebels shot down a military helicopter over the province.',
    // Ideas shot down and other things downed: "shot down the proposal", "downed tools", "downed power lines".
    notAfter: SHOT_DOWN_NOT_AFTER,
    confidence: 0.8,
  },
  {
    id: 'attack-ramming',
    type: 'attack',
    // A vehicle driven into people or a patrol: "a suicide bomber ... crashed into a NATO-Afghanistan foot patrol"
    // (WikiEvents dev), "rammed a truck into a crowd". Into things ("crashed into a tree", "drove into the city"): none.
    pattern:
      '\\b(?:rammed|ploughed|plowed|drove|crashed|slammed|smashed)\\s+(?:(?:a|an|his|her|the|their|its)\\s+(?:[\\w-]+\\s+)?' +
      '(?:car|van|truck|lorry|vehicle|motorcycle|motorbike)\\s+)?into\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?' +
      '(?:crowds?|pedestrians|people|shoppers|worshippers|protesters|revellers|patrols?|convoys?|checkpoints?|soldiers|troops)\\b',
    example: 'A suicide bomber on a motorcycle crashed into a NATO foot patrol near the base.',
    confidence: 0.8,
  },
  {
    id: 'attack-by-result',
    type: 'attack',
    // An attack stated by its result, with armed men as the subject: "Hezbollah fighters killed three Israeli soldiers".
    // A participle followed by a preposition is a reduced passive ("soldiers captured during the war"), not an attack.
    pattern:
      '\\b(?:gunm[ae]n|militants|fighters|rebels|insurgents|guerrillas|jihadists|attackers|assailants|bombers?|terrorists|' +
      'troops|militiamen|militias?)\\s+(?:(?:also|reportedly|allegedly|then|later)\\s+)?(?:killed|wounded|abducted|kidnapped|(?:captured|seized)' +
      TAKEN_NOT_ATTACKED +
      ')\\b',
    example: 'Last week, Hezbollah fighters killed three Israeli soldiers and seriously wounded six others.',
    notAfter: /^\s+(?:during|in|by|at|on|while|when|after|before|last|earlier|yesterday|overnight|early)\b/i,
    confidence: 0.75,
  },
  {
    id: 'attack-word',
    type: 'attack',
    pattern: '\\b(?:attacks?|attacked|attacking|assaults?|assaulted|assassinations?|assassinated)\\b',
    example: 'Militants attacked an army post in the province.',
    // Medical, political and sports senses: "a heart attack", "the virus attacks cells", "under attack from his own party",
    // "an attack on press freedom", "attacking midfielder".
    notBefore: [
      NON_VIOLENT_ATTACK_BEFORE,
      /\b(?:heart|panic|asthma|anxiety|personal|verbal|political|scathing|sharp|virus|viruses|bacteria|disease|cancer|cells?|immune\s+system)\s+$/i,
    ],
    notAfter: [
      CRITICISM_AFTER,
      /^\s+(?:the\s+)?(?:virus|disease|problem|issue|policy|plan|proposal|idea|decision|record|government['’]s\s+(?:policy|plan|record))\b|^\s+(?:play|midfielder|midfield|football|third|line|minded)\b|^\s+(?:from|by)\s+(?:(?:his|her|their|its)\s+own|critics|opponents|rivals|the\s+opposition|lawmakers|commentators)\b|^\s+on\s+(?:the\s+|our\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:polic(?:y|ies)|plans?|proposals?|reforms?|bill|budget|freedoms?|democracy|rights|constitution|values|judiciary|institutions|decision|ruling|record|credibility|reputation|character|integrity|science|truth|liberty|privacy)\b/i,
    ],
    notModifier: true,
    confidence: 0.85,
  },
];
