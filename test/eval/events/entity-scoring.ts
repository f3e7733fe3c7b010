// Entity evaluation on annotated names: the app's entity layer (find-entities) against the corpora's name mentions
// of people (PER), places (LOC: countries, cities, regions; WikiEvents GPE and LOC) and organisations (ORG).
// What is scored follows what the corpora annotate (audit of MEANTIME and WikiEvents, see also the readers):
// - Only the annotated sentences (MEANTIME: the title and first five sentences) are scored, gold and system alike.
// - Gold names: MEANTIME NAM mentions and names premodifying a noun (PRE.NAM: "Apple-made", "the US carmaker"), typed
//   by the entity they refer to; WikiEvents PER/ORG/GPE/LOC mentions that are written as names. Nominal mentions ("the
//   company"), pronouns and mentions of other kinds (products, money, dates) are not names.
// - A MEANTIME name linked to no entity has no known type: a system entity overlapping only such names is not scored.
// - MEANTIME marks a noun phrase and, inside it, the name again ("JSA Research defence analyst Paul Nesbit" ⊃ "Paul
//   Nesbit", "German airline Lufthansa" ⊃ "Lufthansa", "Boeing and Lockheed Martin" ⊃ both). An outer mention whose
//   words outside the names annotated inside it hold no capitalised word other than a title is that name repeated:
//   it is not a gold name of its own (its inner names are), and a system entity inside it is not counted twice.
//   An outer mention with a name of its own stays ("Mobile, Alabama" is Mobile, with Alabama inside it).
// - Matching is one to one: a system entity takes the unused gold name of its type it overlaps best (by overlap over
//   union), so nested names pair with the right extent. A system entity overlapping only gold names of its type that
//   are taken (a second piece of one name) is not counted; any other system entity is spurious, including one that
//   overlaps a mention of another kind (a product, a date) or a name of another type.
// - System mentions that resolve a pronoun or a role to a person ("He", "the Russian leader") or a pronoun to a
//   company or state ("X said it agreed") are references, not names, and are not scored (both corpora annotate them
//   as pronominal or nominal mentions, not as names).

import { findEntities } from '../../../app/extract/entities/find-entities';
import type { EntityKind } from '../../../app/extract/entities/types';
import { splitSentences } from '../../../app/extract/text/sentences';
import type { GoldDocument, GoldName, GoldNameType } from './gold-document';
import type { Counts } from './scoring';

export const NAME_TYPES: readonly GoldNameType[] = ['PER', 'LOC', 'ORG'];

const TYPE_OF_KIND: Readonly<Record<EntityKind, GoldNameType>> = { person: 'PER', country: 'LOC', place: 'LOC', organisation: 'ORG' };

/** Rules that resolve a pronoun or a role ("He", "the Russian leader", "said it") to its antecedent: references, not names. */
const REFERENCE_RULES: ReadonlySet<string> = new Set(['person-pronoun', 'person-role-anaphor', 'speaker-pronoun']);

/** Capitalised words of an outer mention that are titles or determiners, not a name of its own. */
const TITLE_WORD =
  /^(?:The|A|An|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Judge|Justice|Presiding|President|Vice|Prime|Minister|Secretary|Senator|Governor|Chairman|Chairwoman|Chief|Executive|Operating|Officer|CEO|Director|Managing|King|Queen)$/;

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Whether `outer` only repeats names annotated inside it (see the header). */
export function repeatsInnerNames(outer: GoldName, names: readonly GoldName[]): boolean {
  const inner = names.filter(
    (n) =>
      n !== outer &&
      (n.type !== null || n.untyped) &&
      n.start >= outer.start &&
      n.end <= outer.end &&
      n.end - n.start < outer.end - outer.start,
  );
  if (!inner.some((n) => n.type === outer.type)) return false;
  let rest = outer.text;
  for (const n of inner) rest = rest.slice(0, n.start - outer.start) + ' '.repeat(n.end - n.start) + rest.slice(n.end - outer.start);
  return rest.split(/[\s,()]+/).every((w) => !/^\p{Lu}/u.test(w) || TITLE_WORD.test(w));
}

/** Adds one document's counts per name type to `counts`; returns the misses and spurious names for --errors. */
export function scoreEntities(doc: GoldDocument, counts: Map<GoldNameType, Counts>): string[] {
  const limit = doc.sentenceStarts[doc.annotatedSentences ?? Infinity] ?? Infinity;
  const annotated = doc.names.filter((n) => n.start < limit);
  const typed = annotated.filter((n) => n.type !== null);
  const repeats = new Set(typed.filter((n) => repeatsInnerNames(n, annotated)));
  const gold = typed.filter((n) => !repeats.has(n));
  const untyped = annotated.filter((n) => n.untyped);
  const system = findEntities(doc.text, splitSentences(doc.text)).filter((e) => e.start < limit && !REFERENCE_RULES.has(e.ruleId));
  const used = new Set<number>();
  const errors: string[] = [];
  const of = (type: GoldNameType): Counts => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const e of system) {
    const type = TYPE_OF_KIND[e.kind];
    let best = -1;
    let bestScore = 0;
    gold.forEach((g, i) => {
      const o = overlap(g, e);
      if (used.has(i) || g.type !== type || o === 0) return;
      const score = o / (Math.max(g.end, e.end) - Math.min(g.start, e.start));
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best >= 0) {
      used.add(best);
      of(type).tp++;
    } else if ([...gold, ...repeats].some((g) => g.type === type && overlap(g, e) > 0)) {
      // A second piece of a name already matched, or a piece of a phrase-level repeat: not counted.
    } else if (!untyped.some((g) => overlap(g, e) > 0)) {
      of(type).fp++;
      errors.push(`${doc.id}\tSPURIOUS ${type}\t${e.text}\t(${e.ruleId})`);
    }
  }
  gold.forEach((g, i) => {
    if (used.has(i)) return;
    of(g.type!).fn++;
    errors.push(`${doc.id}\tMISSED ${g.type}\t${g.text}`);
  });
  return errors;
}
