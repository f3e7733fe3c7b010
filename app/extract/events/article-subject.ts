// What an article is about, for labels that would otherwise be a bare type word ("Explosion — Lyon"): the first
// name of its headline (its first sentence) when it names one, else the name its text mentions most often (the
// earliest on a tie). Person references ("Mr. Putin", "he") count for the person they stand for. A news agency or
// broadcaster reports the news and is never its subject: "JERUSALEM (AP)_ Top Israeli officials sent strong new
// signals" (TimeBank) is not about the Associated Press; nor is its dateline's place the headline's name (it says where
// the report was filed), though it counts among the names the text mentions. Nor are the people who report it.

import { DATELINE_PLACE_RULE } from '../entities/dateline-place';
import { NEWS_AGENCIES } from '../entities/gazetteer-data';
import type { EntityMention } from '../entities/types';
import type { Sentence } from '../text/sentences';

const NEWS_AGENCY_NAMES: ReadonlySet<string> = new Set(NEWS_AGENCIES.map((aliases) => aliases.split('|')[0]!));

/** Words before a reporter's name: "For The World, this is Pamela McCall", "BBC correspondent Karyn Coleman", a byline. */
const REPORTER_BEFORE = /(?:\bthis\s+is|\bI['’]m|\bcorrespondent|\breporter|^By|\n\s*By)\s+$/i;
/** Words after it: "Karyn Coleman reports from Kosovo", the sign-off "Karyn Coleman, BBC news, Pristina". */
const REPORTER_AFTER = /^(?:\s+(?:reports|reporting)\b|,\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}news\b)/iu;

/** Names of people the article shows reporting it (the broadcast's presenter, its correspondents, the byline). */
function reporterNames(entities: readonly EntityMention[], text: string): Set<string> {
  const out = new Set<string>();
  for (const e of entities)
    if (
      e.kind === 'person' &&
      (REPORTER_BEFORE.test(text.slice(Math.max(0, e.start - 30), e.start)) || REPORTER_AFTER.test(text.slice(e.end, e.end + 40)))
    )
      out.add(e.name);
  return out;
}

/**
 * The article's subject from its entity mentions (in text order), or undefined when it names nothing; `text` is the
 * article, read for the people who report it (TimeBank broadcasts: "this is Pamela McCall ... BBC correspondent Karyn
 * Coleman reports from Kosovo" is about Kosovo, not about its reporters).
 */
export function articleSubject(entities: readonly EntityMention[], sentences: readonly Sentence[], text: string): string | undefined {
  const reporters = reporterNames(entities, text);
  const candidates = entities.filter((e) => !NEWS_AGENCY_NAMES.has(e.name) && !reporters.has(e.name));
  const headlineEnd = sentences[0]?.end ?? 0;
  const inHeadline = candidates.find((e) => e.end <= headlineEnd && !e.attributive && e.ruleId !== DATELINE_PLACE_RULE);
  if (inHeadline) return inHeadline.name;
  const counts = new Map<string, number>();
  for (const e of candidates) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  let best: string | undefined;
  for (const [name, n] of counts) if (best === undefined || n > counts.get(best)!) best = name;
  return best;
}
