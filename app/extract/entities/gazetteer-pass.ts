// The gazetteer pass of the entity finder: countries, demonyms, capitals, cities, government metonyms and curated
// organisations by their longest phrase, with the readings that depend on the words around them: a capital as its
// government ("Moscow said", "the Kabul government") or as a place ("in Nairobi"), a seat of government as a place
// ("at the White House"), a demonym only placing a settlement ("the Russian city of Belgorod"), an ambiguous city
// name only after a locative word or before ", <Country>", and a maker's name before its product ("Boeing 737",
// "Airbus aircraft") left unnamed: the product is meant, not the company (MEANTIME dev marks no organisation there).

import { stripPossessive, tokenKey, withoutPossessive, type Token } from '../text/tokens';
import { CITY_LOCATIVE_WORDS } from './ambiguous-city-names';
import { longestPhraseStartingWith, lookupPhrase, type GazetteerEntry } from './gazetteer';
import { cover, type SentenceTokens } from './sentence-tokens';
import type { EntityMention } from './types';
import { MODEL_NUMBER } from './organisation-context';

const LOCATIVE = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'into',
  'outside',
  'across',
  'around',
  'via',
  'toward',
  'towards',
  'through',
  'inside',
  'within',
  'of',
  'visit',
  'visited',
  'visiting',
  'visits',
]);
/** Prepositions that make a seat of government a place ("at the White House"); "from the Kremlin" stays the government. */
const SEAT_LOCATIVE = new Set(['in', 'at', 'inside', 'outside', 'near', 'into', 'to', 'visit', 'visited', 'visiting', 'visits']);
/** Nouns after a capital that make it the country's government ("the Kabul government", "Moscow officials"). */
const GOVERNMENT_NOUNS_AFTER = new Set(['government', 'administration', 'regime', 'authorities', 'leadership', 'officials', 'cabinet']);
/** Verbs whose object, when a capital, is the government ("represent Beijing", "accused Moscow"). */
const GOVERNMENT_OBJECT_OF = new Set([
  'represent',
  'represents',
  'represented',
  'representing',
  'accused',
  'accuses',
  'urged',
  'urges',
  'warned',
  'warns',
  'blamed',
  'blames',
  'criticised',
  'criticized',
  'pressed',
  'told',
  'tells',
  'sanctioned',
  'condemned',
  'between',
]);
/** A demonym before these nouns only says where a place is ("the Russian city of Belgorod"). */
const SETTLEMENT_NOUNS = new Set([
  'city',
  'town',
  'village',
  'region',
  'province',
  'port',
  'capital',
  'border',
  'territory',
  'soil',
  'side',
  'coast',
  'island',
  'enclave',
  'district',
  'oblast',
  'republic',
]);
const GOVERNMENT_VERBS = new Set([
  'said',
  'says',
  'say',
  'announced',
  'accused',
  'warned',
  'denied',
  'has',
  'have',
  'had',
  'will',
  'would',
  'wants',
  'insists',
  'insisted',
  'urged',
  'condemned',
  'rejected',
  'responded',
  'is',
  'was',
  'has',
  'claimed',
  'called',
  'demanded',
  'threatened',
  'stated',
  'signed',
  'agreed',
  'hopes',
  'hoped',
  'believes',
  'sees',
  'views',
  'regards',
  'considers',
  'welcomed',
  'confirmed',
]);

/** Longest gazetteer phrase starting at token i (a trailing possessive is allowed on the last token). */
function matchGazetteer(
  tokens: readonly Token[],
  i: number,
): { entry: GazetteerEntry; to: number; possessive: boolean; end: number } | null {
  const first = tokens[i]!.text;
  const longest = Math.max(longestPhraseStartingWith(first), longestPhraseStartingWith(withoutPossessive(first)));
  for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
    const key = tokenKey(tokens, i, i + n);
    const entry = lookupPhrase(key);
    const last = tokens[i + n - 1]!;
    if (entry) {
      const apostrophe = tokens[i + n]?.text === "'" || tokens[i + n]?.text === '’';
      return { entry, to: n + i + (apostrophe ? 1 : 0), possessive: apostrophe, end: last.end };
    }
    const bare = stripPossessive(last.text);
    if (bare) {
      const stripped = (n > 1 ? tokenKey(tokens, i, i + n - 1) + ' ' : '') + bare;
      const possessed = lookupPhrase(stripped);
      if (possessed) return { entry: possessed, to: i + n, possessive: true, end: last.start + bare.length };
    }
  }
  return null;
}

