// The name pass of the entity finder: titled names ("President Vladimir Putin", "Chinese leader Xi Jinping") and bare
// full names ("Wang Yi said"): runs of two to five capitalised name words (particles such as "von der", "bin" and
// Arabic articles inside), not after "of"/"and"/"for"/"the" that continue another name, not before an organisation or
// facility head word, and not headline text or foreign-article names (not-a-person.ts).

import { isCapitalised, stripPossessive, type Token } from '../text/tokens';
import { firstIndexAtOrAfter } from '../text/sorted-search';
import { NON_NAME_WORDS, NON_PERSON_HEADS } from './gazetteer-data';
import { onlyTitleWords, runIsNoPerson } from './not-a-person';
import { cover, type SentenceTokens } from './sentence-tokens';
import { LONGEST_TITLE_TOKENS, TITLE_FIRST_WORDS, TITLE_KEYS } from './titles';
import type { EntityMention } from './types';

/** Length in tokens of the longest title starting at token i (0 when none). */
export function titleLengthAt(tokens: readonly Token[], i: number): number {
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

/** Lower-case particles inside names ("Ursula von der Leyen", "Mohammed bin Salman"); never first or last. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
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
function nameOf(tokens: readonly Token[], from: number, to: number, text: string): { name: string; end: number; possessive: boolean } {
  const last = tokens[to - 1]!;
  const bare = stripPossessive(last.text);
  const end = bare ? last.start + bare.length : last.end;
  return { name: text.slice(tokens[from]!.start, end).replace(/\s+/g, ' '), end, possessive: bare !== null };
}

/** What the name pass looks up in the mentions found so far, indexed so that each token's lookup is O(log n). */
export interface NamePassIndex {
  /** Country mentions of the gazetteer pass, in text order (their ends ascending: they do not overlap). */
  countries: EntityMention[];
  /** End offsets of the person mentions pushed so far. */
  personEnds: Set<number>;
}

export function namePassIndex(out: readonly EntityMention[]): NamePassIndex {
  const countries = out.filter((m) => m.kind === 'country').sort((a, b) => a.start - b.start);
  return { countries, personEnds: new Set(out.filter((m) => m.kind === 'person').map((m) => m.end)) };
}

/** The first country mention (in `out` order) ending within [at - 3, at]. */
function countryEndingNear(index: NamePassIndex, at: number): EntityMention | undefined {
  const m = index.countries[firstIndexAtOrAfter(index.countries, at - 3, (c) => c.end)];
  return m && m.end <= at ? m : undefined;
}

/** Titled names ("President Vladimir Putin"), bare full names ("Wang Yi said") and organisation names. */
export function namePass(st: SentenceTokens, text: string, out: EntityMention[], index: NamePassIndex): void {
  const { tokens, covered } = st;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const titleLength = titleLengthAt(tokens, i);
    if (titleLength > 0) {
      const run = nameRunAt(st, i + titleLength);
      if (run > 0 && !onlyTitleWords(tokens, i + titleLength, i + titleLength + run)) {
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
      // "its Baby Ruth, Butterfinger and Pearson candy businesses" (TimeBank), "its Cupertino headquarters": what a
      // company or a country owns is a product, a brand or a site, never a person.
      if (runIsNoPerson(tokens, i, i + run) || /^its$/i.test(tokens[i - 1]?.text ?? '')) {
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
