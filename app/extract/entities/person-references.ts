// Links short person references to the full names of the same article: "Mr. Putin" / "Putin" → "Vladimir Putin",
// "Mr. Wang" → "Wang Yi" (surname first), "the Russian leader" → the last person named, sentence-initial "He" →
// the first person of the previous sentence, "his French counterpart" → the French person named in the article.
// Unresolved honorifics keep the surname as the name. A regnal name keeps its title ("King Hussein", never "Saddam
// Hussein"), and a short name of another country stays apart; a bare "Hussein" is the one of the two named last.

import { stripPossessive, type Token } from '../text/tokens';
import type { SentenceTokens } from './sentence-tokens';
import { ANAPHORIC_ROLE_KEYS, HONORIFICS, roleFitsTitle } from './titles';
import type { EntityMention } from './types';
import { PersonsSoFar } from './persons-so-far';

/** "King Hussein", "Pope Francis", "Emir Tamim": a regnal name is complete; it is not the surname of someone else. */
const REGNAL_TITLE = /^(?:king|queen|prince|princess|crown prince|emperor|empress|pope|emir|sultan|sheikh|shah)$/i;

function fullNameIndex(mentions: readonly EntityMention[]): { byLast: Map<string, string>; byFirst: Map<string, string> } {
  const byLast = new Map<string, string>();
  const byFirst = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const parts = m.name.split(' ');
    if (parts.length < 2) continue;
    byLast.set(parts[parts.length - 1]!, m.name);
    if (!byFirst.has(parts[0]!)) byFirst.set(parts[0]!, m.name);
  }
  return { byLast, byFirst };
}

function bareWord(token: Token): { word: string; end: number; possessive: boolean } {
  const bare = stripPossessive(token.text);
  return bare ? { word: bare, end: token.start + bare.length, possessive: true } : { word: token.text, end: token.end, possessive: false };
}

/**
 * Antecedent of "the [Demonym] role" among the persons named before `at`: the last one whose title contains the role
 * ("the chancellor" → "Chancellor Olaf Scholz"), else the last one whose title fits the role ("the leader" → a
 * president) and whose known nationality does not conflict.
 */
