// The organisation-pattern pass of the entity finder: names written with an organisation head word ("Xinhua news
// agency", "Defence Ministry", "Central Election Commission"), replacing what the earlier passes read inside them
// unless a titled person.

import { NON_NAME_WORDS } from './gazetteer-data';
import type { EntityMention } from './types';

/** "Xinhua news agency", "Defence Ministry", "Interior Ministry": organisation names written with their head word. */
const ORGANISATION_PATTERNS: { ruleId: string; pattern: RegExp }[] = [
  { ruleId: 'organisation-news-agency', pattern: /\b(\p{Lu}[\p{L}-]+) (?:state )?news agency\b/gu },
  {
    ruleId: 'organisation-name',
    pattern:
      /\b((?:\p{Lu}[\p{L}-]+ ){1,4}(?:Ministry|Agency|Council|Organi[sz]ation|Party|Commission|Department|Bureau|Committee|Parliament))\b/gu,
  },
];

/**
 * Replaces the mentions an organisation name overlaps (unless a titled person does). The mentions never overlap one
 * another, so they are kept sorted by start and the matches (in text order) walk them once per pattern: linear.
 */
export function organisationPass(text: string, out: EntityMention[]): void {
  const live = [...out].sort((a, b) => a.start - b.start);
  for (const { ruleId, pattern } of ORGANISATION_PATTERNS) {
    pattern.lastIndex = 0;
    const kept: EntityMention[] = [];
    let next = 0; // live[next..] are not yet copied to `kept`
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = m.index + m[0].length;
      const name = m[1]!.replace(/^The /, '');
      if (NON_NAME_WORDS.has(name.split(' ')[0]!) && ruleId === 'organisation-name') continue;
      while (next < live.length && live[next]!.end <= start) kept.push(live[next++]!);
      let to = next; // live[next..to) overlap the match
      while (to < live.length && live[to]!.start < end) to++;
      if (live.slice(next, to).some((e) => e.kind === 'person' && e.ruleId === 'person-titled')) continue;
      // A curated organisation covering the match keeps its canonical name: "the U.N. Security Council".
      const nameStart = end - name.length; // after a sentence-initial "The "
      if (live.slice(next, to).some((e) => e.ruleId === 'organisation-known' && e.start <= nameStart && e.end >= end)) continue;
      next = to;
      kept.push({ kind: 'organisation', name, start, end, text: m[0], ruleId });
    }
    while (next < live.length) kept.push(live[next++]!);
    live.length = 0;
    for (const e of kept) live.push(e);
  }
  out.length = 0;
  for (const e of live) out.push(e);
}
