// What an article is about, for labels that would otherwise be a bare type word ("Explosion — Lyon"): the first
// name of its headline (its first sentence) when it names one, else the name its text mentions most often (the
// earliest on a tie). Person references ("Mr. Putin", "he") count for the person they stand for.

import type { EntityMention } from '../entities/types';
import type { Sentence } from '../text/sentences';

/** The article's subject from its entity mentions (in text order), or undefined when it names nothing. */
export function articleSubject(entities: readonly EntityMention[], sentences: readonly Sentence[]): string | undefined {
  const headlineEnd = sentences[0]?.end ?? 0;
  const inHeadline = entities.find((e) => e.end <= headlineEnd && !e.attributive);
  if (inHeadline) return inHeadline.name;
  const counts = new Map<string, number>();
  for (const e of entities) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  let best: string | undefined;
  for (const [name, n] of counts) if (best === undefined || n > counts.get(best)!) best = name;
  return best;
}