function lastPersonBefore(
  persons: PersonsSoFar,
  at: number,
  country: string | undefined,
  nationality: Map<string, string>,
  role: string,
  titles: Map<string, string>,
): EntityMention | undefined {
  persons.advanceTo(at);
  const compatibleCountry = (m: EntityMention): boolean => {
    const known = nationality.get(m.name);
    return !country || !known || known === country;
  };
  const titled = persons.matching(`title ${role}`, (m) => (titles.get(m.name) ?? '').includes(role));
  for (let k = titled.length - 1; k >= 0; k--) if (compatibleCountry(titled[k]!)) return titled[k];
  const fitting = persons.matching(`fits ${role}`, (m) => roleFitsTitle(role, titles.get(m.name) ?? ''));
  for (let k = fitting.length - 1; k >= 0; k--) if (compatibleCountry(fitting[k]!)) return fitting[k];
  return undefined;
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its']);

/**
 * "his French counterpart" at token i: the person of that country named in full in the article, the last one before,
 * else the first one after ("Blinken met his French counterpart ... Catherine Colonna said"); the demonym then only
 * qualifies the role. Undefined when the article names no such person (the country stays a party).
 */
function counterpartAt(
  tokens: readonly Token[],
  i: number,
  countryAt: ReadonlyMap<number, EntityMention>,
  mentions: readonly EntityMention[],
  nationality: ReadonlyMap<string, string>,
): EntityMention | undefined {
  const demonym = countryAt.get(tokens[i + 1]?.start ?? -1);
  const role = tokens[i + 2];
  if (!demonym || demonym.ruleId !== 'country-demonym' || !role || !/^counterparts?$/i.test(role.text)) return undefined;
  if (/^\p{Lu}/u.test(tokens[i + 3]?.text ?? '')) return undefined; // "his French counterpart Catherine Colonna": a titled name
  const of = mentions.filter((m) => m.kind === 'person' && m.name.includes(' ') && nationality.get(m.name) === demonym.name);
  const antecedent = of.filter((m) => m.end <= tokens[i]!.start).pop() ?? of.find((m) => m.start >= role.end);
  if (!antecedent) return undefined;
  demonym.attributive = true;
  return {
    kind: 'person',
    name: antecedent.name,
    start: tokens[i]!.start,
    end: role.end,
    text: '',
    ruleId: 'person-role-anaphor',
    country: demonym.name,
  };
}

/**
 * A bare name that both a full name and a regnal name end in ("Hussein": "Saddam Hussein", "King Hussein") stands for
 * the one named last before it: "After a two-hour meeting with King Hussein of Jordan, Bush said ... Bush's chief
 * objective in his meeting with Hussein was to press the king" (TimeBank).
 */
function nearerOf(persons: PersonsSoFar, at: number, full: string | undefined, regnal: string | undefined): string | undefined {
  if (!full || !regnal) return full ?? regnal;
  persons.advanceTo(at);
  const named = persons.matching(`either:${full}|${regnal}`, (m) => m.name === full || m.name === regnal);
  return named[named.length - 1]?.name ?? full;
}

/** Adds resolved short references to `mentions` (sorted by start) and returns the sorted list. */
export function resolvePersonReferences(text: string, sentences: readonly SentenceTokens[], mentions: EntityMention[]): EntityMention[] {
  const { byLast, byFirst } = fullNameIndex(mentions);
  const resolve = (surname: string): string | undefined => byLast.get(surname) ?? byFirst.get(surname);
  const countryOfName = new Map<string, string>();
  for (const m of mentions) if (m.kind === 'person' && m.country && m.name.includes(' ')) countryOfName.set(m.name, m.country);
  const regnalOf = new Map<string, string>(); // "Hussein" → "King Hussein"
  const lastNamedByWord = new Map<string, string>(); // "Hussein" → "Saddam Hussein" or "King Hussein", the last named
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    if (m.name.includes(' ')) {
      lastNamedByWord.set(m.name.slice(m.name.lastIndexOf(' ') + 1), m.name);
      continue;
    }
    if (REGNAL_TITLE.test(m.title ?? '')) {
      const word = m.name;
      m.name = `${m.title!.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())} ${m.name}`;
      regnalOf.set(word, m.name);
      lastNamedByWord.set(word, m.name);
      continue;
    }
    // A bare name a regnal name named before it shares stands for the one named last (see nearerOf).
    const regnal = regnalOf.get(m.name);
    const full = (regnal ? lastNamedByWord.get(m.name) : undefined) ?? resolve(m.name);
    if (regnal && full === regnal) {
      m.name = regnal;
      continue;
    }
    // "Hussein" of Jordan is not "Saddam Hussein" of Iraq.
    const known = full ? countryOfName.get(full) : undefined;
    if (full && !(m.country && known && m.country !== known)) m.name = full;
  }
  const nationality = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    if (m.country) nationality.set(m.name, m.country);
    if (m.title) titles.set(m.name, `${titles.get(m.name) ?? ''} ${m.title.toLowerCase()}`);
  }

  // "President Bush" makes a later bare "Bush" that person too, when no full name ends in "Bush".
  const titledSingleNames = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind === 'person' && m.title && !m.name.includes(' ') && /^\p{Lu}\p{Ll}+$/u.test(m.name)) titledSingleNames.set(m.name, m.name);
  }
  const added: EntityMention[] = [];
  const persons = new PersonsSoFar(mentions.filter((m) => m.kind === 'person'));
  const countryAt = new Map(mentions.filter((m) => m.kind === 'country').map((m) => [m.start, m]));
  const push = (m: EntityMention): void => {
    added.push(m);
    persons.advanceTo(m.start);
    persons.add(m);
  };
  let previousSentenceFirstPerson: EntityMention | undefined;
  for (const st of sentences) {
    const { tokens, covered } = st;
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i]) continue;
      const token = tokens[i]!;
      const lower = token.text.toLowerCase();
      const next = tokens[i + 1];
      if (HONORIFICS.has(lower) && next && /^\p{Lu}/u.test(next.text) && !covered[i + 1]) {
        const { word, end, possessive } = bareWord(next);
        push({
          kind: 'person',
          name: resolve(word) ?? word,
          start: token.start,
          end,
          text: text.slice(token.start, end),
          ruleId: 'person-honorific',
          title: token.text,
          possessive: possessive || undefined,
        });
        covered.fill(1, i, i + 2);
        i++;
        continue;
      }
      const { word, end, possessive } = bareWord(token);
      const surnameOf = nearerOf(
        persons,
        token.start,
        byLast.get(word) ?? byFirst.get(word) ?? titledSingleNames.get(word),
        regnalOf.get(word),
      );
      if (surnameOf && word.length >= 2) {
        push({
          kind: 'person',
          name: surnameOf,
          start: token.start,
          end,
          text: text.slice(token.start, end),
          ruleId: 'person-surname',
          possessive: possessive || undefined,
        });
        covered[i] = 1;
        continue;
      }
      if (POSSESSIVE_DETERMINERS.has(lower)) {
        const counterpart = counterpartAt(tokens, i, countryAt, mentions, nationality);
        if (counterpart) {
          push({ ...counterpart, text: text.slice(counterpart.start, counterpart.end) });
          covered.fill(1, i, i + 3);
          i += 2;
        }
        continue;
      }
      if (lower === 'the') {
        const demonym = countryAt.get(tokens[i + 1]?.start ?? -1);
        const roleStart = demonym ? i + 2 : i + 1;
        for (let n = 3; n >= 1; n--) {
          const key = tokens
            .slice(roleStart, roleStart + n)
            .map((t) => t.text.toLowerCase())
            .join(' ');
          if (roleStart + n > tokens.length || !ANAPHORIC_ROLE_KEYS.has(key)) continue;
          if (/^\p{Lu}/u.test(tokens[roleStart + n]?.text ?? '')) break; // "the president Joe Biden" is a titled name
          const antecedent = lastPersonBefore(persons, token.start, demonym?.name, nationality, key, titles);
          if (!antecedent) break;
          if (demonym) {
            demonym.attributive = true;
            if (!nationality.has(antecedent.name)) nationality.set(antecedent.name, demonym.name);
          }
          const roleEnd = tokens[roleStart + n - 1]!.end;
          push({
            kind: 'person',
            name: antecedent.name,
            start: token.start,
            end: roleEnd,
            text: text.slice(token.start, roleEnd),
            ruleId: 'person-role-anaphor',
            country: demonym?.name,
          });
          covered.fill(1, i, roleStart + n);
          i = roleStart + n - 1;
          break;
        }
        continue;
      }
      const quoteSkipped = i === 0 || (i === 1 && /^[“"‘']$/.test(tokens[0]!.text));
      if (quoteSkipped && (token.text === 'He' || token.text === 'She') && previousSentenceFirstPerson) {
        push({
          kind: 'person',
          name: previousSentenceFirstPerson.name,
          start: token.start,
          end: token.end,
          text: token.text,
          ruleId: 'person-pronoun',
        });
        covered[i] = 1;
      }
    }
    persons.advanceTo(st.sentence.end);
    const first = persons.firstFrom(st.sentence.start);
    previousSentenceFirstPerson = first && first.start < st.sentence.end ? first : undefined;
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
