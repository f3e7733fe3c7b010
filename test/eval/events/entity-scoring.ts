// Entity evaluation on annotated names: the app's entity layer (find-entities) against the corpora's name mentions
// of people (PER), places (LOC: countries, cities, regions; WikiEvents GPE and LOC) and organisations (ORG).
// A system entity is right when it overlaps an unused gold name of the same type (one-to-one, left to right). A
// system entity that overlaps an annotated mention of another kind (a date, a product, a common noun) counts against
// precision only when it overlaps no gold name at all of its own type. Only the annotated sentences are scored.

import { findEntities } from '../../../app/extract/entities/find-entities';
import type { EntityKind } from '../../../app/extract/entities/types';
import { splitSentences } from '../../../app/extract/text/sentences';
import type { GoldDocument, GoldNameType } from './gold-document';
import type { Counts } from './scoring';

export const NAME_TYPES: readonly GoldNameType[] = ['PER', 'LOC', 'ORG'];

const TYPE_OF_KIND: Readonly<Record<EntityKind, GoldNameType>> = { person: 'PER', country: 'LOC', place: 'LOC', organisation: 'ORG' };

/** Adds one document's counts per name type to `counts`; returns the misses and spurious names for --errors. */
export function scoreEntities(doc: GoldDocument, counts: Map<GoldNameType, Counts>): string[] {
  const limit = doc.sentenceStarts[doc.annotatedSentences ?? Infinity] ?? Infinity;
  const gold = doc.names.filter((n) => n.type !== null && n.start < limit);
  const system = findEntities(doc.text, splitSentences(doc.text)).filter((e) => e.start < limit);
  const used = new Set<number>();
  const errors: string[] = [];
  const of = (type: GoldNameType): Counts => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const e of system) {
    const type = TYPE_OF_KIND[e.kind];
    const k = gold.findIndex((g, i) => !used.has(i) && g.type === type && g.start < e.end && g.end > e.start);
    if (k >= 0) {
      used.add(k);
      of(type).tp++;
    } else if (!gold.some((g) => g.type === type && g.start < e.end && g.end > e.start)) {
      of(type).fp++;
      errors.push(`${doc.id}\tSPURIOUS ${type}\t${e.text}`);
    }
  }
  gold.forEach((g, i) => {
    if (used.has(i)) return;
    of(g.type!).fn++;
    errors.push(`${doc.id}\tMISSED ${g.type}\t${g.text}`);
  });
  return errors;
}
