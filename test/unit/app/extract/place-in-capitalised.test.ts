// The fallback place rule: capitalised names after "in"/"at" that the gazetteer does not know become places
// (rule place-in-capitalised); function words, dates, languages, people and longer capitalised runs do not.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import { PLACE_IN_CAPITALISED_RULE } from '../../../../app/extract/entities/place-in-capitalised';
import { splitSentences } from '../../../../app/extract/text/sentences';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

function fallbackPlaces(text: string): string[] {
  return findEntities(text, splitSentences(text))
    .filter((e) => e.ruleId === PLACE_IN_CAPITALISED_RULE)
    .map((e) => e.name);
}

describe('place-in-capitalised', () => {
  it.each([
    ['The two leaders met in Kirkenes on Friday.', 'Kirkenes'],
    ['Talks were held at Tromsø’s town hall.', 'Tromsø'],
    ['The envoys gathered in Vila do Conde for the signing.', 'Vila do Conde'],
    ['The summit will be held at Svolvær next week.', 'Svolvær'],
  ])('finds the place in %j', (text, place) => {
    expect(fallbackPlaces(text)).toEqual([place]);
  });

  it.each([
    ['month and weekday', 'The leaders met in March and again on Monday in May.'],
    ['language', 'Chancellor Olaf Scholz spoke in English at the press conference.'],
    ['known surname', 'Chancellor Olaf Scholz arrived. Confidence in Scholz fell sharply.'],
    ['gazetteer place keeps its own rule', 'Ministers met in Hamburg on Friday.'],
    ['start of a longer capitalised run', 'The deal was signed in Tromsø Harbour Authority Building offices.'],
    ['title before a name', 'The decision was taken in Prime Minister Fumio Kishida’s office.'],
    ['acronym', 'The issue was raised at UNESCO on Tuesday.'],
    ['lower-case word', 'The talks were held in secret.'],
  ])('ignores the %s', (_case, text) => {
    expect(fallbackPlaces(text)).toEqual([]);
  });

  it('gives an event its place, trusted a little less than a gazetteer place', () => {
    const [unknown] = extractArticleEvents({
      id: 'a',
      text: 'Chancellor Olaf Scholz met Prime Minister Fumio Kishida in Kirkenes on Monday.',
      published: '2025-03-12',
    });
    const [known] = extractArticleEvents({
      id: 'b',
      text: 'Chancellor Olaf Scholz met Prime Minister Fumio Kishida in Hamburg on Monday.',
      published: '2025-03-12',
    });
    expect(unknown!.places).toEqual(['Kirkenes']);
    expect(unknown!.mentions.find((m) => m.role === 'place')?.ruleId).toBe(PLACE_IN_CAPITALISED_RULE);
    expect(known!.places).toEqual(['Hamburg']);
    expect(unknown!.confidence).toBeLessThan(known!.confidence);
  });
});

describe('after "into" and "near" (WikiEvents dev sentences)', () => {
  const fallback = (text: string): string[] =>
    findEntities(text, splitSentences(text))
      .filter((e) => e.ruleId === 'place-in-capitalised')
      .map((e) => e.name);
  it('finds the place crossed into', () => {
    expect(
      fallback(
        'Chechen fighters crossed into Dagestan in support, but within a few weeks, Russian forces had suppressed the insurrection.',
      ),
    ).toEqual(['Dagestan']);
  });
  it('takes no common noun or longer capitalised run after "into" or "near"', () => {
    expect(
      fallback(
        'A suicide bomber riding a motorcycle loaded with explosives crashed into a NATO-Afghanistan foot patrol while it was traveling throughout the village near Bagram Air Base.',
      ),
    ).toEqual([]);
  });
});
