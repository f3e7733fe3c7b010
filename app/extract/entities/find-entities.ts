// Finds entity mentions in an article: gazetteer phrases (countries, demonyms, capitals, cities, metonyms,
// organisations), titled and bare person names, organisation names, then links short person references
// ("Mr. Putin", "Putin", "the Russian leader", "He") to the full names of the same article.

import type { Sentence } from '../text/sentences';
import { isCapitalised, stripPossessive, tokenKey, tokenize, type Token } from '../text/tokens';
import { CITY_LOCATIVE_WORDS } from './ambiguous-city-names';
import { NON_NAME_WORDS, NON_PERSON_HEADS } from './gazetteer-data';
import { runIsNoPerson } from './not-a-person';
import { longestPhraseStartingWith, lookupPhrase, type GazetteerEntry } from './gazetteer';
import { resolvePersonReferences } from './person-references';
import { addOrganisationAndFacilityNames } from './organisation-names';
import { addContextOrganisations } from './organisation-context';
import { findCapitalisedPlaces } from './place-in-capitalised';
import { findSubjectSurnames } from './person-subject';
import { LONGEST_TITLE_TOKENS, TITLE_FIRST_WORDS, TITLE_KEYS } from './titles';
import type { EntityMention } from './types';
import { firstIndexAtOrAfter } from '../text/sorted-search';

/** Tokens of one sentence and which of them an entity mention already covers. */
export interface SentenceTokens {
  sentence: Sentence;
  tokens: Token[];
  covered: Uint8Array;
}

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

function cover(st: SentenceTokens, from: number, to: number): void {
  st.covered.fill(1, from, to);
}

