// One sense per discourse (Gale, Church & Yarowsky 1992): a conflict word an article first uses in a sense that is no
// attack keeps that sense when the article refers back to it. "Police and counter-terror officers launched further
// raids early Monday ... Local residents reported hearing bangs and gunshots during the raids" (WikiEvents dev): the
// first "raids" is rejected by its guard (a law-enforcement raid), so "the raids" after it is that search, not an
// attack. "a miners' strike ... after the strike" likewise. Only a definite or demonstrative noun phrase refers back;
// a new indefinite mention ("an air raid hit ...") is judged on its own, and so is any word whose latest earlier use
// was an attack.
// An article that calls an explosion an accident ("two accidental explosions", "the device detonated accidentally")
// reports that accident wherever it names an explosion without a bomb: its headline "7 militants killed in blasts" and
// "a vehicle ... touched off an IED, setting off an explosion" (WikiEvents dev) are the same accident. Words of intent
// ("bombing", "suicide bomber blew himself up", "a bomb exploded") and other attack words are still judged on their own.

import type { EventTypeId } from '../../model/event-types';
import type { TriggerMatch } from './find-triggers';

/** A match a guard rejected: where it was and its word. */
export interface RejectedMatch {
  type: EventTypeId;
  start: number;
  text: string;
  /** The guard read the explosion as an accident (isAccidentalExplosion). */
  accident?: boolean;
}

const CONFLICT_TYPES: ReadonlySet<EventTypeId> = new Set(['attack', 'invasion']);
/** "the raids", "these strikes", "the police raids": a definite noun phrase ends just before the trigger. */
const DEFINITE_BEFORE = /\b(?:the|this|that|these|those)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

/** The word a mention is known by: its last word without an inflection ending ("raids" / "raided" → "raid"). */
export function senseWord(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .pop()!
    .replace(/(?:s|es|ed|ing)$/, '');
}

/** Explosion words that name no bomb or attacker: "explosion", "blasts", "detonated", "setting off an explosion". */
const BARE_EXPLOSION =
  /^(?:(?:set|sets|setting)\s+off\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+)?)?(?:explosions?|blasts?|exploded|exploding|detonated|detonating)$/i;
/** A bomb or bomber just before the explosion word: "a bomb exploded", "the bomber detonated". */
const BOMB_BEFORE = /\b(?:bombs?|bombers?|bombing)\b[^,;.]{0,30}$/i;

/** Whether a trigger is an explosion of an article that named its explosions an accident (see the header). */
function isAccidentReported(t: TriggerMatch): boolean {
  return t.type === 'attack' && BARE_EXPLOSION.test(t.text) && !BOMB_BEFORE.test(textBefore(t));
}

/** The triggers without the definite conflict mentions whose word was last used, earlier in the article, in another sense. */
export function keepDiscourseSense(triggers: readonly TriggerMatch[], rejected: readonly RejectedMatch[]): TriggerMatch[] {
  const conflictRejections = rejected.filter((r) => CONFLICT_TYPES.has(r.type));
  if (conflictRejections.length === 0) return [...triggers];
  if (conflictRejections.some((r) => r.accident)) triggers = triggers.filter((t) => !isAccidentReported(t));
  const uses = [
    ...triggers.filter((t) => CONFLICT_TYPES.has(t.type)).map((t) => ({ start: t.start, word: senseWord(t.text), attack: true, t })),
    ...conflictRejections.map((r) => ({ start: r.start, word: senseWord(r.text), attack: false, t: null })),
  ].sort((a, b) => a.start - b.start);
  const latest = new Map<string, boolean>(); // word → whether its latest use so far was an attack
  const dropped = new Set<TriggerMatch>();
  for (const use of uses) {
    if (use.t && latest.get(use.word) === false && DEFINITE_BEFORE.test(textBefore(use.t))) {
      dropped.add(use.t);
      continue; // still the other sense
    }
    latest.set(use.word, use.attack);
  }
  return triggers.filter((t) => !dropped.has(t));
}

function textBefore(t: TriggerMatch): string {
  const local = t.start - t.sentence.start;
  return t.sentence.text.slice(Math.max(0, local - 40), local);
}
