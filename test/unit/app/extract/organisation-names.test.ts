// Organisation acronyms, organisation head-word names and facilities (app/extract/entities/organisation-names.ts).
// Positive and negative cases are sentences from the development parts (WikiEvents dev.jsonl, MEANTIME airbus/apple).
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import { splitSentences } from '../../../../app/extract/text/sentences';

function entities(text: string): string[] {
  return findEntities(text, splitSentences(text)).map((e) => `${e.kind}:${e.name}`);
}

describe('organisation short forms (MEANTIME dev, corpus_apple)', () => {
  it('reads a company head word and the company’s short form later in the article', () => {
    const text = 'Acorn Computers today launched a version of its home computer. Acorn has claimed that the new model will be faster.';
    const found = findEntities(text, splitSentences(text));
    expect(found.filter((e) => e.kind === 'organisation').map((e) => [e.text, e.name])).toEqual([
      ['Acorn Computers', 'Acorn Computers'],
      ['Acorn', 'Acorn Computers'],
    ]);
    expect(found.some((e) => e.kind === 'person')).toBe(false);
  });
  it('gives a known company one name under its long and short forms (company-names.ts)', () => {
    const text = 'Apple Computer today launched a 3G version of its iPhone device. Apple has claimed that the 3G iPhone will be faster.';
    const found = findEntities(text, splitSentences(text));
    expect(found.filter((e) => e.kind === 'organisation').map((e) => [e.text, e.name])).toEqual([
      ['Apple Computer', 'Apple'],
      ['Apple', 'Apple'],
    ]);
    expect(found.some((e) => e.kind === 'person')).toBe(false);
  });
  it('keeps a person the short form of nothing', () => {
    const text = 'Apple Computer CEO and co-founder Steve Jobs gave his annual opening keynote. Jobs welcomed everyone to the event.';
    const people = findEntities(text, splitSentences(text))
      .filter((e) => e.kind === 'person')
      .map((e) => e.name);
    expect(people).toContain('Steve Jobs');
  });
});

describe('organisation and facility names', () => {
  it.each([
    ['Northrop Grumman and Airbus parent EADS defeat Boeing for a US airtanker contract.', 'organisation:EADS'],
    [
      'Prompting Russian airstrikes, according to the Syrian Observatory for Human Rights.',
      'organisation:Syrian Observatory for Human Rights',
    ],
    [
      'A local commander of Syria’s National Defense Forces, a pro-Assad militia, was also reportedly killed.',
      'organisation:National Defense Forces',
    ],
    [
      'On the morning of 1 March 2019, Taliban gunmen and suicide bombers attacked Camp Shorabak in Helmand Province.',
      'place:Camp Shorabak',
    ],
    ['The worst explosion was at the busy Oxford Street bus station, where at least six people were killed.', 'place:Oxford Street'],
    [
      'Northrop Grumman and EADS defeated Boeing for a contract to supply the United States Air Force (USAF) with 179 tankers.',
      'organisation:USAF',
    ],
  ])('finds the name in %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it.each([
    ['Major General Vyacheslav Gladkikh died after a roadside IED detonated under a convoy.', /IED/],
    [
      'Chechen fighters crossed into Dagestan in support, but within a few weeks, Russian forces had suppressed the insurrection.',
      /organisation/,
    ],
    ['Within 10 days of the attacks, the army moved in to the Bogside area of Derry.', /place-facility|organisation/],
    ['ROADSIDE IED KILLS RUSSIAN MAJOR GENERAL IN SYRIA', /organisation:(?:IED|KILLS|ROADSIDE)/],
  ])('finds no organisation or facility in %s', (text, unwanted) => {
    expect(entities(text).join(' ')).not.toMatch(unwanted);
  });
});