/** An ambiguous city name reads as the city only after a locative word or before ", <Country>" ("Victoria, Canada"). */
function ambiguousCityConfirmed(tokens: readonly Token[], i: number, to: number): boolean {
  if (CITY_LOCATIVE_WORDS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) return true;
  return tokens[to]?.text === ',' && to + 1 < tokens.length && matchGazetteer(tokens, to + 1)?.entry.kind === 'country';
}

/** Product nouns after a maker's name that make the two one product: "Airbus aircraft", "Boeing jets", "Apple computers". */
const PRODUCT_NOUNS = new Set(
  (
    'aircraft airliner airliners jet jets jetliner jetliners plane planes airplane airplanes engine engines helicopter helicopters ' +
    'tanker tankers fighter fighters phone phones smartphone smartphones computer computers laptop laptops chip chips car cars ' +
    'vehicle vehicles truck trucks model models'
  ).split(' '),
);

/** A maker's name written as part of a product's: "Boeing 737", "Airbus A330-200", "Airbus aircraft". */
function namesProduct(entry: GazetteerEntry, tokens: readonly Token[], to: number, possessive: boolean): boolean {
  const next = tokens[to]?.text ?? '';
  return !!entry.maker && !possessive && (MODEL_NUMBER.test(next.replace(/s$/, '')) || PRODUCT_NOUNS.has(next)); // "737s"
}

export function gazetteerPass(st: SentenceTokens, text: string, out: EntityMention[]): void {
  const { tokens } = st;
  for (let i = 0; i < tokens.length; i++) {
    const m = matchGazetteer(tokens, i);
    if (!m) continue;
    const { entry } = m;
    if (entry.locativeOnly && !ambiguousCityConfirmed(tokens, i, m.to)) continue;
    if (entry.kind === 'country' && text[m.end] === '$') continue; // "US$40 billion": a currency, not the country
    if (namesProduct(entry, tokens, m.to, m.possessive)) {
      cover(st, i, m.to); // nor a person or a place
      i = m.to - 1;
      continue;
    }
    const start = tokens[i]!.start;
    const base = { start, end: m.end, text: text.slice(start, m.end), possessive: m.possessive || undefined };
    const previous = tokens[i - 1]?.text.toLowerCase() ?? '';
    const beforePrevious = tokens[i - 2]?.text.toLowerCase() ?? '';
    if (entry.capital) {
      const next = tokens[m.to]?.text.toLowerCase() ?? '';
      const asGovernment =
        GOVERNMENT_NOUNS_AFTER.has(next) ||
        (!LOCATIVE.has(previous) && (m.possessive || GOVERNMENT_VERBS.has(next) || GOVERNMENT_OBJECT_OF.has(previous)));
      out.push(
        asGovernment
          ? { ...base, kind: 'country', name: entry.country!, country: entry.country, ruleId: 'country-capital-metonym' }
          : { ...base, kind: 'place', name: entry.name, country: entry.country, ruleId: entry.ruleId },
      );
    } else if (
      entry.ruleId === 'country-government-metonym' &&
      (SEAT_LOCATIVE.has(previous) || (previous === 'the' && SEAT_LOCATIVE.has(beforePrevious)))
    ) {
      // "at the White House": the building is the place where something happens.
      out.push({ ...base, kind: 'place', name: base.text.replace(/^the /i, ''), country: entry.country, ruleId: 'place-government-seat' });
    } else {
      const attributive = entry.ruleId === 'country-demonym' && SETTLEMENT_NOUNS.has(tokens[m.to]?.text.toLowerCase() ?? '');
      out.push({
        ...base,
        kind: entry.kind,
        name: entry.name,
        country: entry.country,
        ruleId: entry.ruleId,
        attributive: attributive || undefined,
      });
    }
    cover(st, i, m.to);
    i = m.to - 1;
  }
}
