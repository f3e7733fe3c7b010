// Seas, rivers, mountains and other natural features by their head word, and their short form after "the"
// (app/extract/entities/natural-features.ts). Positive and negative sentences are from the development parts
// (WikiEvents dev.jsonl: road_ied_8, scenario_en_62), not from the golden fixtures.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import { splitSentences } from '../../../../app/extract/text/sentences';

const entities = (text: string): string[] => findEntities(text, splitSentences(text)).map((e) => `${e.kind}:${e.name}`);

describe('natural features', () => {
  it.each([
    ['Deir ez-Zor and nearly all of Syrian territory west of the Euphrates River lie in Syrian government hands.', 'place:Euphrates River'],
    ['Thousands of Venezuelans have crossed the Caribbean Sea to reach the islands.', 'place:Caribbean Sea'],
    ['Migrants walked across the Andes Mountains to reach Peru.', 'place:Andes Mountains'],
    ['Pirates seized a tanker in the Gulf of Aden on Monday.', 'place:Gulf of Aden'],
    ['Boko Haram fighters attacked a village near Lake Chad.', 'place:Lake Chad'],
  ])('%s → %s', (text, entity) => {
    expect(entities(text)).toContain(entity);
  });

  it('reads the name less its head word, after "the", as the same place', () => {
    const text =
      'Nearly all of Syrian territory west of the Euphrates River lies in government hands. ' +
      'The desert south of Deir ez-Zor on the regime’s side of the Euphrates is rife with insurgents.';
    const euphrates = findEntities(text, splitSentences(text)).filter((e) => e.text.startsWith('Euphrates'));
    expect(euphrates.map((e) => [e.text, e.kind, e.name])).toEqual([
      ['Euphrates River', 'place', 'Euphrates River'],
      ['Euphrates', 'place', 'Euphrates River'],
    ]);
  });

  it.each([
    // Head words left out because they end other names as often.
    ['The interview was broadcast on Fox News Channel on Sunday.', 'place:Fox News Channel'],
    // A country named alone stays a country; a short form needs "the" and the full name in the article.
    ['Boko Haram fighters crossed from Chad into Nigeria.', 'place:Chad'],
    ['Euphrates was the name of the operation.', 'place:Euphrates River'],
  ])('%s does not give %s', (text, entity) => {
    expect(entities(text)).not.toContain(entity);
  });
});

describe('places named by the kind of place before them (settlement-of.ts)', () => {
  it.each([
    // WikiEvents dev scenario_en_62, scenario_en_kairos_75; before, "Tal Abyad" was a person and the others nothing.
    ['Protests spread to the state of Aragua on Tuesday.', ['place:Aragua']],
    [
      'They seized hundreds of hostages in hospitals in the Dagestani towns of Budennovsk and Kizlyar.',
      ['place:Budennovsk', 'place:Kizlyar'],
    ],
    ['Turkish troops entered the village of Tal Abyad on Wednesday.', ['place:Tal Abyad']],
    ['Timothy McVeigh rented the truck in Junction City, Kansas.', ['place:Junction City']],
  ])('%s → %j', (text, expected) => {
    const found = entities(text);
    for (const entity of expected) expect(found).toContain(entity);
    expect(found.filter((e) => e.startsWith('person:') && expected.some((x) => x.endsWith(e.slice(7))))).toEqual([]);
  });

  it('keeps what the gazetteer knows of a place, with its country', () => {
    const text = 'Government forces shelled the province of Idlib and the city of London condemned it.';
    const found = findEntities(text, splitSentences(text)).filter((e) => e.kind === 'place');
    expect(found.map((e) => [e.name, e.country])).toEqual([
      ['Idlib', 'Syria'],
      ['London', 'United Kingdom'],
    ]);
  });

  it.each([
    ['The state of emergency was lifted on Monday.', 'place:emergency'],
    ['The Secretary of State said the talks would go on.', 'place:State'],
  ])('%s does not give %s', (text, entity) => {
    expect(entities(text)).not.toContain(entity);
  });
});
