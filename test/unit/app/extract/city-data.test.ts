// Cities from the city-timezones data package: found with their country and rule id/offsets; names that are also
// ordinary words or given names count only after a locative word or before ", <Country>".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_POPULATION, OUTPUT, majorCityRows, packageRecords, renderRows } from '../../../../main/tools/generate-city-data.mjs';
import { AMBIGUOUS_CITY_NAMES } from '../../../../app/extract/entities/ambiguous-city-names';
import { CITY_DATA_MIN_POPULATION, majorCities } from '../../../../app/extract/entities/city-data';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import { NEWS_PLACES_NOT_IN_CITY_DATA } from '../../../../app/extract/entities/gazetteer-data';
import type { EntityMention } from '../../../../app/extract/entities/types';
import { splitSentences } from '../../../../app/extract/text/sentences';

function places(text: string): EntityMention[] {
  return findEntities(text, splitSentences(text)).filter((m) => m.kind === 'place');
}

describe('cities from the city data', () => {
  // None of these were in the old hand list.
  it.each([
    ['The delegation landed in Porto Alegre on Monday.', 'Porto Alegre', 'Brazil'],
    ['Ships were inspected in Mombasa before departure.', 'Mombasa', 'Kenya'],
    ['Officials travelled to Medellin on Friday.', 'Medellin', 'Colombia'],
    ['Talks resumed in Kaohsiung.', 'Kaohsiung', 'Taiwan'],
    ['A drone struck Kramatorsk overnight.', 'Kramatorsk', 'Ukraine'],
    ['The summit was held in Ciudad del Este.', 'Ciudad del Este', 'Paraguay'],
    ['Engineers met in Surabaya.', 'Surabaya', 'Indonesia'],
  ])('%j → %s (%s)', (text, name, country) => {
    const hit = places(text).find((p) => p.name === name);
    expect(hit, JSON.stringify(places(text))).toBeDefined();
    expect(hit!.country).toBe(country);
    expect(hit!.ruleId).toBe('place-city');
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.text);
  });

  it('ascii spellings are aliases of the diacritic name, offsets point at the written form', () => {
    const text = 'Aid arrived in Sao Luis and later in São Luís.';
    const found = places(text).filter((p) => p.ruleId === 'place-city');
    expect(found.map((p) => [p.name, p.text, p.country])).toEqual([
      ['São Luís', 'Sao Luis', 'Brazil'],
      ['São Luís', 'São Luís', 'Brazil'],
    ]);
    expect(found.map((p) => [p.start, p.end])).toEqual([
      [15, 23],
      [37, 45],
    ]);
  });

  it('towns below the population threshold are left to the fallback rule, without a country', () => {
    const [tromso] = places('Protesters gathered in Tromsø after the vote.');
    expect([tromso!.name, tromso!.ruleId, tromso!.country]).toEqual(['Tromsø', 'place-in-capitalised', undefined]);
  });

  it('news places keep their own rule id and canonical name', () => {
    const [spb] = places('Wang Yi arrived in St. Petersburg on Tuesday.');
    expect([spb!.name, spb!.ruleId, spb!.country]).toEqual(['Saint Petersburg', 'place-city-news', 'Russia']);
    const [bakhmut] = places('Fighting continued around Bakhmut.');
    expect([bakhmut!.name, bakhmut!.ruleId, bakhmut!.country]).toEqual(['Bakhmut', 'place-city-news', 'Ukraine']);
  });
});

describe('ambiguous city names', () => {
  it.each([
    'Nice to see you again, the minister said.',
    'Reading the report, officials were alarmed.',
    'Mobile phones were banned at the talks.',
    'It was a Split decision by the judges.',
    'Florence Pugh attended the premiere.',
    'President Vladimir Putin received the envoy.',
    'Independence Day celebrations were cancelled.',
    'Victoria Nuland said the talks would continue.',
    'Aurora borealis lit the sky.',
    'The State Duma approved the law.',
  ])('no city in %j', (text) => {
    expect(places(text).filter((p) => p.ruleId === 'place-city')).toEqual([]);
  });

  it.each([
    ['The ministers met in Nice on Friday.', 'Nice', 'France'],
    ['He flew from Reading to the capital.', 'Reading', 'United Kingdom'],
    ['Ferries sailed near Split overnight.', 'Split', 'Croatia'],
    ['The envoy travelled to Florence for talks.', 'Florence', 'Italy'],
    ['Split, Croatia, hosted the meeting.', 'Split', 'Croatia'],
    ['The plant in Mobile, United States, closed.', 'Mobile', 'United States'],
  ])('city after a locative word or before ", Country": %j', (text, name, country) => {
    const hit = places(text).find((p) => p.ruleId === 'place-city');
    expect(hit && [hit.name, hit.country]).toEqual([name, country]);
  });
});

describe('data choices', () => {
  it('keeps only cities at or above the population threshold', () => {
    const cities = majorCities();
    expect(cities.length).toBeGreaterThan(1500);
    expect(cities.every((c) => c.pop >= CITY_DATA_MIN_POPULATION)).toBe(true);
  });

  it('the hand list holds no name the city data already covers for the same country', () => {
    const covered = new Set(majorCities().flatMap((c) => [`${c.city}|${c.iso2}`, `${c.city_ascii}|${c.iso2}`]));
    for (const [aliases, code] of Object.entries(NEWS_PLACES_NOT_IN_CITY_DATA)) {
      const names = aliases.split('|');
      // An entry may carry covered aliases (e.g. "New York") only next to a spelling the data lacks.
      expect(
        names.every((n) => covered.has(`${n}|${code}`)),
        aliases,
      ).toBe(false);
    }
  });

  it('the bundled subset is what the generator makes from the installed package, at the same threshold', () => {
    expect(MIN_POPULATION).toBe(CITY_DATA_MIN_POPULATION);
    expect(readFileSync(OUTPUT, 'utf8')).toBe(renderRows(majorCityRows(packageRecords())));
  });

  it('ambiguous names are real city names from the data', () => {
    const names = new Set(packageRecords().flatMap((c) => [c.city, c.city_ascii]));
    const unknown = [...AMBIGUOUS_CITY_NAMES].filter((n) => !names.has(n));
    expect(unknown.length).toBeLessThan(AMBIGUOUS_CITY_NAMES.size / 4);
  });
});
