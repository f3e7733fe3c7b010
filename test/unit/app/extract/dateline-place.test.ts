// The place of a dateline in capitals (dateline-place.ts): TimeBank datelines (the development part of TempEval-3)
// and WikiEvents dev's, verbatim; a hyphenated word, a photo caption and a headline in capitals are no datelines.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import { splitSentences } from '../../../../app/extract/text/sentences';

const entities = (text: string) => findEntities(text, splitSentences(text));
const datelinePlaces = (text: string): string[] =>
  entities(text)
    .filter((e) => e.ruleId === 'place-dateline')
    .map((e) => e.name);

describe('a dateline names a place', () => {
  it.each([
    ['a city of two words, region and agency', 'ADDIS ABABA, Ethiopia (AP)_ The Organization of African Unity met.', 'Addis Ababa'],
    ['a town the gazetteer does not know, with its region', 'CAGUAS, Puerto Rico (AP)_ Police gave no details.', 'Caguas'],
    ['a city and its agency', 'JERUSALEM (AP)_ Top Israeli officials sent strong new signals Sunday.', 'Jerusalem'],
    ['a city and an underscore', 'WASHINGTON _ Following are statements made Friday.', 'Washington'],
    ['a dash ending the line', 'LONDON — \nFor the second time in a month Britain’s security services are facing questions.', 'London'],
  ])('%s', (_name, text, place) => {
    expect(datelinePlaces(text)).toEqual([place]);
    // Its words are no organisation acronyms ("ADDIS", "ABABA").
    const acronyms = entities(text).filter((e) => e.kind === 'organisation' && place.toUpperCase().split(' ').includes(e.text));
    expect(acronyms).toEqual([]);
  });
});

describe('no dateline', () => {
  it.each([
    ['a hyphenated name', 'US-backed and Kurdish-led militias captured the last remaining territory.'],
    ['a photo caption', 'FILE - A police officer stands outside Didsbury mosque in Manchester, Britain.'],
    ['a headline in capitals', 'TROOPS ENTER TOWN AFTER TALKS FAIL'],
    ['capitals inside a line', 'Officials said: PARIS - the city - was calm.'],
  ])('%s', (_name, text) => {
    expect(datelinePlaces(text)).toEqual([]);
  });
});
