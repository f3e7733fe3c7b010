// Untitled name runs that the rest of the article shows to be a company or a product, not a person, though every
// word is capitalised like "Wang Yi" (MEANTIME development part: Airbus and Apple news). One name, one reading per
// article: when any occurrence of a run qualifies, all its occurrences are dropped as persons (their tokens are left
// for the organisation passes), and a surname can no longer be linked to them.
// - Product noun after the run: a person's name does not modify "computers", "jets" or "processors" ("future Apple
//   Macintosh computers", "production of McDonnell Douglas jets", "MacBook Air laptops", "Intel Core Duo processors");
//   "Trump supporters", "Putin aides" are not product nouns and stay persons.
// - First word alone elsewhere, last word never: an organisation is shortened to its first word ("Northrop Grumman"
//   … "skewed towards Northrop"; "MacBook Pro" … "the MacBook"; "Badia al-Sham" … "the Badia"), a person to the last
//   ("Steve Jobs" … "Jobs said"). Not when the last word also stands alone ("Tamerlan Tsarnaev" … "Tamerlan" and
//   "the Tsarnaevs"), when the lone first word follows an honorific or title ("Mr. Wang", "President Xi"), or when it is a
//   common East Asian family name, written first ("Wang Yi" … "Wang said", "Kim Jong Un" … "Kim"), or when an occurrence
//   of the run has a person's context: an age after it ("Dzhokhar Tsarnaev, now 20, is in a U.S. prison" … "Dzhokhar
//   was found") or a person noun before it ("the actress María Paz Ballesteros", "bombing suspect Dzokhar Tsarnaev").
// - A run sharing its first word with a run read as a product or company is one too ("MacBook Air laptops" … "the
//   new MacBook Pro").

import { firstIndexAtOrAfter } from '../text/sorted-search';
import { withoutPossessive, type Token } from '../text/tokens';
import { NON_NAME_WORDS } from './gazetteer-data';
import type { SentenceTokens } from './sentence-tokens';
import { HONORIFICS, TITLE_FIRST_WORDS } from './titles';
import type { EntityMention } from './types';

/** Nouns a product or a maker's name modifies and a person's does not. */
const PRODUCT_NOUNS = new Set(
  (
    'computer computers laptop laptops notebook notebooks desktop desktops processor processors chip chips phone phones ' +
    'smartphone smartphones handset handsets tablet tablets jet jets airliner airliners aircraft plane planes airplane ' +
    'airplanes engine engines car cars vehicle vehicles truck trucks sedan sedans software hardware product products ' +
    'model models line lineup series brand'
  ).split(' '),
);

/** Common Chinese, Korean and Vietnamese family names, written before the given name. */
export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(
  (
    'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Song Tang Han Feng ' +
    'Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Xi Hua Kim Lee Park Choi ' +
    'Jung Kang Cho Yoon Jang Lim Shin Moon Nguyen Tran Le Pham Hoang Vu Vo Dang Bui Do Ho Ngo Duong'
  ).split(' '),
);

/** Lower-case nouns for people that come before a person's name ("suspect", "the actress", "his wife"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  (
    'man woman boy girl son daughter brother sister wife husband mother father uncle aunt cousin friend neighbour neighbor ' +
    'suspect bomber gunman attacker victim hostage prisoner defendant attorney lawyer actress actor writer author poet ' +
    'playwright singer musician artist worker pilot driver student teacher professor doctor nurse officer soldier sergeant ' +
    'journalist reporter photographer resident activist leader candidate player coach businessman businesswoman founder'
  ).split(' '),
);
/** An age in apposition after a name: ", 20," ", now 20," ", aged 20,". */
export const AGE_AFTER = (tokens: readonly Token[], to: number): boolean =>
  tokens[to]?.text === ',' && /^\d{1,3}$/.test(tokens[to + (/^(?:now|aged)$/.test(tokens[to + 1]?.text ?? '') ? 2 : 1)]?.text ?? '');

