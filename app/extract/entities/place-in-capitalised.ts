// Fallback place rule for towns the gazetteer does not hold: "in Tromsø", "at Kirkenes", "into Dagestan", "near Azaz". A few
// capitalised words right after "in"/"at"/"into"/"near", not covered by another entity, not a function word, month, weekday, title or known
// surname, and not the start of a longer capitalised run (which may be a person: "in Prime Minister ..."). The
// mentions carry their own rule id (`place-in-capitalised`) so that events can trust them less than gazetteer places;
// only a trigger's clause ever takes them as its place (arguments.ts).

import { stripPossessive, withoutPossessive, type Token } from '../text/tokens';
import type { SentenceTokens } from './sentence-tokens';
import { NON_NAME_WORDS, NON_PERSON_HEADS } from './gazetteer-data';
import type { EntityMention } from './types';
import { firstIndexAtOrAfter } from '../text/sorted-search';

export const PLACE_IN_CAPITALISED_RULE = 'place-in-capitalised';

const PREPOSITIONS = new Set(['in', 'at', 'into', 'near']);
/** A place-like word: capitalised, then lower-case letters (acronyms such as "UN" or "COVID" are not towns). */
const PLACE_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;
/** Languages and language-like words ("in English", "in Spanish", "in Mandarin") are not places. */
const LANGUAGE_WORD =
  /^(?:\p{Lu}\p{Ll}+(?:ish|ese)|English|French|German|Dutch|Greek|Latin|Arabic|Hebrew|Hindi|Urdu|Farsi|Persian|Swahili|Mandarin|Cantonese|Russian|Ukrainian|Norwegian|Finnish|Swedish|Danish|Italian|Korean|Vietnamese)$/u;
/** At most this many words make the place ("in Kirkenes", "in Ciudad Juárez", "in Dar es Salaam"). */
const MAX_WORDS = 3;
const PLACE_PARTICLES = new Set(['de', 'del', 'da', 'do', 'di', 'dos', 'das', 'el', 'al', 'es', 'la', 'le', 'sur', 'am']);

function isPlaceWord(token: Token | undefined, surnames: ReadonlySet<string>): boolean {
  if (!token) return false;
  const word = withoutPossessive(token.text);
  return (
    PLACE_WORD.test(word) && !LANGUAGE_WORD.test(word) && !NON_NAME_WORDS.has(word) && !NON_PERSON_HEADS.has(word) && !surnames.has(word)
  );
}

/** Places found by the fallback rule in the given sentences; `known` are the mentions already found (any kind), sorted by start. */
export function findCapitalisedPlaces(
  text: string,
  sentences: readonly SentenceTokens[],
  known: readonly EntityMention[],
): EntityMention[] {
  const surnames = new Set(known.filter((m) => m.kind === 'person').flatMap((m) => m.name.split(' ')));
  // Known mentions are sorted by start; one overlaps [start, end) when some mention starting before `end` ends after
  // `start`: the running maximum of ends answers that by binary search (a scan of every mention per place was quadratic).
  const maxEndUpTo: number[] = [];
  for (const m of known) maxEndUpTo.push(Math.max(m.end, maxEndUpTo[maxEndUpTo.length - 1] ?? -Infinity));
  const overlapsKnown = (start: number, end: number): boolean => {
    const before = firstIndexAtOrAfter(known, end, (m) => m.start);
    return before > 0 && maxEndUpTo[before - 1]! > start;
  };
  const out: EntityMention[] = [];
  for (const { tokens, covered } of sentences) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!PREPOSITIONS.has(tokens[i]!.text)) continue;
      let n = 0;
      while (n <= MAX_WORDS && !covered[i + 1 + n] && isPlaceWord(tokens[i + 1 + n], surnames)) {
        n++;
        // "Dar es Salaam", "Rio de Janeiro": a lower-case particle between two place words continues the name.
        const particle = tokens[i + 1 + n];
        if (particle && PLACE_PARTICLES.has(particle.text) && !covered[i + 2 + n] && isPlaceWord(tokens[i + 2 + n], surnames)) n++;
      }
      // Beyond MAX_WORDS capitalised words the run is more likely a person or an organisation name.
      if (n === 0 || n > MAX_WORDS || /^\p{Lu}/u.test(tokens[i + 1 + n]?.text ?? '')) continue;
      const first = tokens[i + 1]!;
      const last = tokens[i + n]!;
      const bare = stripPossessive(last.text);
      const end = bare ? last.start + bare.length : last.end;
      if (overlapsKnown(first.start, end)) continue;
      const name = text.slice(first.start, end).replace(/\s+/g, ' ');
      out.push({
        kind: 'place',
        name,
        start: first.start,
        end,
        text: text.slice(first.start, end),
        ruleId: PLACE_IN_CAPITALISED_RULE,
        possessive: bare ? true : undefined,
      });
      i += n;
    }
  }
  return out;
}