/** Longest gazetteer phrase starting at token i (a trailing possessive is allowed on the last token). */
function matchGazetteer(tokens: Token[], i: number): { entry: GazetteerEntry; to: number; possessive: boolean; end: number } | null {
  const first = tokens[i]!.text;
  const longest = Math.max(longestPhraseStartingWith(first), longestPhraseStartingWith(stripPossessive(first) ?? first));
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
function ambiguousCityConfirmed(tokens: Token[], i: number, to: number): boolean {
  if (CITY_LOCATIVE_WORDS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) return true;
  return tokens[to]?.text === ',' && to + 1 < tokens.length && matchGazetteer(tokens, to + 1)?.entry.kind === 'country';
}

function gazetteerPass(st: SentenceTokens, text: string, out: EntityMention[]): void {
  const { tokens } = st;
  for (let i = 0; i < tokens.length; i++) {
    const m = matchGazetteer(tokens, i);
    if (!m) continue;
    const { entry } = m;
    if (entry.locativeOnly && !ambiguousCityConfirmed(tokens, i, m.to)) continue;
    if (entry.kind === 'country' && text[m.end] === '$') continue; // "US$40 billion": a currency, not the country
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

/** Length in tokens of the longest title starting at token i (0 when none). */
export function titleLengthAt(tokens: Token[], i: number): number {
  if (!TITLE_FIRST_WORDS.has(tokens[i]!.text.toLowerCase())) return 0;
  for (let n = Math.min(LONGEST_TITLE_TOKENS, tokens.length - i); n >= 1; n--) {
    let key = '';
    for (let k = i; k < i + n; k++) key += (k > i ? ' ' : '') + tokens[k]!.text.toLowerCase();
    if (TITLE_KEYS.has(key)) return n;
  }
  return 0;
}

function isNameToken(token: Token | undefined, covered: boolean): boolean {
  if (!token || covered) return false;
  // A capitalised word with lower-case letters ("GOP" and "I'm" are not names), or an initial ("F.").
  // Hyphen + lower case is an adjective ("British-owned", "Kurdish-led"), not a double name ("Jean-Pierre").
  const word =
    /^\p{Lu}\.$/u.test(token.text) ||
    (/^\p{Lu}[\p{Ll}'’-][\p{L}'’-]*$/u.test(token.text) && !/['’](?:m|re|ve|ll|d|t)$/u.test(token.text) && !/-\p{Ll}/u.test(token.text));
  return word && !NON_NAME_WORDS.has(token.text) && !NON_PERSON_HEADS.has(token.text);
}

/** Length of the run of name tokens starting at i (at most 4). */
/** Lower-case particles inside names ("Ursula von der Leyen", "Mohammed bin Salman"); never first or last. */
const NAME_PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'dos',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'la',
  'le',
  'ter',
]);
/** "al-Assad", "el-Sisi": an Arabic article joined to a capitalised name. */
const ARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az)-\p{Lu}\p{Ll}/u;

/** Length of the run of name tokens starting at i (at most 5 words, particles included). */
function nameRunAt(st: SentenceTokens, i: number): number {
  const { tokens, covered } = st;
  let n = 0;
  let words = 0;
  while (words < 5) {
    const token = tokens[i + n];
    if (!token || covered[i + n] === 1) break;
    if (isNameToken(token, false) || (n > 0 && ARTICLE_NAME.test(token.text))) {
      n++;
      words++;
      if (stripPossessive(token.text)) break;
      continue;
    }
    // A particle counts only between two name words.
    let k = n;
    while (k - n < 3 && NAME_PARTICLES.has(tokens[i + k]?.text ?? '')) k++;
    const after = tokens[i + k];
    if (n === 0 || k === n || !after || covered[i + k] === 1 || !(isNameToken(after, false) || ARTICLE_NAME.test(after.text))) break;
    n = k;
  }
  return n;
}

/** Name text without a trailing possessive, and the end offset of that text. */
function nameOf(tokens: Token[], from: number, to: number, text: string): { name: string; end: number; possessive: boolean } {
  const last = tokens[to - 1]!;
  const bare = stripPossessive(last.text);
  const end = bare ? last.start + bare.length : last.end;
  return { name: text.slice(tokens[from]!.start, end).replace(/\s+/g, ' '), end, possessive: bare !== null };
}

/** What the name pass looks up in the mentions found so far, indexed so that each token's lookup is O(log n). */
interface NamePassIndex {
  /** Country mentions of the gazetteer pass, in text order (their ends ascending: they do not overlap). */
  countries: EntityMention[];
  /** End offsets of the person mentions pushed so far. */
  personEnds: Set<number>;
}

function namePassIndex(out: readonly EntityMention[]): NamePassIndex {
  const countries = out.filter((m) => m.kind === 'country').sort((a, b) => a.start - b.start);
  return { countries, personEnds: new Set(out.filter((m) => m.kind === 'person').map((m) => m.end)) };
}

/** The first country mention (in `out` order) ending within [at - 3, at]. */
function countryEndingNear(index: NamePassIndex, at: number): EntityMention | undefined {
  const m = index.countries[firstIndexAtOrAfter(index.countries, at - 3, (c) => c.end)];
  return m && m.end <= at ? m : undefined;
}

/** Titled names ("President Vladimir Putin"), bare full names ("Wang Yi said") and organisation names. */
function namePass(st: SentenceTokens, text: string, out: EntityMention[], index: NamePassIndex): void {
  const { tokens, covered } = st;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const titleLength = titleLengthAt(tokens, i);
    if (titleLength > 0) {
      const run = nameRunAt(st, i + titleLength);
      if (run > 0) {
        const { name, end, possessive } = nameOf(tokens, i + titleLength, i + titleLength + run, text);
        // "Chinese leader Xi Jinping", "US President Joe Biden", "Russia's President Vladimir Putin": the country only qualifies the title.
        const demonym = countryEndingNear(index, tokens[i]!.start);
        if (demonym) demonym.attributive = true;
        const title = text.slice(tokens[i]!.start, tokens[i + titleLength - 1]!.end);
        const start = tokens[i + titleLength]!.start;
        out.push({
          kind: 'person',
          name,
          start,
          end,
          text: text.slice(start, end),
          ruleId: 'person-titled',
          title,
          country: demonym?.name,
          possessive: possessive || undefined,
        });
        index.personEnds.add(end);
        cover(st, i, i + titleLength + run);
        i += titleLength + run - 1;
        continue;
      }
    }
    const run = nameRunAt(st, i);
    // "Ministry of Foreign Affairs", "Bosnia and Herzegovina" continue one name; "Vladimir Putin and Joe Biden" are two people.
    const afterPersonAnd = i > 1 && tokens[i - 1]!.text === 'and' && index.personEnds.has(tokens[i - 2]!.end);
    if (
      run >= 2 &&
      (afterPersonAnd || !(i > 0 && /^(?:of|and|for|the)$/.test(tokens[i - 1]!.text) && isCapitalised(tokens[i - 2]?.text ?? '')))
    ) {
      const next = tokens[i + run];
      if (next && NON_PERSON_HEADS.has(next.text)) continue;
      // "Presiding Judge Martin Mann": a title inside the run begins a titled name; read it from there.
      let titled = i + 1;
      // Only a title with a name after it in the run: "Martin Luther King" stays one name.
      while (titled < i + run && (titleLengthAt(tokens, titled) === 0 || titled + titleLengthAt(tokens, titled) >= i + run)) titled++;
      if (titled < i + run) {
        i = titled - 1;
        continue;
      }
      if (runIsNoPerson(tokens, i, i + run)) {
        i += run - 1;
        continue;
      }
      const { name, end, possessive } = nameOf(tokens, i, i + run, text);
      const start = tokens[i]!.start;
      out.push({
        kind: 'person',
        name,
        start,
        end,
        text: text.slice(start, end),
        ruleId: 'person-name',
        possessive: possessive || undefined,
      });
      index.personEnds.add(end);
      cover(st, i, i + run);
      i += run - 1;
    }
  }
}

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
function organisationPass(text: string, out: EntityMention[]): void {
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

/** All entity mentions of the article, in text order. */
export function findEntities(text: string, sentences: readonly Sentence[]): EntityMention[] {
  const out: EntityMention[] = [];
  const perSentence: SentenceTokens[] = sentences.map((sentence) => {
    const tokens = tokenize(sentence.text, sentence.start);
    return { sentence, tokens, covered: new Uint8Array(tokens.length) };
  });
  for (const st of perSentence) gazetteerPass(st, text, out);
  const index = namePassIndex(out);
  for (const st of perSentence) namePass(st, text, out, index);
  organisationPass(text, out);
  const named = addContextOrganisations(
    text,
    perSentence,
    addOrganisationAndFacilityNames(text, perSentence, out).sort((a, b) => a.start - b.start),
  );
  const resolved = resolvePersonReferences(text, perSentence, named);
  const fallbackPlaces = findCapitalisedPlaces(text, perSentence, resolved);
  const withPlaces = fallbackPlaces.length === 0 ? resolved : [...resolved, ...fallbackPlaces].sort((a, b) => a.start - b.start);
  const surnames = findSubjectSurnames(text, perSentence, withPlaces);
  return surnames.length === 0 ? withPlaces : [...withPlaces, ...surnames].sort((a, b) => a.start - b.start);
}
