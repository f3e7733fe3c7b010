// Argument-level matching of one system event against one gold event mention, as the timeline shows the event:
// - its date, where the corpus anchors the gold event to one: the event's start lies inside the gold window;
// - every named gold argument of a scored role is among the event's role fillers, in an agreeing role class;
// - every role filler of the event is one of the gold event's arguments (any role, named or not): a reporting
//   speaker, a room or a bystander named as a participant makes the event wrong. A timeline event gathers every
//   sentence that reports it, so its fillers are checked against the arguments of all the gold mentions of its type in
//   those sentences (`coreferent`), not only the one being judged. A place the gold event does not annotate
//   (WikiEvents leaves most places unannotated: "Shootings in Belfast" has no Place) is held against the event only
//   when gold names a place for it: then every place of the event must be one of the gold places. The name of a forum or agreement
//   and the weapon are descriptions of the event, not who or where: they are not held against it.
// The people an attack killed or wounded, which KAIROS files on Life.Die / Life.Injure events of the same sentence,
// may stand among its target and victim fillers (and their killers among its attackers); they are never required.
// A filler names a gold argument by head overlap or by the same name (fillerNames); there are no gold coreference
// chains, so a filler that names the entity of a pronoun or common-noun argument by another name does not match it.
// Fillers are the event's roles; an event stored without roles contributes its flat participants and places.

import type { TimelineEvent } from '../../../app/model/event';
import type { GoldArgument, GoldEvent, GoldSpan } from './gold-document';
import { classesAgree, classOfAppRole, type GoldRoleClass } from './role-classes';

export interface SystemFiller {
  roleClass: GoldRoleClass | 'participant';
  value: string;
  spans: { start: number; end: number }[];
}

/** The role fillers of an event, with every span they were read from; `flat` reads the flat lists even when roles exist. */
export function systemFillers(event: TimelineEvent, flat = false): SystemFiller[] {
  const spansOf = (value: string, kind: 'participant' | 'place'): { start: number; end: number }[] =>
    event.mentions.filter((m) => m.role === kind && m.value === value).map((m) => ({ start: m.start, end: m.end }));
  if (event.roles && !flat) {
    // A role records the mention it was first read from; the event's provenance has every other mention of the name.
    return event.roles.map((r) => ({
      roleClass: classOfAppRole(r.role),
      value: r.value,
      spans: [
        ...(r.evidence ? [{ start: r.evidence.start, end: r.evidence.end }] : []),
        ...spansOf(r.value, classOfAppRole(r.role) === 'where' ? 'place' : 'participant'),
      ],
    }));
  }
  return [
    ...event.participants.map((value) => ({ roleClass: 'participant' as const, value, spans: spansOf(value, 'participant') })),
    ...event.places.map((value) => ({ roleClass: 'where' as const, value, spans: spansOf(value, 'place') })),
  ];
}

const STOP = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'at', 'de', 'al', 'el', 'la']);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !STOP.has(w));
}

/** Same word, or a name and its demonym ("Syria" / "Syrian", "Russia" / "Russians"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

/** Whether the words of `part` occur, in order and next to each other, among the words of `whole`. */
function wordRunIn(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, k) => sameWord(w, whole[i + k]!))) return true;
  return false;
}

/** "IS" / "Islamic State", "U.S." / "United States": an acronym and the capitalised words it abbreviates. */
function acronymOf(acronym: string, name: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return false;
  const initials = name
    .split(/[^\p{L}]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials === acronym;
}

/**
 * The same entity by name (the scorer has no gold coreference chains): one name is a run of the other's words
 * ("Tsarnaev" / "Dzhokhar Tsarnaev", "IRA" / "Provisional IRA", the head "building" / "Murrah Federal Building"), the
 * same word up to a demonym ending ("Syria" / "Syrian"), or an acronym of it. Sharing one word is not enough:
 * "North Korea" is not "South Korea", nor "New York" "New Delhi".
 */
export function sameName(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const bare = (name: string): string => name.trim().replace(/\./g, ''); // "U.S." → "US"
  return wordRunIn(wa, wb) || wordRunIn(wb, wa) || acronymOf(bare(a), b) || acronymOf(bare(b), a);
}

/**
 * A filler names a gold span, as head matching does (ACE / KAIROS "Head F1": WikiEvents marks the head or the whole
 * name), when one of its spans overlaps it or directly modifies it (a group name before the head it names: "Taliban"
 * in "Taliban gunmen" names the attacker "gunmen"), or when it is the same name mentioned elsewhere (sameName).
 */
export function fillerNames(filler: SystemFiller, gold: GoldSpan): boolean {
  if (filler.spans.some((s) => (s.start < gold.end && s.end > gold.start) || (gold.start - s.end >= 0 && gold.start - s.end <= 1)))
    return true;
  return sameName(filler.value, gold.text);
}

export interface ArgumentVerdict {
  ok: boolean;
  missing: GoldArgument[];
  spurious: SystemFiller[];
  dateWrong: boolean;
}

/** Whether `event` gets `gold` right with its arguments (and why not). */
export function judgeArguments(
  event: TimelineEvent,
  gold: GoldEvent,
  coreferent: readonly GoldEvent[] = [gold],
  flat = false,
  casualties: readonly GoldArgument[] = [],
): ArgumentVerdict {
  const fillers = systemFillers(event, flat);
  const dateWrong = gold.date !== undefined && !(event.start >= gold.date.start && event.start <= gold.date.end);
  const missing = gold.arguments.filter(
    (a) => a.named && a.roleClass && !fillers.some((f) => classesAgree(f.roleClass, a.roleClass!) && fillerNames(f, a)),
  );
  const allowed = [...gold.arguments, ...coreferent.flatMap((g) => g.arguments)];
  const goldHasPlace = allowed.some((a) => a.roleClass === 'where' && a.named);
  const judged = (f: SystemFiller): boolean =>
    f.roleClass !== 'name' && f.roleClass !== 'weapon' && (f.roleClass !== 'where' || goldHasPlace);
  const tolls = gold.type === 'attack' ? casualties : [];
  const spurious = fillers.filter(
    (f) =>
      judged(f) &&
      !allowed.some((a) => fillerNames(f, a)) &&
      !tolls.some((a) => classesAgree(f.roleClass, a.roleClass!) && fillerNames(f, a)),
  );
  return { ok: !dateWrong && missing.length === 0 && spurious.length === 0, missing, spurious, dateWrong };
}