const bare = (t: Token): string => withoutPossessive(t.text);
const capitalised = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);

/** How each capitalised word of the article is used alone (no capitalised word on either side). */
interface LoneUses {
  alone: Set<string>;
  afterTitle: Set<string>;
}

/** Lone uses of capitalised words outside the name runs (`inRun`: token start offsets inside a run). */
function loneUses(sentences: readonly SentenceTokens[], inRun: ReadonlySet<number>): LoneUses {
  const alone = new Set<string>();
  const afterTitle = new Set<string>();
  for (const { tokens } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!capitalised(t) || capitalised(tokens[i + 1]) || inRun.has(t.start)) continue;
      const before = tokens[i - 1];
      const lower = before?.text.toLowerCase() ?? '';
      if (before && (HONORIFICS.has(lower) || TITLE_FIRST_WORDS.has(lower))) afterTitle.add(bare(t));
      else if (!before || !capitalised(before) || NON_NAME_WORDS.has(before.text)) alone.add(bare(t));
    }
  }
  return { alone, afterTitle };
}

/**
 * Whether an untitled person-name run names a company or product by the article's evidence (see the header);
 * `personContext`: some occurrence of it stands after a person noun or before an age.
 */
function isThingName(words: readonly string[], followers: ReadonlySet<string>, personContext: boolean, uses: LoneUses): boolean {
  if ([...followers].some((w) => PRODUCT_NOUNS.has(w))) return true;
  if (personContext) return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (words.length < 2 || FAMILY_NAME_FIRST.has(first) || uses.afterTitle.has(first)) return false;
  return uses.alone.has(first) && !uses.alone.has(last) && !uses.alone.has(`${last}s`) && !uses.afterTitle.has(last);
}

/**
 * `found` without the untitled person names (rule 'person-name') the article shows to be companies or products; their
 * tokens are uncovered for the later passes.
 */
export function dropThingNames(sentences: readonly SentenceTokens[], found: EntityMention[]): EntityMention[] {
  const runs = found.filter((m) => m.ruleId === 'person-name');
  if (runs.length === 0) return found;
  const followers = new Map<string, Set<string>>();
  const inPersonContext = new Set<string>();
  const tokensOf = new Map<EntityMention, [SentenceTokens, number, number]>();
  const inRun = new Set<number>();
  let s = 0;
  for (const m of [...runs].sort((a, b) => a.start - b.start)) {
    while (s < sentences.length && sentences[s]!.sentence.start + sentences[s]!.sentence.text.length <= m.start) s++;
    const st = sentences[s];
    if (!st) break;
    const from = firstIndexAtOrAfter(st.tokens, m.start, (t) => t.start); // binary search: a run-on line has many runs
    let to = from;
    while (to < st.tokens.length && st.tokens[to]!.start < m.end) inRun.add(st.tokens[to++]!.start);
    tokensOf.set(m, [st, from, to]);
    const next = st.tokens[to]?.text ?? '';
    const set = followers.get(m.name) ?? new Set<string>();
    if (/^\p{Ll}/u.test(next)) set.add(next);
    if (PERSON_NOUNS.has(st.tokens[from - 1]?.text ?? '') || AGE_AFTER(st.tokens, to)) inPersonContext.add(m.name);
    followers.set(m.name, set);
  }
  const uses = loneUses(sentences, inRun);
  const things = new Set(
    [...followers].filter(([name, next]) => isThingName(name.split(' '), next, inPersonContext.has(name), uses)).map(([name]) => name),
  );
  const thingFirstWords = new Set([...things].map((name) => name.split(' ')[0]!));
  for (const name of followers.keys()) if (thingFirstWords.has(name.split(' ')[0]!) && !inPersonContext.has(name)) things.add(name);
  if (things.size === 0) return found;
  for (const m of runs) {
    const at = tokensOf.get(m);
    if (at && things.has(m.name)) at[0].covered.fill(0, at[1], at[2]);
  }
  return found.filter((m) => !(m.ruleId === 'person-name' && things.has(m.name)));
}
