// Builds, once at module load, the token-keyed lookup of countries, demonyms, capitals, cities, government metonyms
// and organisations from the world-countries and city-timezones packages (their bundled subsets, country-data.ts and
// city-data.ts) and the curated lists in gazetteer-data.ts and company-names.ts.

import { tokenize } from '../text/tokens';
import { AMBIGUOUS_CITY_NAMES } from './ambiguous-city-names';
import { majorCities } from './city-data';
import { COMPANIES } from './company-names';
import { countries } from './country-data';
import {
  EXTRA_CAPITALS,
  EXTRA_COUNTRY_ALIASES,
  GOVERNMENT_METONYMS,
  HISTORICAL_COUNTRIES,
  NEWS_PLACES_NOT_IN_CITY_DATA,
  ORGANISATIONS,
} from './gazetteer-data';
import type { EntityKind } from './types';

export interface GazetteerEntry {
  kind: EntityKind;
  name: string;
  ruleId: string;
  /** Country a place lies in, or the country a government metonym / capital stands for. */
  country?: string;
  /** A capital city: read as its government when used as a subject ("Beijing said"). */
  capital?: boolean;
  /** An ambiguous name ("Nice", "Reading"): a place only after a locative word or before ", <Country>". */
  locativeOnly?: boolean;
  /** A company that makes products ("Boeing", company-names.ts): "Boeing 737" names the product, not the company. */
  maker?: boolean;
}

const PLAIN_WORDS = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u;

/** Lookup key of a phrase: its tokens joined by single spaces, as `tokenKey` builds them from article tokens. */
export function phraseKey(phrase: string): string {
  // Words of letters and digits between single spaces are their own tokens (tokenize splits nothing else there): 4,150
  // of the 4,310 phrases added at start-up; tokenising them took 5-10 ms even with tokenize already compiled.
  if (PLAIN_WORDS.test(phrase)) return phrase;
  return tokenize(phrase)
    .map((t) => t.text)
    .join(' ');
}

const entries = new Map<string, GazetteerEntry>();
/** Longest phrase (in tokens) starting with each first token: most tokens start no phrase and are skipped at once. */
const longestByFirstToken = new Map<string, number>();

function add(phrase: string, entry: GazetteerEntry, overwrite = false): void {
  const key = phraseKey(phrase);
  if (key.length < 2 || (!overwrite && entries.has(key))) return;
  entries.set(key, entry);
  const tokens = key.split(' ');
  longestByFirstToken.set(tokens[0]!, Math.max(longestByFirstToken.get(tokens[0]!) ?? 0, tokens.length));
}

/** Alternative country spellings that news uses as surnames ("Mann": Isle of Man in Manx; "Judge Anthony Mann"). */
const SPELLINGS_THAT_ARE_NAMES: ReadonlySet<string> = new Set(['Mann']);

const countryNameByCode = new Map<string, string>();
// Independent UN members first, so that shared demonyms ("Dominican", "Congolese") go to the better-known state.
const orderedCountries = [...countries()].sort((a, b) => Number(b.unMember) - Number(a.unMember));
for (const c of orderedCountries) countryNameByCode.set(c.cca2, c.name);

/** Canonical country name ("Russia") of an ISO alpha-2 code, or the code itself when unknown. */
export function countryName(code: string): string {
  return countryNameByCode.get(code) ?? code;
}

for (const c of orderedCountries) {
  const name = c.name;
  add(name, { kind: 'country', name, ruleId: 'country-name' });
  add(c.official, { kind: 'country', name, ruleId: 'country-name' });
  for (const alt of c.altSpellings) {
    // Two-letter codes ("RU") and non-Latin spellings are not how English news names a country.
    if (alt.length > 3 && /^[\p{Script=Latin}\s.'’-]+$/u.test(alt) && !SPELLINGS_THAT_ARE_NAMES.has(alt))
      add(alt, { kind: 'country', name, ruleId: 'country-name' });
  }
  for (const demonym of c.demonyms ?? []) add(demonym, { kind: 'country', name, ruleId: 'country-demonym' });
}
for (const [aliases, code] of Object.entries(EXTRA_COUNTRY_ALIASES)) {
  const name = countryName(code);
  for (const alias of aliases.split('|')) {
    const ruleId =
      /(?:an|ish|ese|i|ic)$/.test(alias) && !/^(?:America|Britain|Great Britain|Oman|Iran|Pakistan)$/.test(alias)
        ? 'country-demonym'
        : 'country-name';
    add(alias.replace(/^the /, ''), { kind: 'country', name, ruleId }, true);
  }
}
// "the Soviet Union invaded Afghanistan": a state of the past is a country (states invade states), not an organisation.
for (const { name, aliases, demonyms } of HISTORICAL_COUNTRIES) {
  for (const alias of [name, ...aliases]) add(alias, { kind: 'country', name, ruleId: 'country-historical' }, true);
  for (const demonym of demonyms) add(demonym, { kind: 'country', name, ruleId: 'country-demonym' }, true);
}
for (const c of orderedCountries) {
  for (const capital of c.capital) {
    const locativeOnly = AMBIGUOUS_CITY_NAMES.has(capital) || undefined; // "Douglas" (Isle of Man) is mostly a surname
    add(capital, { kind: 'place', name: capital, ruleId: 'place-capital', country: c.name, capital: true, locativeOnly });
  }
}
for (const [aliases, code] of Object.entries(EXTRA_CAPITALS)) {
  for (const alias of aliases.split('|')) {
    add(alias, { kind: 'place', name: aliases.split('|')[0]!, ruleId: 'place-capital', country: countryName(code), capital: true });
  }
}
for (const [aliases, code] of Object.entries(NEWS_PLACES_NOT_IN_CITY_DATA)) {
  const [canonical] = aliases.split('|');
  for (const alias of aliases.split('|')) {
    add(alias, { kind: 'place', name: canonical!, ruleId: 'place-city-news', country: countryName(code) });
  }
}
// After capitals and the news list (which win shared names), most populous first.
for (const city of majorCities()) {
  for (const alias of new Set([city.city, city.city_ascii])) {
    const locativeOnly = AMBIGUOUS_CITY_NAMES.has(alias) || undefined;
    add(alias, { kind: 'place', name: city.city, ruleId: 'place-city', country: countryName(city.iso2), locativeOnly });
  }
}
for (const [aliases, code] of Object.entries(GOVERNMENT_METONYMS)) {
  for (const alias of aliases.split('|')) {
    add(alias, { kind: 'country', name: countryName(code), ruleId: 'country-government-metonym', country: countryName(code) }, true);
  }
}
for (const aliases of ORGANISATIONS) {
  const [canonical] = aliases.split('|');
  for (const alias of aliases.split('|')) add(alias, { kind: 'organisation', name: canonical!, ruleId: 'organisation-known' });
}
for (const aliases of COMPANIES) {
  const [canonical] = aliases.split('|');
  for (const alias of aliases.split('|')) add(alias, { kind: 'organisation', name: canonical!, ruleId: 'organisation-known', maker: true });
}

/** The entry for a token key, if the phrase is in the gazetteer. */
export function lookupPhrase(key: string): GazetteerEntry | undefined {
  return entries.get(key);
}

/** Longest gazetteer phrase, in tokens, that starts with `token` (0 when none does). */
export function longestPhraseStartingWith(token: string): number {
  return longestByFirstToken.get(token) ?? 0;
}
