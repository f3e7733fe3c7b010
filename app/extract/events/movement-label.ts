// Labels of movements made by a group the text only describes: "Chechen fighters cross into Dagestan" (WikiEvents dev
// scenario_en_kairos_75), "Turkish troops cross into Syria", "Refugees cross into Jordan". Read as a visit of the state
// their demonym names ("Türkiye visits Syria") such a movement says the opposite of what happened; the label keeps the
// text's own subject and verb instead. A movement by a named person stays a visit ("Obama visits Rota").

import { sentenceTailBefore, type TriggerMatch } from './find-triggers';

/** Groups that move across borders or into places. */
const MOVER_NOUNS =
  'troops|forces|soldiers|fighters|militants|rebels|insurgents|militiamen|paratroopers|marines|tanks|units|columns|' +
  'army|police|refugees|migrants|civilians|protesters|demonstrators|pilgrims';
const CAPITALISED_MOVER_NOUNS = MOVER_NOUNS.replace(/(^|\|)(\w)/g, (_, bar: string, c: string) => bar + c.toUpperCase());
/** The movers right before the trigger, with one qualifying word ("Chechen fighters", "government forces"). */
const MOVERS_BEFORE = new RegExp(
  `(?:^|[\\s(])((?:(?!(?:The|A|An|Of|Hundreds|Thousands|Dozens|Some|Many|More|Most)\\b)\\p{Lu}[\\p{L}'’-]+\\s+|` +
    `(?:government|rebel|enemy|foreign|armed|allied|ground)\\s+)?(?:${MOVER_NOUNS}|${CAPITALISED_MOVER_NOUNS}))\\s+` +
    '(?:(?:had|have|has|also|reportedly|then|later|again)\\s+)*$',
  'u',
);

/** The trigger's verb phrase in the present tense, by its first word: "crossed into" → "cross into" ("crosses into"). */
const PRESENT: readonly (readonly [RegExp, string, string])[] = [
  [/^cross\w*\s+(?:the\s+border\s+)?into$/i, 'cross into', 'crosses into'],
  [/^mov\w*\s+(?:in\s+to|into)$/i, 'move into', 'moves into'],
  [/^(?:left|leaves|leaving)\s+for$/i, 'leave for', 'leaves for'],
  [/^depart\w*\s+for$/i, 'depart for', 'departs for'],
];

/** "Chechen fighters cross into", or undefined when the trigger is no movement or its movers are not described. */
export function describedMovement(trigger: TriggerMatch): string | undefined {
  if (trigger.type !== 'visit') return undefined;
  const verbs = PRESENT.find(([pattern]) => pattern.test(trigger.text.trim()));
  const movers = verbs && MOVERS_BEFORE.exec(sentenceTailBefore(trigger))?.[1]?.replace(/\s+/g, ' ');
  if (!verbs || !movers) return undefined;
  const singular = /(?:^|\s)army$/i.test(movers); // "The army crosses into"; the others are plural ("police cross")
  return `${movers.charAt(0).toUpperCase()}${movers.slice(1)} ${singular ? verbs[2] : verbs[1]}`;
}
